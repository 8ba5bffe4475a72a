import type { Weights } from './weights';

/**
 * What each kind of evidence was judged to be worth before any page was counted: how often,
 * out of 1, a page showing it alone is a series part. Fitting (scripts/corpus-score.ts) pulls
 * these towards how often it is right on the labelled pages, by as much as the pages allow.
 */
export const PRIOR: Weights = {
  'named-marker': 0.7,
  'bare-marker': 0.45,
  'sequence-marker': 0.6,
  'bare-sequence': 0.45,
  notes: 0.7,
  hash: 0.55,
  fraction: 0.65,
  'fraction-first': 0.65,
  'slash-fraction': 0.6,
  'spaced-fraction': 0.5,
  'season-episode': 0.6,
  'bare-season-episode': 0.5,
  'p-dot': 0.6,
  'dash-number': 0.6,
  'colon-number': 0.5,
  'paren-number': 0.5,
  'number-first': 0.35,
  'compact-marker': 0.6,
  'cjk-ordinal': 0.6,
  'ordinal-marker': 0.55,
  'nth-in-series': 0.6,
  'part-of-series': 0.6,
  'earlier-part': 0.45,
  'read-part': 0.4,
  previously: 0.4,
  'next-in-series': 0.45,
  'teil-der-serie': 0.6,
  // A platform block brings its own strength; this stands for "the platform says so".
  platform: 0.6,
  'first-of-series': 0.55,
  'numbered-name': 0.55,
  'dated-notes': 0.6,
  'opening-line': 0.55,
  'prose-sequence': 0.5,
  'path-sequence': 0.45,
  'link-list': 0.55,
  siblings: 0.3,
  agreement: 0.25,
};

/** How many labelled pages the prior counts as: fewer observations than this barely move it. */
export const PRIOR_PAGES = 4;
