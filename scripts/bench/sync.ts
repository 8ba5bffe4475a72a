import 'fake-indexeddb/auto';
import { createSync, type SyncArea } from '../../background/sync/service';
import type { SyncLibrary, SyncPart } from '../../src/core/sync/library';
import { NO_STATUS, type SyncStatus } from '../../src/core/sync/status';
import { recordPart } from '../../src/db/repository';
import { LibraryDb } from '../../src/db/schema';
import { encodeLibrary, itemBytes, SYNC_QUOTA } from '../../src/messaging/sync-items';

/**
 * Sync against the browsers' quotas: the bytes a library of 200 series and 2,000 parts takes
 * in `storage.sync` (and how much of it fits), against the same library as JSON; and the
 * writes an hour of continuous reading makes, with a report every 5 seconds and a part
 * finished every 10 minutes, on a simulated clock.
 */
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

function library(seriesCount: number, perSeries: number): SyncLibrary {
  const series = Array.from({ length: seriesCount }, (_, s) => ({
    key: `journey to the cloud ${s}|sam okafor ${s % 17}`,
    aliases: [],
    title: `Journey to the Cloud ${s}`,
    userTitle: null,
    userTitleAt: 0,
    author: `Sam Okafor ${s % 17}`,
    platforms: ['khub'],
    total: null,
    createdAt: START + s * DAY,
    lastActivityAt: START + s * DAY + 5 * DAY,
  }));
  const parts: SyncPart[] = series.flatMap((s, i) =>
    Array.from({ length: perSeries }, (_, n) => {
      const at = s.createdAt + n * 3_600_000 + 123;
      const state = n < perSeries / 2 ? 'read' : n === perSeries / 2 ? 'reading' : 'unvisited';
      return {
        urls: [
          `https://khub.net/web/digital-leaders-${i % 9}/-/blogs/journey-to-the-cloud-${i}-${n + 1}`,
        ],
        series: s.key,
        number: n + 1,
        userNumber: null,
        title: `Journey to the Cloud ${i} - ${n + 1}`,
        state,
        furthest: state === 'read' ? 1 : state === 'reading' ? 0.4137 : 0,
        lastPosition: state === 'reading' ? 0.4137 : 0,
        positionAt: at,
        publishedAt: null,
        firstSeenAt: s.createdAt,
        updatedAt: at,
        readAt: state === 'read' ? at : null,
        editedAt: state === 'read' ? at : 0,
        movedAt: s.createdAt,
        bookmark: n === 0 ? at : 0,
        words: 1_400 + n,
      };
    }),
  );
  return { series, parts, wipedAt: 0 };
}

async function writesPerHour(): Promise<{ writes: number; reports: number }> {
  let now = START;
  const items: Record<string, unknown> = {};
  let writes = 0;
  const area: SyncArea = {
    get: async () => structuredClone(items),
    set: async (changed) => {
      writes++;
      Object.assign(items, structuredClone(changed));
    },
    remove: async (keys) => {
      writes++;
      for (const key of keys) delete items[key];
    },
  };
  const timers: { at: number; run: () => void }[] = [];
  let status: SyncStatus = NO_STATUS;
  const db = new LibraryDb(`bench-sync-${Math.random()}`);
  const sync = createSync(db, {
    area,
    now: () => now,
    enabled: async () => true,
    status: { get: async () => status, set: async (s) => void (status = s) },
    later: (ms, run) => timers.push({ at: now + ms, run }),
  });
  let reports = 0;
  const HOUR = 3_600_000;
  for (let t = 0; t < HOUR; t += 5_000) {
    now = START + t;
    const part = Math.floor(t / 600_000) + 1;
    const into = (t % 600_000) / 600_000;
    const done = into > 0.99 - 5_000 / 600_000;
    await recordPart(
      db,
      {
        url: `https://khub.net/web/g/-/blogs/journey-to-the-cloud-${part}`,
        title: `Journey to the Cloud - ${part}`,
        state: done ? 'read' : 'reading',
        progress: { furthest: into, last: into },
        detection: {
          seriesTitle: 'Journey to the Cloud',
          seriesKey: 'journey to the cloud|sam okafor',
          part,
          total: null,
          author: 'Sam Okafor',
          platform: 'khub',
          siblings: [],
          confidence: 0.9,
          evidence: [],
        },
      },
      now,
    );
    reports++;
    // As the background does after every handled message.
    sync.changed();
    for (const timer of timers.splice(0).filter((x) => x.at <= now)) timer.run();
    await sync.start().catch(() => undefined);
  }
  await db.delete();
  return { writes, reports };
}

export async function measureSync(): Promise<Record<string, number>> {
  const big = library(200, 10);
  const { items, left, bytes } = encodeLibrary(big);
  const json = new TextEncoder().encode(JSON.stringify(big)).length;
  const everything = encodeLibrary(big, { ...SYNC_QUOTA, bytes: Infinity, items: Infinity });
  const { writes, reports } = await writesPerHour();
  return {
    sync_library_series: big.series.length,
    sync_library_parts: big.parts.length,
    sync_all_bytes: everything.bytes,
    sync_all_vs_json_ratio: Math.round((everything.bytes / json) * 100) / 100,
    sync_bytes_used: bytes,
    sync_items_used: Object.keys(items).length,
    sync_max_item_bytes: Math.max(...Object.entries(items).map(([k, v]) => itemBytes(k, v))),
    sync_series_kept: big.series.length - left.length,
    sync_series_left_out: left.length,
    sync_reading_reports_per_hour: reports,
    sync_writes_per_hour_reading: writes,
  };
}
