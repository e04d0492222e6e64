/** Hover decisions for drafts: what the lead's CorpusService.hover delegates to. */
export { decideHoverCard, sameTerm, type HoverDecisionOptions, type HoverInput, type HoverMode } from './decideHoverCard';
export { createHoverCorpus, nameKey, type HoverCorpus, type HoverCorpusSource } from './hoverCorpus';
export { isStopWord } from './stopWords';
