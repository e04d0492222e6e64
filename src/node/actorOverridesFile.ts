/** Reads the user's actor corrections file (`.sourcebook/actors.json`). */
import { readFileSync } from 'node:fs';
import type { ActorOverrides } from '../core/extraction/types';
// From the module itself, not the actors index, which loads the language models.
import { parseActorOverrides } from '../core/extraction/actors/overrides';

/**
 * Parses the file at `filePath`. A missing file is no corrections, unless the user named it
 * (`required`): then an unreadable file throws. A malformed one gives its problems in `errors`.
 */
export function parseActorOverridesFile(filePath: string, required: boolean): { overrides: ActorOverrides; errors: string[] } | null {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (err) {
    if (!required && (err as { code?: string }).code === 'ENOENT') return null;
    if (required) throw new Error(`Actor corrections file cannot be read: ${filePath} (${(err as Error).message})`, { cause: err });
    return { overrides: {}, errors: [`cannot be read (${(err as Error).message})`] };
  }
  return parseActorOverrides(text);
}
