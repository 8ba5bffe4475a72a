import Dexie, { type EntityTable } from 'dexie';

export type PartState = 'unvisited' | 'reading' | 'read';

export interface SeriesRow {
  id: string;
  /** Normalised base title + author: the same series on any platform. */
  key: string;
  title: string;
  author: string | null;
  platforms: string[];
  createdAt: number;
  lastActivityAt: number;
}

export interface PartRow {
  id: string;
  seriesId: string;
  number: number | null;
  title: string | null;
  /** Every URL the part is known by (the original and its cross-posts). */
  urls: string[];
  platforms: string[];
  state: PartState;
  firstSeenAt: number;
  updatedAt: number;
  readAt: number | null;
}

export const DEFAULT_DB_NAME = 'instalments';

export class LibraryDb extends Dexie {
  series!: EntityTable<SeriesRow, 'id'>;
  parts!: EntityTable<PartRow, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // Relaxed durability: a reading event lost to a power cut is re-sent on the next visit,
    // and relaxed commits are several times cheaper in Chromium.
    super(name, { chromeTransactionDurability: 'relaxed' });
    // 2026-11-26 v1: series by key and by last activity; parts by series in part order and by URL.
    this.version(1).stores({
      series: 'id, &key, lastActivityAt',
      parts: 'id, seriesId, [seriesId+number], *urls',
    });
  }
}
