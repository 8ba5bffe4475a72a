import type { FollowRow } from '../core/follow/schedule';
import {
  noteId,
  partNumber,
  seriesTitle,
  type LibraryDb,
  type OfflineCopyRow,
  type PartRow,
  type SaveJobRow,
  type SeriesRow,
} from './schema';

/** The read side, for extension pages: nothing here writes. */

export interface SeriesSummary {
  series: SeriesRow;
  parts: PartRow[];
  read: number;
  known: number;
}

/**
 * Numbered parts in order; parts without a number after them, by publish date, then by when
 * they were first seen.
 */
export function byPartOrder(a: PartRow, b: PartRow): number {
  const na = partNumber(a);
  const nb = partNumber(b);
  if (na !== null && nb !== null && na !== nb) return na - nb;
  if (na === null && nb !== null) return 1;
  if (na !== null && nb === null) return -1;
  if (a.publishedAt !== null && b.publishedAt !== null && a.publishedAt !== b.publishedAt) {
    return a.publishedAt - b.publishedAt;
  }
  if (a.publishedAt !== null && b.publishedAt === null) return -1;
  if (a.publishedAt === null && b.publishedAt !== null) return 1;
  return a.firstSeenAt - b.firstSeenAt;
}

export interface Library {
  series: SeriesSummary[];
  bookmarked: ReadonlySet<string>;
  /** How many series the library holds; `series` may be the most recent page of them. */
  total: number;
  /** Offline saving in progress, and saves that failed, newest first. */
  jobs: SaveJobRow[];
  /** The reader's notes on the listed series and parts, by noteId. */
  notes: ReadonlyMap<string, string>;
  /** Whether and how each listed series is followed, by series id. */
  follows: ReadonlyMap<string, FollowRow>;
  /** Parts a check found and the reader has not opened yet, newest first. */
  fresh: { part: PartRow; seriesTitle: string }[];
}

export const PAGE_SIZE = 30;

/**
 * What the popup and library pages show, in one read transaction. With a `limit`, only the
 * most recently active series and their own parts are read, through indexes, so the first
 * render costs the same for 20 parts or 20,000.
 */
export async function readLibrary(db: LibraryDb, limit?: number): Promise<Library> {
  const tables = [db.series, db.parts, db.bookmarks, db.jobs, db.notes, db.follows];
  return db.transaction('r', tables, async () => {
    const series = await listSeries(db, limit);
    const partIds = series.flatMap((s) => s.parts.map((p) => p.id));
    const bookmarks = await db.bookmarks.bulkGet(partIds);
    const notes = await db.notes.bulkGet([
      ...series.map((s) => noteId('series', s.series.id)),
      ...partIds.map((id) => noteId('part', id)),
    ]);
    return {
      series,
      bookmarked: new Set(bookmarks.flatMap((b) => (b ? [b.partId] : []))),
      total: limit === undefined ? series.length : await db.series.count(),
      jobs: (await db.jobs.toArray()).sort((a, b) => b.updatedAt - a.updatedAt),
      notes: new Map(notes.flatMap((n) => (n ? [[n.id, n.text] as const] : []))),
      follows: new Map(
        (await db.follows.bulkGet(series.map((s) => s.series.id))).flatMap((f) =>
          f ? [[f.seriesId, f] as const] : [],
        ),
      ),
      fresh: await freshParts(db),
    };
  });
}

async function freshParts(db: LibraryDb): Promise<Library['fresh']> {
  const parts = await newParts(db);
  const series = await db.series.bulkGet([...new Set(parts.map((p) => p.seriesId))]);
  const titles = new Map(series.flatMap((s) => (s ? [[s.id, seriesTitle(s)] as const] : [])));
  return parts.map((part) => ({ part, seriesTitle: titles.get(part.seriesId) ?? '' }));
}

export async function listSeries(db: LibraryDb, limit?: number): Promise<SeriesSummary[]> {
  return db.transaction('r', db.series, db.parts, async () => {
    const newestFirst = db.series.orderBy('lastActivityAt').reverse();
    const seriesList = await (
      limit === undefined ? newestFirst : newestFirst.limit(limit)
    ).toArray();
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
        // "Part 1 of 3" counts three parts, found or not.
        known: Math.max(own.length, series.total ?? 0),
      };
    });
  });
}

