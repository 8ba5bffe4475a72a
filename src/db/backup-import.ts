import type { Backup } from '../core/backup/format';
import { decodeCapture } from '../core/offline/captured';
import { planImport, readLocal, type ImportSummary } from './backup-plan';
import { toCopyRow } from './copy-row';
import type { LibraryDb, OfflineCopyRow } from './schema';

/**
 * Imports a checked backup in one transaction: on any error nothing changes. The background
 * alone calls this; the plan it writes is the one the preview showed, worked out again
 * against the library as it is now.
 */
export async function importBackup(
  db: LibraryDb,
  backup: Backup,
  now: number,
): Promise<ImportSummary> {
  return db.transaction(
    'rw',
    [db.series, db.parts, db.bookmarks, db.notes, db.untracked, db.offline],
    async () => {
      const plan = planImport(await readLocal(db), backup, now);
      const copies: OfflineCopyRow[] = plan.copies.map(({ partId, copy }) => ({
        ...toCopyRow(partId, decodeCapture(copy), copy.sourceUrl, copy.savedAt),
      }));
      const summaries = new Map(copies.map((c) => [c.partId, c]));
      await db.series.bulkPut(plan.series);
      await db.parts.bulkPut(
        plan.parts.map((p) => {
          const copy = summaries.get(p.id);
          if (!copy) return p;
          const images = copy.images.filter(Boolean).length;
          const offline = {
            bytes: copy.bytes,
            savedAt: copy.savedAt,
            images,
            dropped: copy.dropped.length,
          };
          return { ...p, offline };
        }),
      );
      await db.bookmarks.bulkPut(plan.bookmarks);
      await db.notes.bulkPut(plan.notes);
      await db.untracked.bulkPut(plan.untracked);
      await db.offline.bulkPut(copies);
      return plan.summary;
    },
  );
}
