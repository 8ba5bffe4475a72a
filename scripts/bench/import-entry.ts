import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../src/core/backup/format';
import { importBackup } from '../../src/db/backup-import';
import { planImport } from '../../src/db/backup-plan';
import { LibraryDb } from '../../src/db/schema';
import { checkBackup } from '../../src/messaging/backup-schema';

/** A colleague's library: `series` series of `perSeries` parts, a third read, some notes. */
function library(series: number, perSeries: number): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(0).toISOString(),
    series: [],
    parts: [],
    untracked: [],
  };
  for (let s = 0; s < series; s++) {
    backup.series.push({
      id: `s${s}`,
      key: `series ${s}|author ${s % 97}`,
      aliases: [],
      title: `Series ${s}`,
      userTitle: null,
      author: `Author ${s % 97}`,
      platforms: ['khub'],
      evidence: ['title ends with "- 1"'],
      createdAt: 1_700_000_000_000,
      lastActivityAt: 1_700_000_000_000 + s,
      note: s % 10 === 0 ? { text: `Notes on series ${s}`, updatedAt: 1 } : null,
    });
    for (let n = 1; n <= perSeries; n++) {
      backup.parts.push({
        id: `p${s}-${n}`,
        seriesId: `s${s}`,
        number: n,
        userNumber: null,
        title: `Series ${s} - ${n}`,
        urls: [`https://khub.net/web/group/-/blogs/series-${s}-${n}`],
        platforms: ['khub'],
        state: n % 3 === 0 ? 'read' : n % 3 === 1 ? 'reading' : 'unvisited',
        furthest: n % 3 === 0 ? 1 : 0.4,
        lastPosition: 0.4,
        publishedAt: null,
        firstSeenAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
        readAt: n % 3 === 0 ? 1_700_000_000_000 : null,
        bookmarkedAt: n === 2 ? 1_700_000_000_000 : null,
        note: n === 1 ? { text: `A note on part ${n}`, updatedAt: 1 } : null,
        offline: null,
      });
    }
  }
  return backup;
}

async function fresh(name: string): Promise<LibraryDb> {
  const db = new LibraryDb(name);
  await db.delete();
  await db.open();
  return db;
}

/**
 * Importing `series × perSeries` parts into an empty library (the background's check at its
 * door, then importBackup), against a raw Dexie bulkPut of the same rows into the same tables.
 */
async function importBench(series: number, perSeries: number) {
  const backup = library(series, perSeries);
  const rows = planImport(
    { series: [], parts: [], bookmarks: [], notes: [], untracked: [] },
    backup,
    1,
  );
  const raw = await fresh('bench-bulkput');
  let start = performance.now();
  await raw.transaction('rw', [raw.series, raw.parts, raw.bookmarks, raw.notes], async () => {
    await raw.series.bulkPut(rows.series);
    await raw.parts.bulkPut(rows.parts);
    await raw.bookmarks.bulkPut(rows.bookmarks);
    await raw.notes.bulkPut(rows.notes);
  });
  const bulkPutMs = performance.now() - start;
  raw.close();
  const db = await fresh('bench-import');
  start = performance.now();
  await importBackup(db, checkBackup(structuredClone(backup)).backup, 1);
  const importMs = performance.now() - start;
  const parts = await db.parts.count();
  db.close();
  return { bulkPutMs, importMs, parts };
}

Object.assign(globalThis, { InstalmentsImportBench: importBench });
