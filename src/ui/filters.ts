import { t, type MessageKey } from '../core/i18n';
import { platformName, platformNames } from '../core/identity/platforms';
import type { SeriesSummary } from '../db/queries';
import { noteId, partNumber, type PartRow } from '../db/schema';

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

/** A series as a filter or search shows it. */
export interface Shown {
  summary: SeriesSummary;
  /** The parts a search matched, to mark and to open the series on; null: no part search. */
  matches: ReadonlySet<string> | null;
  /** Only these parts are listed (the Bookmarked filter); null: every part. */
  only: ReadonlySet<string> | null;
}

/**
 * One word of a search against one text. A number matches a part's number or a whole number
 * in the text ("3" finds part 3, not 2013); other words match anywhere in a word.
 */
function hit(token: string, text: string, number: number | null = null): boolean {
  if (/^\d+$/.test(token)) {
    return Number(token) === number || new RegExp(`(^|\\D)${token}(\\D|$)`).test(text);
  }
  return text.includes(token);
}

/**
 * The series a filter and a search show. A search is words in any order; each must be found
 * in the series (its title, author, platforms, note) or in one of its parts (title, number,
 * note): "cloud 3" finds part 3 of Journey to the Cloud, "linkedin" every series read there.
 */
export function applyFilter(
  library: readonly SeriesSummary[],
  filter: Filter,
  query: string,
  bookmarked: ReadonlySet<string>,
  notes: ReadonlyMap<string, string> = new Map(),
): Shown[] {
  const tokens = fold(query).split(/\s+/).filter(Boolean);
  const shown: Shown[] = [];
  for (const summary of library) {
    const { series, parts, read, known } = summary;
    const keep =
      filter === 'all' ||
      (filter === 'finished' && known > 0 && read === known) ||
      (filter === 'in-progress' && read < known && parts.some((p) => p.state !== 'unvisited')) ||
      (filter === 'bookmarked' && parts.some((p) => bookmarked.has(p.id)));
    if (!keep) continue;
    const only =
      filter === 'bookmarked'
        ? new Set(parts.filter((p) => bookmarked.has(p.id)).map((p) => p.id))
        : null;
    if (tokens.length === 0) {
      shown.push({ summary, matches: null, only });
      continue;
    }
    const seriesText = fold(
      [
        series.userTitle ?? '',
        series.title,
        series.author ?? '',
        platformNames(series.platforms),
        notes.get(noteId('series', series.id)) ?? '',
      ].join('\n'),
    );
    const partText = (p: PartRow) => {
      const n = partNumber(p);
      return fold(
        [
          p.title ?? '',
          n === null ? '' : t('partNumbered', n),
          p.platforms.map(platformName).join(' '),
          notes.get(noteId('part', p.id)) ?? '',
        ].join('\n'),
      );
    };
    const candidates = only ? parts.filter((p) => only.has(p.id)) : parts;
    const matching = candidates.filter((p) => {
      const text = partText(p);
      return tokens.every((token) => hit(token, seriesText) || hit(token, text, partNumber(p)));
    });
    const whole = tokens.every((token) => hit(token, seriesText));
    if (!whole && matching.length === 0) continue;
    // Words that all name the series show it whole; otherwise the parts they found stand out.
    shown.push({
      summary,
      matches: whole ? null : new Set(matching.map((p) => p.id)),
      only,
    });
  }
  return shown;
}
