import { quantise } from '../messaging/sync-items';
import {
  joinLibraries,
  livePart,
  TOMBSTONE_MS,
  withParts,
  type SyncLibrary,
  type SyncPart,
  type SyncSeries,
} from '../core/sync/library';
import { deletePart, deleteSeriesIfEmpty, moveNote } from './repository';
import { noteId, type LibraryDb, type PartRow, type SeriesRow } from './schema';

/**
 * The library's side of sync: the rows as a SyncLibrary, and a joined SyncLibrary written
 * back into the rows. What only this computer keeps (ids, offline copies, notes, follow
 * checks, "New" marks) stays with the rows it belongs to.
 */

const TABLES = (db: LibraryDb) => [
  db.series,
  db.parts,
  db.bookmarks,
  db.untracked,
  db.offline,
  db.notes,
  db.jobs,
];

/**
 * A series only other computers still know (all its parts removed here): a record every join
 * ignores, so the one they wrote stands.
 */
const placeholder = (key: string): SyncSeries => ({
  key,
  aliases: [],
  title: '',
  userTitle: null,
  userTitleAt: 0,
  author: null,
  platforms: [],
  total: null,
  createdAt: 8.64e15,
  lastActivityAt: 0,
});

const sorted = (list: readonly string[]) => [...new Set(list)].sort();

function syncSeries(row: SeriesRow): SyncSeries {
  return {
    key: row.key,
    aliases: sorted(row.aliases),
    title: row.title,
    userTitle: row.userTitle,
    userTitleAt: row.userTitleAt ?? 0,
    author: row.author,
    platforms: sorted(row.platforms),
    total: row.total ?? null,
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt,
  };
}

function syncPart(row: PartRow, series: string, bookmarked: boolean): SyncPart {
  // A bookmark set before its time was kept (an older release, an import) counts from 1.
  const bookmark = row.bookmarkAt ?? 0;
  return {
    urls: sorted(row.urls),
    series,
    number: row.number,
    userNumber: row.userNumber,
    title: row.title,
    state: row.state,
    furthest: quantise(row.furthest),
    lastPosition: quantise(row.lastPosition),
    positionAt: row.positionAt ?? row.updatedAt,
    publishedAt: row.publishedAt,
    firstSeenAt: row.firstSeenAt,
    updatedAt: row.updatedAt,
    readAt: row.readAt,
    editedAt: row.editedAt ?? 0,
    // Placed in its series when first seen, unless moved since: two computers that put the
    // same page in different series agree on the later placement (milliseconds apart).
    movedAt: row.movedAt ?? row.firstSeenAt,
    bookmark: bookmarked === bookmark > 0 ? bookmark : bookmarked ? 1 : 0,
    words: row.words ?? null,
  };
}

