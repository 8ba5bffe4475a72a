import { t } from '../core/i18n';
import { joinNotes } from '../core/backup/notes';
import type { Detection } from '../core/detect/detection';
import { sameSite } from '../core/identity/address';
import { laterState, mergePart } from '../core/progress/merge';
import { canonicalUrl } from '../core/identity/canonical-url';
import { byPartOrder } from './queries';
import {
  noteId,
  partNumber,
  type LibraryDb,
  type NoteTarget,
  type PartRow,
  type PartState,
  type SeriesRow,
} from './schema';

/**
 * The write side of the library; only the background imports it. Each exported function is
 * one user action in one read-write transaction, and safe to run twice: states and reading
 * positions only move forward, URLs and aliases are sets.
 */

export interface PartReport {
  url: string;
  title: string | null;
  state: Exclude<PartState, 'unvisited'>;
  detection: Detection;
  /** Reading position in the article body, 0..1. */
  progress?: { furthest: number; last: number } | undefined;
  publishedAt?: number | null | undefined;
  words?: number | undefined;
}

export interface PartRef {
  seriesId: string;
  partId: string;
}

const later = laterState;

function union<T>(list: readonly T[], ...values: T[]): T[] {
  return [...new Set([...list, ...values])];
}

function toUrl(raw: string): string {
  const url = canonicalUrl(raw);
  if (!url) throw new Error('not an http(s) URL');
  return url;
}

async function seriesByKey(db: LibraryDb, key: string): Promise<SeriesRow | undefined> {
  return (
    (await db.series.where('key').equals(key).first()) ??
    (await db.series.where('aliases').equals(key).first())
  );
}

function newSeries(d: Detection, now: number): SeriesRow {
  return {
    id: crypto.randomUUID(),
    key: d.seriesKey,
    aliases: [],
    title: d.seriesTitle ?? t('untitledSeries'),
    userTitle: null,
    author: d.author,
    platforms: [d.platform],
    createdAt: now,
    lastActivityAt: now,
  };
}

function newPart(seriesId: string, url: string, platform: string, now: number): PartRow {
  return {
    id: crypto.randomUUID(),
    seriesId,
    number: null,
    userNumber: null,
    title: null,
    urls: [url],
    platforms: [platform],
    state: 'unvisited',
    furthest: 0,
    lastPosition: 0,
    publishedAt: null,
    firstSeenAt: now,
    updatedAt: now,
    readAt: null,
  };
}

/** The part a URL already names, else the series' part with that number: a cross-post. */
async function findPart(
  db: LibraryDb,
  seriesId: string,
  url: string,
  number: number | null,
): Promise<PartRow | undefined> {
  const byUrl = await db.parts.where('urls').equals(url).first();
  if (byUrl || number === null) return byUrl;
  // The user's number wins: a part renumbered by hand answers only to its new number.
  const byUser = await db.parts.where('[seriesId+userNumber]').equals([seriesId, number]).first();
  if (byUser) return byUser;
  const detected = await db.parts.where('[seriesId+number]').equals([seriesId, number]).toArray();
  return detected.find((p) => partNumber(p) === number);
}

/**
 * The parts a page links to. A page speaks only for itself: a link to another site is not
 * kept, and a link never adds an address to a part the library already has (a number in a
 * link's text proves nothing about the page behind it). New parts start as not yet visited.
 */
async function upsertSiblings(
  db: LibraryDb,
  seriesId: string,
  d: Detection,
  pageUrl: string,
  now: number,
) {
  for (const sibling of d.siblings) {
    const url = canonicalUrl(sibling.url);
    if (!url || !sameSite(url, pageUrl) || (await db.untracked.get(url))) continue;
    const known = await findPart(db, seriesId, url, sibling.part);
    if (known) continue;
    await db.parts.add({
      ...newPart(seriesId, url, d.platform, now),
      number: sibling.part,
      title: sibling.title,
    });
  }
}

/** A part after a reading event: its state and furthest point only move forward. */
function advance(
  base: PartRow,
  reported: Exclude<PartState, 'unvisited'>,
  progress: PartReport['progress'],
  now: number,
): PartRow {
  const state = later(base.state, reported);
  return {
    ...base,
    state,
    furthest: Math.max(base.furthest, progress?.furthest ?? 0, state === 'read' ? 1 : 0),
    lastPosition: progress?.last ?? base.lastPosition,
    positionAt: undefined,
    updatedAt: now,
    readAt: state === 'read' ? (base.readAt ?? now) : null,
    // Finishing a part (again) is the reader's word on it as much as a mark is: across
    // computers, an older "mark unread" does not undo it.
    ...(reported === 'read' && { editedAt: now }),
  };
}

