import type { SeriesSummary } from '../db/queries';
import type { PartRow, SeriesRow } from '../db/schema';

export interface ContinueTarget {
  series: SeriesRow;
  part: PartRow;
  /** Picking up a part half read, or starting the next one. */
  kind: 'resume' | 'next';
}

/**
 * The one thing to read next: the most recently touched part still in progress, else the
 * next unread part of the series read most recently.
 */
export function continueTarget(library: readonly SeriesSummary[]): ContinueTarget | null {
  let best: ContinueTarget | null = null;
  for (const { series, parts } of library) {
    for (const part of parts) {
      if (part.state === 'reading' && (!best || part.updatedAt > best.part.updatedAt)) {
        best = { series, part, kind: 'resume' };
      }
    }
  }
  if (best) return best;
  for (const { series, parts, read } of library) {
    if (read === 0) continue;
    const next = parts.find((p) => p.state !== 'read');
    // The library is ordered by last activity, so the first series with a next part wins.
    if (next) return { series, part: next, kind: 'next' };
  }
  return null;
}
