import type { LibraryDb, PartRow, SeriesRow } from './schema';

/** The read side, for extension pages: nothing here writes. */

export interface SeriesSummary {
  series: SeriesRow;
  parts: PartRow[];
  read: number;
  known: number;
}

/** Numbered parts in order, then unnumbered ones in the order they were found. */
export function byPartOrder(a: PartRow, b: PartRow): number {
  if (a.number !== null && b.number !== null && a.number !== b.number) return a.number - b.number;
  if (a.number === null && b.number !== null) return 1;
  if (a.number !== null && b.number === null) return -1;
  return a.firstSeenAt - b.firstSeenAt;
}

export async function listSeries(db: LibraryDb): Promise<SeriesSummary[]> {
  return db.transaction('r', db.series, db.parts, async () => {
    const seriesList = await db.series.orderBy('lastActivityAt').reverse().toArray();
    const parts = await db.parts
      .where('seriesId')
      .anyOf(seriesList.map((s) => s.id))
      .toArray();
    const bySeries = new Map<string, PartRow[]>();
    for (const part of parts) {
      const list = bySeries.get(part.seriesId);
      if (list) list.push(part);
      else bySeries.set(part.seriesId, [part]);
    }
    return seriesList.map((series) => {
      const own = (bySeries.get(series.id) ?? []).sort(byPartOrder);
      return {
        series,
        parts: own,
        read: own.filter((p) => p.state === 'read').length,
        known: own.length,
      };
    });
  });
}