/**
 * Records a visit to, or the end of, a series part. A page the user untracked is ignored
 * (null). A part found by URL stays in the series it is in, so the user's moves stand.
 */
export async function recordPart(
  db: LibraryDb,
  report: PartReport,
  now: number,
): Promise<PartRef | null> {
  const url = toUrl(report.url);
  const d = report.detection;
  return db.transaction('rw', [db.series, db.parts, db.untracked], async () => {
    if (await db.untracked.get(url)) return null;
    const byUrl = await db.parts.where('urls').equals(url).first();
    const series =
      (byUrl && (await db.series.get(byUrl.seriesId))) ??
      (await seriesByKey(db, d.seriesKey)) ??
      newSeries(d, now);
    await db.series.put({
      ...series,
      author: series.author ?? d.author,
      platforms: union(series.platforms, d.platform),
      evidence: d.evidence,
      ...(d.total !== null && { total: Math.max(series.total ?? 0, d.total) }),
      lastActivityAt: now,
    });
    const base =
      byUrl ??
      (await findPart(db, series.id, url, d.part)) ??
      newPart(series.id, url, d.platform, now);
    const part: PartRow = {
      ...advance(base, report.state, report.progress, now),
      number: d.part ?? base.number,
      title: report.title ?? base.title,
      urls: union(base.urls, url),
      platforms: union(base.platforms, d.platform),
      publishedAt: base.publishedAt ?? report.publishedAt ?? null,
      ...((report.words ?? base.words) !== undefined && { words: report.words ?? base.words }),
    };
    await db.parts.put(part);
    await upsertSiblings(db, series.id, d, url, now);
    return { seriesId: series.id, partId: part.id };
  });
}

/** The user's title for a series; detections never overwrite it. */
export async function renameSeries(
  db: LibraryDb,
  seriesId: string,
  title: string | null,
  now: number,
) {
  await db.transaction('rw', db.series, async () => {
    const updated = await db.series.update(seriesId, {
      userTitle: title?.trim() || null,
      userTitleAt: now,
    });
    if (!updated) throw new Error('no such series');
  });
}

/** The user's number for a part (null gives the detected number back). */
export async function setPartNumber(db: LibraryDb, partId: string, number: number | null) {
  await db.transaction('rw', db.parts, async () => {
    const updated = await db.parts.update(partId, { userNumber: number });
    if (!updated) throw new Error('no such part');
  });
}

const combine = (keep: PartRow, other: PartRow): PartRow => mergePart(keep, other);

/**
 * Moves one part into the series `targetId`, whose parts are `targetParts`: where that series
 * has a part with the same number, the two become one (by the merge rules), its note and
 * bookmark going along.
 */
async function movePart(
  db: LibraryDb,
  part: PartRow,
  targetId: string,
  targetParts: readonly PartRow[],
  now: number,
) {
  const n = partNumber(part);
  const twin = n === null ? undefined : targetParts.find((p) => partNumber(p) === n);
  if (!twin) {
    await db.parts.put({ ...part, seriesId: targetId, movedAt: now });
    return;
  }
  await db.parts.put({
    ...combine(twin, part),
    // The later word on either stands for both: an older mark elsewhere must not undo it.
    editedAt: Math.max(twin.editedAt ?? 0, part.editedAt ?? 0),
    movedAt: now,
  });
  await db.parts.delete(part.id);
  await moveNote(db, noteId('part', part.id), noteId('part', twin.id), now);
  const bookmark = await db.bookmarks.get(part.id);
  if (bookmark) {
    await db.bookmarks.delete(part.id);
    await db.bookmarks.put({ ...bookmark, partId: twin.id });
  }
}

/**
 * Merges `sourceId` into `targetId`: parts with the same number become one part, and later
 * detections under the source's key land in the target.
 */
export async function mergeSeries(db: LibraryDb, targetId: string, sourceId: string, now: number) {
  if (targetId === sourceId) return;
  await db.transaction('rw', [db.series, db.parts, db.bookmarks, db.notes], async () => {
    const [target, source] = await Promise.all([db.series.get(targetId), db.series.get(sourceId)]);
    if (!target || !source) throw new Error('no such series');
    const targetParts = await db.parts.where('seriesId').equals(targetId).toArray();
    for (const part of await db.parts.where('seriesId').equals(sourceId).toArray()) {
      await movePart(db, part, targetId, targetParts, now);
    }
    await db.series.put({
      ...target,
      aliases: union(target.aliases, source.key, ...source.aliases),
      platforms: union(target.platforms, ...source.platforms),
      author: target.author ?? source.author,
      ...((target.total ?? source.total) !== undefined && {
        total: Math.max(target.total ?? 0, source.total ?? 0),
      }),
      lastActivityAt: Math.max(target.lastActivityAt, source.lastActivityAt, now),
    });
    await db.series.delete(sourceId);
    await moveNote(db, noteId('series', sourceId), noteId('series', targetId), now);
  });
}