/** The progress the toolbar badge shows for the page at `url`, if it is a known part. */
export async function progressForUrl(
  db: LibraryDb,
  url: string,
): Promise<{ read: number; known: number } | null> {
  return db.transaction('r', db.parts, db.series, async () => {
    const part = await db.parts.where('urls').equals(url).first();
    if (!part) return null;
    const parts = await db.parts.where('seriesId').equals(part.seriesId).toArray();
    const total = (await db.series.get(part.seriesId))?.total ?? 0;
    return {
      read: parts.filter((p) => p.state === 'read').length,
      known: Math.max(parts.length, total),
    };
  });
}

/**
 * Of the given addresses, those of parts with an offline copy, and which part: a link in a
 * saved article to another saved part opens that copy, so reading offline stays offline.
 */
export async function savedPartsAt(
  db: LibraryDb,
  urls: readonly string[],
): Promise<Map<string, string>> {
  const parts = await db.parts
    .where('urls')
    .anyOf([...new Set(urls)])
    .toArray();
  const saved = new Map<string, string>();
  for (const part of parts) {
    if (!part.offline) continue;
    for (const url of part.urls) saved.set(url, part.id);
  }
  return saved;
}

/** The first part after `partId` in series order that is not read yet, if any. */
export async function nextUnread(db: LibraryDb, url: string): Promise<PartRow | null> {
  return db.transaction('r', db.parts, async () => {
    const current = await db.parts.where('urls').equals(url).first();
    if (!current) return null;
    const parts = (await db.parts.where('seriesId').equals(current.seriesId).toArray()).sort(
      byPartOrder,
    );
    const after = parts.slice(parts.findIndex((p) => p.id === current.id) + 1);
    return (
      after.find((p) => p.state !== 'read') ??
      parts.find((p) => p.state !== 'read' && p.id !== current.id) ??
      null
    );
  });
}

/** How many parts have offline copies and their size, from the parts' summaries. */
export async function offlineUsage(db: LibraryDb): Promise<{ copies: number; bytes: number }> {
  let copies = 0;
  let bytes = 0;
  await db.parts.each((part) => {
    if (!part.offline) return;
    copies += 1;
    bytes += part.offline.bytes;
  });
  return { copies, bytes };
}

export interface SavedPart {
  series: SeriesRow;
  part: PartRow;
  copy: OfflineCopyRow;
  /** The part's place among the series' known parts, from 1. */
  position: number;
  known: number;
  /** The saved parts before and after it in series order. */
  previous: PartRow | null;
  next: PartRow | null;
  note: string;
}

/** Everything the offline reader shows for one saved part; null when it has no copy. */
export async function readSavedPart(db: LibraryDb, partId: string): Promise<SavedPart | null> {
  return db.transaction('r', [db.series, db.parts, db.offline, db.notes], async () => {
    const [part, copy] = await Promise.all([db.parts.get(partId), db.offline.get(partId)]);
    const series = part && (await db.series.get(part.seriesId));
    if (!part || !copy || !series) return null;
    const parts = (await db.parts.where('seriesId').equals(part.seriesId).toArray()).sort(
      byPartOrder,
    );
    const index = parts.findIndex((p) => p.id === part.id);
    return {
      series,
      part,
      copy,
      position: index + 1,
      known: parts.length,
      previous: parts.slice(0, index).findLast((p) => p.offline) ?? null,
      next: parts.slice(index + 1).find((p) => p.offline) ?? null,
      note: (await db.notes.get(noteId('part', part.id)))?.text ?? '',
    };
  });
}

/** New parts: found by a check and not yet visited, newest first. */
export async function newParts(db: LibraryDb): Promise<PartRow[]> {
  const parts = await db.parts.where('foundAt').above(0).reverse().toArray();
  return parts.filter((p) => p.state === 'unvisited');
}
