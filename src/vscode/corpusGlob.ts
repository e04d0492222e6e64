/**
 * Glob matching for the include/exclude settings, on paths relative to a corpus folder with `/`
 * separators. Supports `**`, `*`, `?`, `{a,b}` and `[abc]`, case-insensitively (a setting like
 * `**\/*.TXT` should not silently miss files on a case-insensitive disk). No vscode import: the
 * unit tests load it directly.
 */

const cache = new Map<string, RegExp>();
/** Patterns that could not be compiled, with the reason; they match only themselves, literally. */
const invalid = new Map<string, string>();

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/**
 * The RegExp for `glob`. Never throws: a pattern that is not a valid glob (an unclosed `{`, a
 * bad `[z-a]` range, …) matches only a path spelled exactly like it; {@link globProblem} says why.
 */
export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let regexp: RegExp;
  try {
    regexp = compile(glob);
  } catch (err) {
    invalid.set(glob, err instanceof Error ? err.message : String(err));
    const literal = String(glob).replace(/\\/g, '/').replace(/^\.\//, '').split('').map(escapeRegExp).join('');
    regexp = new RegExp(`^${literal}$`, 'i');
  }
  cache.set(glob, regexp);
  return regexp;
}

/** Why `glob` is not a valid pattern (it is then matched literally), or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  globToRegExp(glob);
  return invalid.get(glob);
}

function compile(glob: string): RegExp {
  let re = '';
  let braces = 0;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        // `**/` matches any number of folders, including none; a bare `**` matches anything.
        const slash = g[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close < 0) {
        re += '\\[';
      } else {
        const body = g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else {
      re += escapeRegExp(c);
    }
  }
  if (braces > 0) throw new Error('unclosed `{`');
  return new RegExp(`^${re}$`, 'i');
}

/** True when `relativePath` matches any of `globs`. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, '/');
  return globs.some((g) => globToRegExp(g).test(p));
}

/** The corpus filter: included by some include glob (all files when none) and by no exclude glob. */
export function isIncluded(relativePath: string, include: readonly string[], exclude: readonly string[]): boolean {
  return (include.length === 0 || matchesAny(relativePath, include)) && !matchesAny(relativePath, exclude);
}