/**
 * Moves parts the reader picked into another series (a part of the same number there absorbs
 * it). A series left with no parts goes, its note moving to the target. Detections find the
 * moved parts by URL, so the move stands.
 */
export async function moveParts(db: LibraryDb, partIds: string[], targetId: string, now: number) {
  await db.transaction('rw', [db.series, db.parts, db.bookmarks, db.notes, db.jobs], async () => {
    if (!(await db.series.get(targetId))) throw new Error('no such series');
    const parts = (await db.parts.bulkGet(partIds)).filter(
      (p): p is PartRow => p !== undefined && p.seriesId !== targetId,
    );
    const sources = new Set(parts.map((p) => p.seriesId));
    for (const part of parts) {
      const targetParts = await db.parts.where('seriesId').equals(targetId).toArray();
      await movePart(db, part, targetId, targetParts, now);
    }
    for (const sourceId of sources) {
      if ((await db.parts.where('seriesId').equals(sourceId).count()) > 0) continue;
      await db.series.delete(sourceId);
      await db.jobs.where('seriesId').equals(sourceId).delete();
      await moveNote(db, noteId('series', sourceId), noteId('series', targetId), now);
    }
    await db.series.update(targetId, { lastActivityAt: now });
  });
}

/** Moves a note onto another part or series; where that has a note, both are kept. */
export async function moveNote(db: LibraryDb, from: string, to: string, now: number) {
  const moved = await db.notes.get(from);
  if (!moved) return;
  const kept = await db.notes.get(to);
  await db.notes.delete(from);
  await db.notes.put({ id: to, text: joinNotes(kept?.text ?? '', moved.text), updatedAt: now });
}

/** Moves the given parts into a new series of their own; returns its id. */
export async function splitSeries(db: LibraryDb, seriesId: string, partIds: string[], now: number) {
  return db.transaction('rw', db.series, db.parts, async () => {
    const series = await db.series.get(seriesId);
    if (!series) throw new Error('no such series');
    const parts = (await db.parts.bulkGet(partIds)).filter(
      (p): p is PartRow => p?.seriesId === seriesId,
    );
    if (parts.length === 0) throw new Error('no parts of this series to split off');
    const id = crypto.randomUUID();
    await db.series.add({
      ...series,
      id,
      // A key of its own: detections still find these parts by URL, never by the old key.
      key: `${series.key}#split-${id}`,
      aliases: [],
      userTitle: `${series.userTitle ?? series.title} (split)`,
      createdAt: now,
      lastActivityAt: now,
    });
    await db.parts.bulkPut(parts.map((p) => ({ ...p, seriesId: id, movedAt: now })));
    return id;
  });
}

const FORGET_TABLES = (db: LibraryDb) => [
  db.series,
  db.parts,
  db.untracked,
  db.bookmarks,
  db.offline,
  db.notes,
  db.jobs,
];

/** Deletes a part's row with its bookmark, offline copy and note. */
export async function deletePart(db: LibraryDb, partId: string) {
  await db.parts.delete(partId);
  await db.bookmarks.delete(partId);
  await db.offline.delete(partId);
  await db.notes.delete(noteId('part', partId));
}

/** Deletes a series with its note and save jobs once it has no part left. */
export async function deleteSeriesIfEmpty(db: LibraryDb, seriesId: string) {
  if ((await db.parts.where('seriesId').equals(seriesId).count()) > 0) return;
  await db.series.delete(seriesId);
  await db.notes.delete(noteId('series', seriesId));
  await db.jobs.where('seriesId').equals(seriesId).delete();
}

/** Deletes a part with its bookmark, copy and note; its series too when nothing is left. */
async function dropPart(db: LibraryDb, part: PartRow) {
  await deletePart(db, part.id);
  await deleteSeriesIfEmpty(db, part.seriesId);
}

/** Stops tracking a page: its URL leaves the library, and later detections of it are ignored. */
export async function untrackPage(db: LibraryDb, rawUrl: string, now: number) {
  const url = toUrl(rawUrl);
  await db.transaction('rw', FORGET_TABLES(db), async () => {
    await db.untracked.put({ url, createdAt: now });
    const part = await db.parts.where('urls').equals(url).first();
    if (!part) return;
    const urls = part.urls.filter((u) => u !== url);
    if (urls.length > 0) await db.parts.put({ ...part, urls });
    else await dropPart(db, part);
  });
}

