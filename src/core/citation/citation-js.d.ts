// citation-js ships no TypeScript types. These declarations cover only what Sourcebook calls, so
// a wrong call still fails to compile instead of silently becoming `any`.

declare module '@citation-js/core' {
  /** A CSL-JSON name. */
  export interface CitationJsName {
    given?: string;
    family?: string;
    literal?: string;
    suffix?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
  }

  /** A CSL-JSON item; only `id` and `type` are required by the library. */
  export interface CitationJsItem {
    id: string;
    type: string;
    [field: string]: unknown;
  }

  export interface CitationJsFormatOptions {
    format?: 'text' | 'html' | 'string' | 'object';
    template?: string;
    lang?: string;
  }

  export class Cite {
    constructor(data: CitationJsItem | CitationJsItem[]);
    data: CitationJsItem[];
    format(
      name: 'bibliography' | 'citation' | 'bibtex' | 'biblatex' | 'data',
      options?: CitationJsFormatOptions,
    ): string;
  }

  export const plugins: {
    input: {
      util: {
        /** Normalises CSL-JSON; with `bestGuessConversions`, string names are parsed into parts. */
        clean(data: CitationJsItem[], bestGuessConversions?: boolean): CitationJsItem[];
      };
    };
  };
}

// Imported only for their side effect of registering output formats with the core.
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
