/**
 * The one place that loads citation-js. Loading it takes 100–200 ms, so it happens on first use
 * rather than when the extension starts; the CSL plugin (styles, locales, citeproc) is loaded only
 * for APA references, which the BibTeX output and name parsing do not need.
 */
import type * as CitationJs from '@citation-js/core';

let core: typeof CitationJs | undefined;
let cslLoaded = false;

/** citation-js core with the BibTeX plugin registered, and the CSL plugin when `csl` is set. */
export function citationJs(options: { csl?: boolean } = {}): typeof CitationJs {
  // A static import would load the library with the extension; require() defers it, and esbuild
  // still bundles the modules because the specifiers are literal strings.
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (!core) {
    core = require('@citation-js/core') as typeof CitationJs;
    require('@citation-js/plugin-bibtex');
  }
  if (options.csl && !cslLoaded) {
    require('@citation-js/plugin-csl');
    cslLoaded = true;
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  return core;
}
