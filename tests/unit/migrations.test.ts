import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { listSeries } from '../../src/db/queries';
import { startSeriesJob } from '../../src/db/offline-store';
import { recordPart } from '../../src/db/repository';
import { LibraryDb, SCHEMA_VERSIONS } from '../../src/db/schema';
import { report } from './fixtures';

/**
 * The pattern for every schema version: write rows as version N-1 stored them, open the
 * database with every version, and read them back through today's queries.
 */
async function writeAsVersion(name: string, version: number, write: (db: Dexie) => Promise<void>) {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  await old.open();
  await write(old);
  old.close();
}

/** A series and a part as versions 2 and 3 stored them. */
const SERIES_V2 = {
  id: 's1',
  key: 'k',
  aliases: [],
  title: 'T',
  userTitle: null,
  author: null,
  platforms: ['web'],
  createdAt: 1,
  lastActivityAt: 1,
};
const PART_V2 = {
  id: 'p1',
  seriesId: 's1',
  number: 1,
  userNumber: null,
  title: null,
  urls: ['https://example.org/a'],
  platforms: ['web'],
  state: 'read',
  furthest: 1,
  lastPosition: 0,
  publishedAt: null,
  firstSeenAt: 1,
  updatedAt: 1,
  readAt: 1,
};

describe('schema migrations', () => {
  test('v2 → v3: a part renumbered by hand under v2 is found by its new number', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await writeAsVersion(name, 2, async (db) => {
      await db.table('series').add(SERIES_V2);
      await db.table('parts').add({ ...PART_V2, userNumber: 4 });
    });
    const db = new LibraryDb(name);
    const ref = await recordPart(
      db,
      { ...report(4, 'reading', { seriesKey: 'k' }), url: 'https://example.org/copy-of-4' },
      2,
    );
    expect(ref?.partId).toBe('p1');
    expect((await db.parts.get('p1'))?.urls).toEqual([
      'https://example.org/a',
      'https://example.org/copy-of-4',
    ]);
    db.close();
  });

  test('v3 → v4: parts written by v3 have no offline copy, and a save job can be started', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await writeAsVersion(name, 3, async (db) => {
      await db.table('series').add(SERIES_V2);
      await db.table('parts').add(PART_V2);
    });
    const db = new LibraryDb(name);
    const [summary] = await listSeries(db);
    expect(summary?.parts[0]?.offline).toBeUndefined();
    const jobId = await startSeriesJob(db, 's1', 2);
    expect(await db.jobs.get(jobId)).toMatchObject({ partIds: ['p1'], status: 'running' });
    db.close();
  });

  test('versions are appended in order, each with stores', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  test('v1 → v2: series and parts written by v1 read back with positions and edits defaulted', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await writeAsVersion(name, 1, async (db) => {
      await db.table('series').add({
        id: 's1',
        key: 'journey to the cloud|sam okafor',
        title: 'Journey to the Cloud',
        author: 'Sam Okafor',
        platforms: ['khub'],
        createdAt: 1,
        lastActivityAt: 2,
      });
      await db.table('parts').bulkAdd([
        {
          id: 'p1',
          seriesId: 's1',
          number: 1,
          title: 'Journey to the Cloud - 1',
          urls: ['https://khub.net/j-1'],
          platforms: ['khub'],
          state: 'read',
          firstSeenAt: 1,
          updatedAt: 2,
          readAt: 2,
        },
        {
          id: 'p2',
          seriesId: 's1',
          number: 2,
          title: null,
          urls: ['https://khub.net/j-2'],
          platforms: ['khub'],
          state: 'unvisited',
          firstSeenAt: 1,
          updatedAt: 1,
          readAt: null,
        },
      ]);
    });
    const db = new LibraryDb(name);
    const [summary] = await listSeries(db);
    expect(summary?.series).toMatchObject({ aliases: [], userTitle: null });
    expect(summary?.parts.map((p) => [p.id, p.furthest, p.lastPosition, p.userNumber])).toEqual([
      ['p1', 1, 0, null],
      ['p2', 0, 0, null],
    ]);
    expect(summary).toMatchObject({ read: 1, known: 2 });
    // And the migrated library keeps working: the next visit lands in the same series.
    await recordPart(
      db,
      {
        ...report(2, 'read', { seriesKey: 'journey to the cloud|sam okafor' }),
        url: 'https://khub.net/j-2',
      },
      3,
    );
    expect((await listSeries(db))[0]).toMatchObject({ read: 2, known: 2 });
    db.close();
  });
});
