import { t } from '../core/i18n';
import { mergePart } from '../core/progress/merge';
import type {
  Backup,
  BackupCopy,
  BackupNote,
  BackupPart,
  BackupSeries,
} from '../core/backup/format';
import { joinNotes } from '../core/backup/notes';
import {
  noteId,
  partLabel,
  partNumber,
  type BookmarkRow,
  type LibraryDb,
  type NoteRow,
  type PartRow,
  type SeriesRow,
  type UntrackedRow,
} from './schema';

/**
 * How a backup merges into a library, worked out before anything is written: the import's
 * preview shows its summary, and the import writes exactly its rows. Rules: a series is the
 * same when its key (or an alias) is; a part when a URL is, or its number within the same
 * series; the furthest position wins; read wins over unread; bookmarks are a union; where
 * both have a note that differs, both are kept; the reader's own titles and numbers stand.
 */

export interface ImportSummary {
  newSeries: number;
  newParts: number;
  updatedSeries: number;
  updatedParts: number;
  copies: number;
  /** What differed and how it was settled, in the reader's words. */
  conflicts: string[];
}

export interface LocalLibrary {
  series: SeriesRow[];
  parts: PartRow[];
  bookmarks: BookmarkRow[];
  notes: NoteRow[];
  untracked: UntrackedRow[];
}

export interface ImportPlan {
  series: SeriesRow[];
  parts: PartRow[];
  bookmarks: BookmarkRow[];
  notes: NoteRow[];
  untracked: UntrackedRow[];
  copies: { partId: string; copy: BackupCopy }[];
  summary: ImportSummary;
}

export async function readLocal(db: LibraryDb): Promise<LocalLibrary> {
  return db.transaction(
    'r',
    [db.series, db.parts, db.bookmarks, db.notes, db.untracked],
    async () => ({
      series: await db.series.toArray(),
      parts: await db.parts.toArray(),
      bookmarks: await db.bookmarks.toArray(),
      notes: await db.notes.toArray(),
      untracked: await db.untracked.toArray(),
    }),
  );
}

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields a backup and the library share, named once: the export copies them out of the
 * rows, the import copies them back in. (Notes, bookmarks and copies have tables of their own.)
 */
export const SERIES_FIELDS = [
  'key',
  'aliases',
  'title',
  'userTitle',
  'author',
  'platforms',
  'total',
  'createdAt',
  'lastActivityAt',
] as const satisfies readonly (keyof SeriesRow & keyof BackupSeries)[];

export const PART_FIELDS = [
  'number',
  'userNumber',
  'title',
  'urls',
  'platforms',
  'state',
  'furthest',
  'lastPosition',
  'publishedAt',
  'firstSeenAt',
  'updatedAt',
  'readAt',
  'words',
] as const satisfies readonly (keyof PartRow & keyof BackupPart)[];

export function pick<T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = from[key];
  return out;
}

const seriesRow = (s: BackupSeries, id: string): SeriesRow => ({
  id,
  ...pick(s, SERIES_FIELDS),
  evidence: s.evidence,
});

const partRow = (p: BackupPart, id: string, seriesId: string): PartRow => ({
  id,
  seriesId,
  ...pick(p, PART_FIELDS),
});

const largest = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

function mergeSeriesRow(local: SeriesRow, s: BackupSeries): SeriesRow {
  return {
    ...local,
    aliases: union(local.aliases, [s.key, ...s.aliases]).filter((k) => k !== local.key),
    userTitle: local.userTitle ?? s.userTitle,
    author: local.author ?? s.author,
    platforms: union(local.platforms, s.platforms),
    evidence: local.evidence ?? s.evidence,
    ...(largest(local.total, s.total) !== undefined && { total: largest(local.total, s.total) }),
    createdAt: Math.min(local.createdAt, s.createdAt),
    lastActivityAt: Math.max(local.lastActivityAt, s.lastActivityAt),
  };
}

const mergePartRow = (local: PartRow, p: BackupPart): PartRow => mergePart(local, p);

