import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupCopy,
  type BackupPart,
  type BackupSeries,
} from '../core/backup/format';
import { toBase64 } from '../core/offline/captured';
import { PART_FIELDS, pick, SERIES_FIELDS } from './backup-plan';
import { byPartOrder } from './queries';
import { noteId, type LibraryDb, type NoteRow, type OfflineCopyRow, type PartRow } from './schema';

/** The read side of backups: what an export holds, read in one transaction. */

export interface ExportOptions {
  /** One series, or (undefined) the whole library. */
  seriesId?: string;
  /** Include offline copies (their size is shown to the reader first). */
  offline?: boolean;
  /** Called as series are read, for large libraries: done of total. */
  progress?: (done: number, total: number) => void;
}

async function copyOf(copy: OfflineCopyRow): Promise<BackupCopy> {
  return {
    title: copy.title,
    byline: copy.byline,
    html: copy.html,
    images: await Promise.all(
      copy.images.map(async (blob) =>
        blob
          ? { type: blob.type, base64: toBase64(new Uint8Array(await blob.arrayBuffer())) }
          : null,
      ),
    ),
    dropped: copy.dropped,
    sourceUrl: copy.sourceUrl,
    savedAt: copy.savedAt,
  };
}

const noteOf = (note: NoteRow | undefined) =>
  note ? { text: note.text, updatedAt: note.updatedAt } : null;

export async function buildBackup(
  db: LibraryDb,
  { seriesId, offline = false, progress }: ExportOptions = {},
  now = Date.now(),
): Promise<Backup> {
  const { series, parts, bookmarks, notes, untracked, copies } = await db.transaction(
    'r',
    [db.series, db.parts, db.bookmarks, db.notes, db.untracked, db.offline],
    async () => {
      const series = seriesId
        ? (await db.series.bulkGet([seriesId])).flatMap((s) => (s ? [s] : []))
        : await db.series.orderBy('lastActivityAt').reverse().toArray();
      const parts = seriesId
        ? await db.parts.where('seriesId').equals(seriesId).toArray()
        : await db.parts.toArray();
      return {
        series,
        parts,
        bookmarks: new Map((await db.bookmarks.toArray()).map((b) => [b.partId, b.createdAt])),
        notes: new Map((await db.notes.toArray()).map((n) => [n.id, n])),
        untracked: seriesId ? [] : await db.untracked.toArray(),
        // Blobs are read inside the transaction; their bytes are encoded after it.
        copies: offline
          ? await db.offline.bulkGet(parts.filter((p) => p.offline).map((p) => p.id))
          : [],
      };
    },
  );
  const copyByPart = new Map(copies.flatMap((c) => (c ? [[c.partId, c] as const] : [])));
  const bySeries = new Map<string, PartRow[]>();
  for (const part of parts) {
    const list = bySeries.get(part.seriesId);
    if (list) list.push(part);
    else bySeries.set(part.seriesId, [part]);
  }
  const outSeries: BackupSeries[] = [];
  const outParts: BackupPart[] = [];
  for (const [index, s] of series.entries()) {
    outSeries.push({
      id: s.id,
      ...pick(s, SERIES_FIELDS),
      evidence: s.evidence ?? [],
      note: noteOf(notes.get(noteId('series', s.id))),
    });
    for (const p of (bySeries.get(s.id) ?? []).sort(byPartOrder)) {
      const copy = copyByPart.get(p.id);
      outParts.push({
        id: p.id,
        seriesId: p.seriesId,
        ...pick(p, PART_FIELDS),
        bookmarkedAt: bookmarks.get(p.id) ?? null,
        note: noteOf(notes.get(noteId('part', p.id))),
        offline: copy ? await copyOf(copy) : null,
      });
    }
    progress?.(index + 1, series.length);
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    series: outSeries,
    parts: outParts,
    untracked: untracked.map((u) => ({ url: u.url, createdAt: u.createdAt })),
  };
}