/** This computer's library, as sync sees it; tombstones older than 90 days are left out. */
export async function readSyncLibrary(
  db: LibraryDb,
  wipedAt: number,
  now: number,
): Promise<SyncLibrary> {
  return db.transaction('r', [db.series, db.parts, db.bookmarks, db.untracked], async () => {
    const rows = await db.series.toArray();
    const keyOf = new Map(rows.map((s) => [s.id, s.key]));
    const bookmarked = new Set(await db.bookmarks.toCollection().primaryKeys());
    const parts = (await db.parts.toArray()).flatMap((p) => {
      const key = keyOf.get(p.seriesId);
      return key ? [syncPart(p, key, bookmarked.has(p.id))] : [];
    });
    const series = rows.map(syncSeries);
    const known = new Set(series.map((s) => s.key));
    for (const gone of await db.untracked.toArray()) {
      if (!gone.seriesKey || gone.createdAt < now - TOMBSTONE_MS) continue;
      if (!known.has(gone.seriesKey)) {
        known.add(gone.seriesKey);
        series.push(placeholder(gone.seriesKey));
      }
      // A removed page: its address, its series and when; nothing else is kept of it.
      parts.push({
        urls: [gone.url],
        series: gone.seriesKey,
        number: null,
        userNumber: null,
        title: null,
        state: 'removed',
        furthest: 0,
        lastPosition: 0,
        positionAt: 0,
        publishedAt: null,
        firstSeenAt: gone.createdAt,
        updatedAt: 0,
        readAt: null,
        editedAt: gone.createdAt,
        movedAt: gone.createdAt,
        bookmark: 0,
        words: null,
      });
    }
    // Joined with nothing: the same normal form (parts sharing an address as one) a remote
    // library is in, so comparing the two says whether anything is new.
    return withParts(joinLibraries({ series, parts, wipedAt }, { series: [], parts: [], wipedAt }));
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Joins `remote` into the library, in one transaction: series and parts it adds appear, what
 * it moved forward moves forward here, what another computer removed goes (its addresses
 * untracked, so a visit does not bring it back), and nothing older than a wipe stays.
 */
export async function applySyncLibrary(
  db: LibraryDb,
  remote: SyncLibrary,
  now: number,
): Promise<void> {
  return db.transaction('rw', TABLES(db), async () => {
    // Read without the wipe, so that rows older than it show up as rows to drop.
    const local = await readSyncLibrary(db, 0, now);
    const merged = withParts(joinLibraries(local, remote, now - TOMBSTONE_MS));
    if (same({ ...merged, wipedAt: 0 }, local)) return;

    const seriesRows = await db.series.toArray();
    const partRows = await db.parts.toArray();
    const live = merged.parts.filter(livePart);
    const withLive = new Set(live.map((p) => p.series));

    // Series: one row per merged series with parts to show; rows it absorbed go.
    const rowFor = new Map<string, string>();
    for (const s of merged.series) {
      if (!withLive.has(s.key)) continue;
      const keys = new Set([s.key, ...s.aliases]);
      const matches = seriesRows
        .filter((r) => keys.has(r.key))
        .sort((a, b) => Number(b.key === s.key) - Number(a.key === s.key));
      const [keep, ...absorbed] = matches;
      for (const r of absorbed) {
        await db.series.delete(r.id);
        await moveNote(db, noteId('series', r.id), noteId('series', keep!.id), now);
      }
      const row: SeriesRow = {
        ...(keep ?? { id: crypto.randomUUID() }),
        key: s.key,
        aliases: s.aliases,
        title: s.title,
        userTitle: s.userTitle,
        ...(s.userTitleAt > 0 && { userTitleAt: s.userTitleAt }),
        author: s.author,
        platforms: s.platforms,
        ...(s.total !== null && { total: s.total }),
        createdAt: s.createdAt,
        lastActivityAt: s.lastActivityAt,
      };
      if (!keep || !same(row, keep)) await db.series.put(row);
      rowFor.set(s.key, row.id);
    }

    // Parts: each merged part is the row that shares an address with it (others merged in go).
    const byUrl = new Map<string, PartRow>();
    for (const p of partRows) for (const u of p.urls) byUrl.set(u, p);
    const kept = new Set<string>();
    for (const p of merged.parts) {
      const matches = [...new Set(p.urls.flatMap((u) => byUrl.get(u) ?? []))];
      if (p.state === 'removed') {
        for (const m of matches) await deletePart(db, m.id);
        await db.untracked.bulkPut(
          p.urls.map((url) => ({ url, createdAt: p.editedAt, seriesKey: p.series })),
        );
        continue;
      }
      const [keep, ...absorbed] = matches;
      for (const m of absorbed) await deletePart(db, m.id);
      // Read again somewhere after it was removed: visits here count again too.
      await db.untracked.bulkDelete(p.urls);
      const row: PartRow = {
        ...(keep ?? { id: crypto.randomUUID(), platforms: [] }),
        seriesId: rowFor.get(p.series)!,
        // This computer's order first: the first address is the one a part opens at.
        urls: [...new Set([...(keep?.urls ?? []), ...p.urls])],
        platforms: [
          ...new Set([...(keep?.platforms ?? []), ...absorbed.flatMap((m) => m.platforms)]),
        ],
        number: p.number,
        userNumber: p.userNumber,
        title: p.title,
        state: p.state,
        furthest: p.furthest,
        lastPosition: p.lastPosition,
        positionAt: p.positionAt === p.updatedAt ? undefined : p.positionAt,
        publishedAt: p.publishedAt,
        firstSeenAt: p.firstSeenAt,
        updatedAt: p.updatedAt,
        readAt: p.readAt,
        ...(p.editedAt > 0 && { editedAt: p.editedAt }),
        ...(p.movedAt !== p.firstSeenAt && { movedAt: p.movedAt }),
        ...(p.bookmark !== 0 && { bookmarkAt: p.bookmark }),
        ...(p.words !== null && { words: p.words }),
      };
      kept.add(row.id);
      if (
        !keep ||
        !same(row, {
          ...keep,
          furthest: quantise(keep.furthest),
          lastPosition: quantise(keep.lastPosition),
        })
      ) {
        await db.parts.put(row);
      }
      const bookmark = await db.bookmarks.get(row.id);
      if (p.bookmark > 0 && !bookmark)
        await db.bookmarks.put({ partId: row.id, createdAt: p.bookmark });
      if (p.bookmark < 0 && bookmark) await db.bookmarks.delete(row.id);
    }
    // What the join left out (older than a wipe) goes.
    for (const p of partRows)
      if (!kept.has(p.id) && (await db.parts.get(p.id))) await deletePart(db, p.id);
    // Series that were absorbed or emptied.
    const shown = new Set(rowFor.values());
    for (const r of seriesRows) if (!shown.has(r.id)) await deleteSeriesIfEmpty(db, r.id);
  });
}
