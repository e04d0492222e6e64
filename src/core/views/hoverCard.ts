/**
 * Turns a {@link HoverCard} into plain blocks, then into Markdown. Everything that came from the
 * corpus is escaped by markdown.ts; the only live links are the two command links built here.
 */
import type { CorpusDocument } from '../model';
import type { HoverCard } from '../service';
import { KIND_NAME } from './actorTree';
import { documentByline, documentLabel } from './documentText';
import { commandLink, escapeMarkdown, renderRuns, splitHighlights, type TextRun } from './markdown';
import { plural } from './viewNode';
import { fnv1a } from '../parse/documentId';
import { shownRoles } from './actorTree';

/** Arguments of the hover's Open link: a corpus span. */
export interface HoverOpenArgs {
  documentId: string;
  start: number;
  end: number;
}

/** Arguments of the hover's Insert link: a corpus span and the draft to insert it into. */
export interface HoverInsertArgs extends HoverOpenArgs {
  draftUri: string;
  /**
   * `fnv1a` of the passage text when the card was made: the source may change before the link
   * is clicked, and then the span would point at other words.
   */
  textHash: string;
}

export interface ActorBlock {
  type: 'actor';
  name: string;
  kind: string;
  roles: string[];
  mentionCount: number;
  quotes: { text: string; open: HoverOpenArgs }[];
}

export interface PassageBlock {
  type: 'passage';
  runs: TextRun[];
  speakerName: string | null;
  byline: string;
  title: string;
  open: HoverOpenArgs;
  insert: HoverInsertArgs;
}

export type HoverBlock = ActorBlock | PassageBlock;

export function hoverBlocks(card: HoverCard, document: (id: string) => CorpusDocument | undefined, draftUri: string): HoverBlock[] {
  const blocks: HoverBlock[] = [];
  if (card.actor) {
    const a = card.actor;
    blocks.push({
      type: 'actor',
      name: a.name,
      kind: KIND_NAME[a.kind],
      roles: shownRoles(a.roles),
      mentionCount: a.mentionCount,
      quotes: a.quotes.slice(0, 3).map((q) => ({ text: q.text, open: { documentId: q.documentId, start: q.start, end: q.end } })),
    });
  }
  for (const p of card.passages) {
    const doc = document(p.documentId);
    const span = { documentId: p.documentId, start: p.start, end: p.end };
    blocks.push({
      type: 'passage',
      runs: splitHighlights(p.text, p.highlights),
      speakerName: p.speakerName,
      byline: doc ? documentByline(doc) : '',
      title: doc ? documentLabel(doc) : p.path,
      open: span,
      insert: { ...span, draftUri, textHash: fnv1a(p.text) },
    });
  }
  return blocks;
}

export interface HoverCommands {
  insert: string;
  open: string;
}

function renderActor(block: ActorBlock, commands: HoverCommands): string {
  const facts = [escapeMarkdown(block.kind), ...block.roles.slice(0, 3).map(escapeMarkdown), plural(block.mentionCount, 'mention')];
  const lines = [`**${escapeMarkdown(block.name)}** · ${facts.join(' · ')}`];
  for (const quote of block.quotes) {
    lines.push('', `> “${escapeMarkdown(quote.text)}” ${commandLink('Open', commands.open, [quote.open], 'Open the source at this quote')}`);
  }
  return lines.join('\n');
}

function renderPassage(block: PassageBlock, commands: HoverCommands): string {
  const source = [block.byline || block.title].filter(Boolean).map(escapeMarkdown);
  const who = block.speakerName ? [`${escapeMarkdown(block.speakerName)}, quoted in ${source.join('') || 'the source'}`] : source;
  const links = [
    commandLink('Insert', commands.insert, [block.insert], 'Insert this passage with a citation'),
    commandLink('Open', commands.open, [block.open], 'Open the source at this passage'),
  ];
  return [`> ${renderRuns(block.runs)}`, '>', `> — ${[...who, ...links].join(' · ')}`].join('\n');
}

/** The hover's Markdown; an empty string when there is nothing to show. */
export function renderHoverMarkdown(blocks: HoverBlock[], commands: HoverCommands): string {
  return blocks
    .map((b) => (b.type === 'actor' ? renderActor(b, commands) : renderPassage(b, commands)))
    .join('\n\n---\n\n');
}
