import { WORDS_LIMIT } from '../limits';
import type { PartProgress } from './merge';

/** Adults read screen text at about 230 words a minute (non-fiction, in English). */
export const WORDS_PER_MINUTE = 230;

/** Words in an article's text: runs of letters and digits (Han, kana and Hangul count per character). */
export function countWords(text: string): number {
  const words = text.match(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu,
  );
  return Math.min(words?.length ?? 0, WORDS_LIMIT);
}

/** Whole minutes to read `words`, at least one. */
export const minutesFor = (words: number): number =>
  Math.max(1, Math.round(words / WORDS_PER_MINUTE));

export interface TimeLeft {
  /** Parts not read yet. */
  parts: number;
  /** Minutes to read what is left of them, or null when no part's length is known. */
  minutes: number | null;
  /** Some of it is estimated: parts not yet visited are taken to be as long as the others. */
  estimated: boolean;
}

/**
 * What is left of a series: the unread parts, and the time to read them (what remains of a
 * part begun, whole parts otherwise; a part whose length is unknown counts as the average).
 */
export function timeLeft(
  parts: readonly Pick<PartProgress, 'state' | 'furthest' | 'words'>[],
): TimeLeft {
  const known = parts.flatMap((p) => (p.words === undefined ? [] : [p.words]));
  const average = known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
  const left = parts.filter((p) => p.state !== 'read');
  let words = 0;
  let estimated = false;
  for (const part of left) {
    const length = part.words ?? average;
    if (length === null) continue;
    if (part.words === undefined) estimated = true;
    words += length * (1 - part.furthest);
  }
  return {
    parts: left.length,
    minutes:
      average === null || left.length === 0
        ? null
        : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    estimated,
  };
}
