import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { clipRow } from './clip';
import type { FollowRow } from '../core/follow/schedule';
import type {
  BookmarkRow,
  NoteRow,
  OfflineCopyRow,
  PartRow,
  SaveJobRow,
  SeriesRow,
  UntrackedRow,
} from './rows';

export type * from './rows';
export { noteId, partLabel, partNumber, seriesTitle } from './rows';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version of the schema, appended and never edited: a database written by any earlier
 * release opens with all of them. Index only what a query uses; article bodies live in their
 * own table so listing the library never loads them.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // 2026-11-26 v1: series by key and by last activity; parts by series in part order and by URL.
    version: 1,
    stores: {
      series: 'id, &key, lastActivityAt',
      parts: 'id, seriesId, [seriesId+number], *urls',
    },
  },
  {
    // 2026-11-26 v2: reading positions, user edits (titles, numbers, merged keys, untracked
    // pages), bookmarks, notes and offline copies.
    version: 2,
    stores: {
      series: 'id, &key, lastActivityAt, *aliases',
      bookmarks: 'partId',
      notes: 'id',
      offline: 'partId',
      untracked: 'url',
    },
    upgrade: async (tx) => {
      await tx
        .table('series')
        .toCollection()
        .modify((s: Partial<SeriesRow>) => {
          s.aliases ??= [];
          s.userTitle ??= null;
        });
      await tx
        .table('parts')
        .toCollection()
        .modify((p: Partial<PartRow>) => {
          p.userNumber ??= null;
          p.furthest ??= p.state === 'read' ? 1 : 0;
          p.lastPosition ??= 0;
          p.publishedAt ??= null;
        });
    },
  },
  {
    // 2026-11-26 v3: a part by the number the user gave it, so matching a detected number
    // never scans a series.
    version: 3,
    stores: {
      parts: 'id, seriesId, [seriesId+number], [seriesId+userNumber], *urls',
    },
  },
  {
    // 2026-11-26 v4: saving for offline reading that survives the worker stopping (jobs).
    // Offline copies keep their table; a part's copy summary is an unindexed field.
    version: 4,
    stores: { jobs: 'id, seriesId, status' },
  },
  {
    // 2026-12-05 v5: following a series for new parts, one row per followed series; parts a
    // check found, by when (only they have `foundAt`, so the index holds only them).
    version: 5,
    stores: {
      follows: 'seriesId',
      parts: 'id, seriesId, [seriesId+number], [seriesId+userNumber], *urls, foundAt',
    },
  },
];

export const DEFAULT_DB_NAME = 'instalments';

/** A second connection to the same library whose commits are on disk before they resolve. */
export function durable(db: LibraryDb): LibraryDb {
  return new LibraryDb(db.name, SCHEMA_VERSIONS, 'strict');
}

export class LibraryDb extends Dexie {
  series!: EntityTable<SeriesRow, 'id'>;
  parts!: EntityTable<PartRow, 'id'>;
  bookmarks!: EntityTable<BookmarkRow, 'partId'>;
  notes!: EntityTable<NoteRow, 'id'>;
  offline!: EntityTable<OfflineCopyRow, 'partId'>;
  untracked!: EntityTable<UntrackedRow, 'url'>;
  jobs!: EntityTable<SaveJobRow, 'id'>;
  follows!: EntityTable<FollowRow, 'seriesId'>;

  /**
   * Relaxed durability by default: a reading event lost to a power cut is re-sent on the next
   * visit, and relaxed commits are several times cheaper in Chromium. An import or a wipe,
   * which nothing re-sends, goes through a 'strict' connection (see `durable`).
   */
  constructor(
    name: string = DEFAULT_DB_NAME,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
    durability: 'relaxed' | 'strict' = 'relaxed',
  ) {
    super(name, { chromeTransactionDurability: durability });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    // Below every write path (add, put, update, modify, bulk and upgrade alike), so no
    // caller can store what a backup could not carry.
    this.use({
      stack: 'dbcore',
      name: 'clip-to-limits',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              req.type === 'add' || req.type === 'put'
                ? table.mutate({ ...req, values: req.values.map((row) => clipRow(name, row)) })
                : table.mutate(req),
          };
        },
      }),
    });
  }
}