/**
 * Removes parts from the library, with their bookmarks, notes and offline copies; a series
 * left empty goes too. Every address they had is untracked, so visiting one again does not
 * bring them back.
 */
export async function removeParts(db: LibraryDb, partIds: string[], now: number) {
  await db.transaction('rw', FORGET_TABLES(db), async () => {
    for (const part of await db.parts.bulkGet(partIds)) {
      if (!part) continue;
      const seriesKey = (await db.series.get(part.seriesId))?.key;
      await db.untracked.bulkPut(
        part.urls.map((url) => ({ url, createdAt: now, ...(seriesKey && { seriesKey }) })),
      );
      await dropPart(db, part);
    }
  });
}

/** Removes a whole series: every part of it, as removeParts does. */
export async function removeSeries(db: LibraryDb, seriesId: string, now: number) {
  const ids = await db.parts.where('seriesId').equals(seriesId).primaryKeys();
  if (ids.length === 0) throw new Error('no such series');
  await removeParts(db, ids, now);
}

export async function setBookmark(db: LibraryDb, partId: string, bookmarked: boolean, now: number) {
  await db.transaction('rw', db.parts, db.bookmarks, async () => {
    const updated = await db.parts.update(partId, { bookmarkAt: bookmarked ? now : -now });
    if (!updated) throw new Error('no such part');
    if (bookmarked) {
      if (!(await db.bookmarks.get(partId))) await db.bookmarks.add({ partId, createdAt: now });
    } else {
      await db.bookmarks.delete(partId);
    }
  });
}

const markedRead = (part: PartRow, now: number): PartRow => ({
  ...part,
  state: 'read',
  furthest: 1,
  readAt: part.readAt ?? now,
  updatedAt: now,
  positionAt: undefined,
  editedAt: now,
});

/**
 * The reader's own word: read ("I read it on my phone"), or unread, back to where a part
 * nobody has opened is, so it no longer counts as started or takes over Continue.
 */
export async function markPart(db: LibraryDb, partId: string, read: boolean, now: number) {
  await db.transaction('rw', db.parts, db.series, async () => {
    const part = await db.parts.get(partId);
    if (!part) throw new Error('no such part');
    await db.parts.put(
      read
        ? markedRead(part, now)
        : {
            ...part,
            state: 'unvisited',
            furthest: 0,
            lastPosition: 0,
            positionAt: undefined,
            readAt: null,
            updatedAt: now,
            editedAt: now,
          },
    );
    await db.series.update(part.seriesId, { lastActivityAt: now });
  });
}

/** "I have read up to here": this part and every part before it in the series, read. */
export async function markReadThrough(db: LibraryDb, partId: string, now: number) {
  await db.transaction('rw', db.parts, db.series, async () => {
    const part = await db.parts.get(partId);
    if (!part) throw new Error('no such part');
    const parts = (await db.parts.where('seriesId').equals(part.seriesId).toArray()).sort(
      byPartOrder,
    );
    const through = parts.slice(0, parts.findIndex((p) => p.id === partId) + 1);
    await db.parts.bulkPut(through.map((p) => (p.state === 'read' ? p : markedRead(p, now))));
    await db.series.update(part.seriesId, { lastActivityAt: now });
  });
}

/** Reading in the offline reader: the same forward-only rules as a visit to the live page. */
export async function recordProgress(
  db: LibraryDb,
  partId: string,
  progress: { furthest: number; last: number; read: boolean },
  now: number,
) {
  await db.transaction('rw', db.parts, db.series, async () => {
    const part = await db.parts.get(partId);
    if (!part) throw new Error('no such part');
    await db.parts.put(advance(part, progress.read ? 'read' : 'reading', progress, now));
    await db.series.update(part.seriesId, { lastActivityAt: now });
  });
}

/** The reader's note on a part or a series, as plain text; an empty note is removed. */
export async function setNote(
  db: LibraryDb,
  target: NoteTarget,
  id: string,
  text: string,
  now: number,
) {
  await db.transaction('rw', db.parts, db.series, db.notes, async () => {
    const exists = target === 'part' ? await db.parts.get(id) : await db.series.get(id);
    if (!exists) throw new Error(target === 'part' ? t('savePartGone') : t('seriesGone'));
    const key = noteId(target, id);
    const trimmed = text.trim();
    if (trimmed) await db.notes.put({ id: key, text: trimmed, updatedAt: now });
    else await db.notes.delete(key);
  });
}

/**
 * "Delete everything": every series, part, note, bookmark, offline copy and save job, in one
 * transaction, so a failure half-way leaves the library as it was.
 */
export async function wipeLibrary(db: LibraryDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}
