import { FITTED } from './fitted-weights';
import type { PhraseId } from './phrases';
import type { TitleRuleId } from './title';

/** Every kind of evidence a detection can rest on; a platform's own series markup is one. */
export type EvidenceId =
  | TitleRuleId
  | PhraseId
  | 'platform'
  | 'first-of-series'
  | 'numbered-name'
  | 'dated-notes'
  | 'opening-line'
  | 'prose-sequence'
  | 'path-sequence'
  | 'link-list'
  | 'siblings'
  | 'agreement';

export type Weights = Readonly<Record<EvidenceId, number>>;

/**
 * The weights in use: the prior (prior-weights.ts) fitted to the labelled corpora (the
 * committed tests/fixtures/corpus and the team's shared one) by `npm run corpus -- --fit`,
 * which prints the table it writes. Only this table ships with the extension.
 */
export const WEIGHTS: Weights = FITTED;

/**
 * Adds up independent pieces of evidence: each one leaves a share of doubt, and the doubts
 * multiply ("noisy or"). Two weak signs together are stronger than either; none reaches 1.
 */
export function combine(weights: readonly number[]): number {
  const doubt = weights.reduce((left, w) => left * (1 - Math.min(Math.max(w, 0), 0.99)), 1);
  return 1 - doubt;
}
