/**
 * Every identifier Sourcebook shares with package.json: commands, views, the view container,
 * settings and context keys. Plain constants with no vscode import, so the manifest unit test
 * can check both lists agree.
 */

export const VIEW_CONTAINER_ID = 'sourcebook';

export const Views = {
  actors: 'sourcebook.actors',
  events: 'sourcebook.events',
  sources: 'sourcebook.sources',
} as const;

export const Commands = {
  reindex: 'sourcebook.reindex',
  openSource: 'sourcebook.openSource',
  searchSources: 'sourcebook.searchSources',
  insertCitedExcerpt: 'sourcebook.insertCitedExcerpt',
  addCorpusFolder: 'sourcebook.addCorpusFolder',
  showOutput: 'sourcebook.showOutput',
  actorsFilter: 'sourcebook.actors.filter',
  actorsClearFilter: 'sourcebook.actors.clearFilter',
  actorsInsertQuote: 'sourcebook.actors.insertQuote',
  actorsCopyName: 'sourcebook.actors.copyName',
  actorsShowInEvents: 'sourcebook.actors.showInEvents',
  eventsToggleOrder: 'sourcebook.events.toggleOrder',
  eventsClearFilter: 'sourcebook.events.clearFilter',
  openLocation: 'sourcebook.openLocation',
  hoverInsert: 'sourcebook.hover.insert',
  hoverOpen: 'sourcebook.hover.open',
} as const;

export const Settings = {
  corpusPaths: 'sourcebook.corpus.paths',
  corpusInclude: 'sourcebook.corpus.include',
  corpusExclude: 'sourcebook.corpus.exclude',
  corpusIncludeBundled: 'sourcebook.corpus.includeBundled',
  citationStyle: 'sourcebook.citation.style',
  citationBibliography: 'sourcebook.citation.bibliography',
  citationTrimToMatchedSentences: 'sourcebook.citation.trimToMatchedSentences',
  citationAddSpeaker: 'sourcebook.citation.addSpeaker',
  hoverMode: 'sourcebook.hover.mode',
} as const;

/** Context keys used in `when` clauses of package.json. */
export const ContextKeys = {
  hasCorpus: 'sourcebook.hasCorpus',
  indexing: 'sourcebook.indexing',
  actorsFiltered: 'sourcebook.actorsFiltered',
  eventsFiltered: 'sourcebook.eventsFiltered',
} as const;

/** The read-only scheme corpus files are opened under, so a source is never edited by accident. */
export const SOURCE_SCHEME = 'sourcebook-source';

/** Built-in command that reveals our activity-bar container. */
export const SHOW_SIDEBAR_COMMAND = `workbench.view.extension.${VIEW_CONTAINER_ID}`;

/** The workspace file holding the user's corrections to actors. */
export const ACTOR_OVERRIDES_FILE = '.sourcebook/actors.json';