export function planImport(local: LocalLibrary, backup: Backup, now: number): ImportPlan {
  const summary: ImportSummary = {
    newSeries: 0,
    newParts: 0,
    updatedSeries: 0,
    updatedParts: 0,
    copies: 0,
    conflicts: [],
  };
  const usedIds = new Set([...local.series.map((s) => s.id), ...local.parts.map((p) => p.id)]);
  const freshId = (id: string) => (usedIds.has(id) ? crypto.randomUUID() : id);

  // Rows as they will be after the import, by id; written only where they changed.
  const series = new Map(local.series.map((s) => [s.id, s]));
  const parts = new Map(local.parts.map((p) => [p.id, p]));
  const notes = new Map(local.notes.map((n) => [n.id, n]));
  const bookmarked = new Set(local.bookmarks.map((b) => b.partId));
  const changedSeries = new Set<string>();
  const changedParts = new Set<string>();
  const changedNotes = new Set<string>();

  const seriesByKey = new Map<string, string>();
  const indexSeries = (s: SeriesRow) => {
    for (const key of [s.key, ...s.aliases]) if (!seriesByKey.has(key)) seriesByKey.set(key, s.id);
  };
  local.series.forEach(indexSeries);
  const partByUrl = new Map<string, string>();
  const partByNumber = new Map<string, string>();
  const indexPart = (p: PartRow) => {
    for (const url of p.urls) if (!partByUrl.has(url)) partByUrl.set(url, p.id);
    const n = partNumber(p);
    if (n !== null && !partByNumber.has(`${p.seriesId}#${n}`)) {
      partByNumber.set(`${p.seriesId}#${n}`, p.id);
    }
  };
  local.parts.forEach(indexPart);

  const addNote = (id: string, note: BackupNote | null, what: string) => {
    if (!note?.text) return;
    const kept = notes.get(id);
    if (!kept) {
      notes.set(id, { id, text: note.text, updatedAt: note.updatedAt });
    } else {
      const joined = joinNotes(kept.text, note.text);
      if (joined === kept.text) return;
      summary.conflicts.push(t('conflictNotes', what));
      notes.set(id, { id, text: joined, updatedAt: now });
    }
    changedNotes.add(id);
  };

  const seriesIdOf = new Map<string, string>();
  for (const s of backup.series) {
    const matchId = [s.key, ...s.aliases].map((k) => seriesByKey.get(k)).find(Boolean);
    const match = matchId ? series.get(matchId) : undefined;
    let row: SeriesRow;
    if (match) {
      row = mergeSeriesRow(match, s);
      if (match.userTitle && s.userTitle && match.userTitle !== s.userTitle) {
        summary.conflicts.push(t('conflictSeriesTitle', match.userTitle, s.userTitle));
      }
      if (!same(row, match) && !changedSeries.has(row.id)) summary.updatedSeries += 1;
    } else {
      row = seriesRow(s, freshId(s.id));
      usedIds.add(row.id);
      summary.newSeries += 1;
    }
    series.set(row.id, row);
    if (!match || !same(row, match)) changedSeries.add(row.id);
    indexSeries(row);
    seriesIdOf.set(s.id, row.id);
    addNote(noteId('series', row.id), s.note, t('conflictSeriesName', row.userTitle ?? row.title));
  }

  const copies: ImportPlan['copies'] = [];
  const bookmarkTimes = new Map<string, number>();
  for (const p of backup.parts) {
    const seriesId = seriesIdOf.get(p.seriesId);
    if (!seriesId) continue; // the schema guarantees one; kept for the type's sake
    const n = p.userNumber ?? p.number;
    const matchId =
      p.urls.map((u) => partByUrl.get(u)).find(Boolean) ??
      (n === null ? undefined : partByNumber.get(`${seriesId}#${n}`));
    const match = matchId ? parts.get(matchId) : undefined;
    let row: PartRow;
    if (match) {
      row = mergePartRow(match, p);
      if (match.userNumber && p.userNumber && match.userNumber !== p.userNumber) {
        summary.conflicts.push(
          t('conflictPartNumber', partLabel(match), match.userNumber, p.userNumber),
        );
      }
      if (!same(row, match) && !changedParts.has(row.id)) summary.updatedParts += 1;
    } else {
      row = partRow(p, freshId(p.id), seriesId);
      usedIds.add(row.id);
      summary.newParts += 1;
    }
    const addsCopy = p.offline !== null && !row.offline;
    if (p.offline && addsCopy) {
      copies.push({ partId: row.id, copy: p.offline });
      summary.copies += 1;
    }
    parts.set(row.id, row);
    // A part that gains a copy is written too: it carries the copy's summary.
    if (!match || addsCopy || !same(row, match)) changedParts.add(row.id);
    indexPart(row);
    if (p.bookmarkedAt !== null) {
      bookmarked.add(row.id);
      // By the row's id: a part merged into the reader's own, or given a fresh id, keeps its date.
      bookmarkTimes.set(row.id, p.bookmarkedAt);
    }
    addNote(noteId('part', row.id), p.note, t('conflictPartName', partLabel(row)));
  }

  const localBookmarks = new Set(local.bookmarks.map((b) => b.partId));
  const knownUntracked = new Set(local.untracked.map((u) => u.url));
  return {
    series: [...changedSeries].flatMap((id) => series.get(id) ?? []),
    parts: [...changedParts].flatMap((id) => parts.get(id) ?? []),
    bookmarks: [...bookmarked]
      .filter((id) => !localBookmarks.has(id))
      .map((partId) => ({ partId, createdAt: bookmarkTimes.get(partId) ?? now })),
    notes: [...changedNotes].flatMap((id) => notes.get(id) ?? []),
    untracked: backup.untracked.filter((u) => !knownUntracked.has(u.url)),
    copies,
    summary,
  };
}

/** What importing `backup` would do, without writing: the preview. */
export async function previewImport(
  db: LibraryDb,
  backup: Backup,
  now = Date.now(),
): Promise<ImportSummary> {
  return planImport(await readLocal(db), backup, now).summary;
}
