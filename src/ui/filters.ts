import type { MessageKey } from '../core/i18n';
import type { SeriesSummary } from '../db/queries';
import { seriesTitle } from '../db/schema';

export type Filter = 'all' | 'in-progress' | 'finished' | 'bookmarked';

export const FILTERS: readonly { id: Filter; label: MessageKey }[] = [
  { id: 'in-progress', label: 'filterInProgress' },
  { id: 'finished', label: 'filterFinished' },
  { id: 'bookmarked', label: 'filterBookmarked' },
  { id: 'all', label: 'filterAll' },
];

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The series a filter and a search show; a search matches series and part titles. */
export function applyFilter(
  library: readonly SeriesSummary[],
  filter: Filter,
  query: string,
  bookmarked: ReadonlySet<string>,
): SeriesSummary[] {
  const needle = fold(query.trim());
  return library.filter((s) => {
    const keep =
      filter === 'all' ||
      (filter === 'finished' && s.known > 0 && s.read === s.known) ||
      (filter === 'in-progress' &&
        s.read < s.known &&
        s.parts.some((p) => p.state !== 'unvisited')) ||
      (filter === 'bookmarked' && s.parts.some((p) => bookmarked.has(p.id)));
    if (!keep) return false;
    if (!needle) return true;
    return (
      fold(seriesTitle(s.series)).includes(needle) ||
      s.parts.some((p) => p.title !== null && fold(p.title).includes(needle))
    );
  });
}
