import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { createSync, type SyncArea } from '../../background/sync/service';
import {
  decodeItems,
  encodeLibrary,
  itemBytes,
  SYNC_QUOTA,
  travels,
} from '../../src/messaging/sync-items';
import {
  EMPTY_LIBRARY,
  joinLibraries,
  livePart,
  withParts,
  type SyncLibrary,
  type SyncPart,
  type SyncSeries,
} from '../../src/core/sync/library';
import { NO_STATUS, type SyncStatus } from '../../src/core/sync/status';
import {
  markPart,
  mergeSeries,
  recordPart,
  removeParts,
  renameSeries,
  setBookmark,
  wipeLibrary,
} from '../../src/db/repository';
import type { LibraryDb } from '../../src/db/schema';
import { readSyncLibrary } from '../../src/db/sync-store';
import { freshDb, report } from './fixtures';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings';
import type { SiteLog } from '../../src/core/sync/sites';

/**
 * The browsers' sync area, with their quotas: a write over any of them is refused whole, as
 * Chrome and Firefox refuse it. Every computer's writes reach the others only when the test
 * delivers them.
 */
class FakeSyncArea {
  items: Record<string, unknown> = {};
  writes: number[] = [];
  constructor(private readonly clock: () => number) {}

  bytes(items = this.items): number {
    return Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  }

  area(): SyncArea {
    return {
      get: async () => structuredClone(this.items),
      set: async (items) => {
        const now = this.clock();
        const minute = this.writes.filter((t) => t > now - 60_000).length;
        const hour = this.writes.filter((t) => t > now - 3_600_000).length;
        if (minute >= SYNC_QUOTA.writesPerMinute)
          throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE');
        if (hour >= SYNC_QUOTA.writesPerHour) throw new Error('MAX_WRITE_OPERATIONS_PER_HOUR');
        const next = { ...this.items, ...structuredClone(items) };
        for (const [k, v] of Object.entries(items)) {
          if (itemBytes(k, v) > SYNC_QUOTA.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM');
        }
        if (this.bytes(next) > SYNC_QUOTA.bytes) throw new Error('QUOTA_BYTES');
        if (Object.keys(next).length > SYNC_QUOTA.items) throw new Error('MAX_ITEMS');
        this.items = next;
        this.writes.push(now);
      },
      remove: async (keys) => {
        for (const k of keys) delete this.items[k];
        this.writes.push(this.clock());
      },
    };
  }
}

/** One computer: its own library and settings, its own sync service, the shared area. */
function computer(shared: FakeSyncArea, clock: () => number) {
  const db = freshDb();
  let status: SyncStatus = NO_STATUS;
  let settings: Settings = DEFAULT_SETTINGS;
  let sites: SiteLog = {};
  const timers: (() => void)[] = [];
  const sync = createSync(db, {
    area: shared.area(),
    now: clock,
    enabled: async () => true,
    status: { get: async () => status, set: async (s) => void (status = s) },
    sites: { get: async () => sites, set: async (log) => void (sites = log) },
    settings: {
      get: async () => settings,
      take: async (values, at) => void (settings = { ...settings, ...values, changedAt: at }),
    },
    later: (_ms, push) => timers.push(push),
  });
  const change = (values: Partial<Settings>) =>
    (settings = { ...settings, ...values, changedAt: clock() });
  const note = (origin: string, allowed: boolean) =>
    (sites = { ...sites, [origin]: allowed ? clock() : -clock() });
  return {
    db,
    sync,
    status: () => status,
    timers,
    settings: () => settings,
    change,
    sites: () => sites,
    note,
  };
}

const dbs: LibraryDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const KEY = 'journey to the cloud|sam okafor';

const series = (over: Partial<SyncSeries> = {}): SyncSeries => ({
  key: KEY,
  aliases: [],
  title: 'Journey to the Cloud',
  userTitle: null,
  userTitleAt: 0,
  author: 'Sam Okafor',
  platforms: ['khub'],
  total: null,
  createdAt: 1_000,
  lastActivityAt: 2_000,
  ...over,
});

const part = (n: number, over: Partial<SyncPart> = {}): SyncPart => ({
  urls: [`https://khub.net/web/digital-leaders/-/blogs/journey-to-the-cloud-${n}`],
  series: KEY,
  number: n,
  userNumber: null,
  title: `Journey to the Cloud - ${n}`,
  state: 'read',
  furthest: 1,
  lastPosition: 0.5,
  positionAt: 2_000,
  publishedAt: null,
  firstSeenAt: 1_000,
  updatedAt: 2_000,
  readAt: 2_000,
  editedAt: 0,
  movedAt: 0,
  bookmark: 0,
  words: 1200,
  ...over,
});

describe('the sync format', () => {
  test('a library written as items reads back the same, each item within its quota', () => {
    const library: SyncLibrary = {
      series: [series()],
      parts: [1, 2, 3].map((n) => part(n, { state: n === 3 ? 'reading' : 'read' })),
      wipedAt: 0,
    };
    const { items, left } = encodeLibrary(library);
    expect(left).toEqual([]);
    expect(Object.keys(items)).toHaveLength(1);
    expect(decodeItems(items)).toEqual({ library, skipped: [] });
  });

  test('a long series goes in several items; what does not fit is cut from the series read longest ago', () => {
    const many = (key: string, at: number, count: number) => ({
      series: series({ key, title: key, lastActivityAt: at }),
      parts: Array.from({ length: count }, (_, i) =>
        part(i + 1, {
          series: key,
          urls: [`https://blog.example.org/${key}/a-rather-long-address-for-part-${i + 1}`],
          title: `${key}: a title long enough to take some room, part ${i + 1}`,
        }),
      ),
    });
    const all = Array.from({ length: 12 }, (_, i) => many(`series-${i}`, 10_000 + i, 100));
    const library: SyncLibrary = {
      series: all.map((s) => s.series),
      parts: all.flatMap((s) => s.parts),
      wipedAt: 0,
    };
    const { items, left, bytes } = encodeLibrary(library);
    const sizes = Object.entries(items).map(([k, v]) => itemBytes(k, v));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(Object.keys(items).some((k) => k.endsWith(':1'))).toBe(true);
    // The most recently read series are kept whole; the oldest are named as left out.
    expect(left.length).toBeGreaterThan(0);
    expect(left[0]).toBe(`series-${11 - (12 - left.length)}`);
    const back = decodeItems(items).library;
    expect(back.series.map((s) => s.key).sort()).toEqual(
      all
        .slice(left.length)
        .map((s) => s.series.key)
        .sort(),
    );
    expect(back.parts).toHaveLength((12 - left.length) * 100);
  });

  test('an item from a newer version, or damaged, is skipped and reported; the rest still reads', () => {
    const { items } = encodeLibrary({ series: [series()], parts: [part(1)], wipedAt: 0 });
    const [key, value] = Object.entries(items)[0]!;
    const damaged = structuredClone(value) as { b: string };
    damaged.b = 'javascript:alert(1)//';
    const { library, skipped } = decodeItems({
      [key]: value,
      's:future': { v: 2, anything: true },
      's:broken': damaged,
      's:junk': 'not an item',
      'other-extension-key': 42,
    });
    expect(library.parts).toHaveLength(1);
    expect(skipped).toEqual([
      { key: 's:future', reason: 'newer' },
      { key: 's:broken', reason: 'damaged' },
      { key: 's:junk', reason: 'damaged' },
    ]);
  });
});

// Libraries as two computers might hold them: a few series and parts, some shared.
const syncLibrary: fc.Arbitrary<SyncLibrary> = fc
  .record({
    parts: fc.array(
      fc.record({
        n: fc.integer({ min: 1, max: 6 }),
        s: fc.nat({ max: 2 }),
        state: fc.constantFrom('unvisited', 'reading', 'read', 'removed' as const),
        furthest: fc.integer({ min: 0, max: 4 }).map((x) => x / 4),
        last: fc.integer({ min: 0, max: 4 }).map((x) => x / 4),
        at: fc.integer({ min: 1, max: 20 }),
        edited: fc.nat({ max: 3 }),
        // Placements are milliseconds apart (see SyncPart.movedAt).
        moved: fc.integer({ min: 1, max: 2 ** 40 }),
        bookmark: fc.integer({ min: -3, max: 3 }),
        title: fc.constantFrom('A', 'B', null, 'series'),
      }),
      { maxLength: 6 },
    ),
    aliasOf: fc.option(fc.nat({ max: 2 }), { nil: null }),
    // A wipe is left out here: it drops whatever was last changed before it, and a part one
    // computer joined before it heard of the wipe keeps what it knew (see the wipe test).
    wipedAt: fc.constant(0),
  })
  .map(({ parts, aliasOf, wipedAt }) => {
    const keys = ['a', 'b', 'c'];
    return {
      series: keys
        .map((key, i) =>
          series({
            key,
            aliases: aliasOf !== null && aliasOf !== i ? [] : [],
            title: `T${key}`,
            lastActivityAt: 10 + i,
          }),
        )
        .map((s, i) =>
          aliasOf !== null && i === 0 && aliasOf !== 0 ? { ...s, aliases: [keys[aliasOf]!] } : s,
        ),
      parts: parts.map((p) =>
        part(p.n, {
          series: keys[p.s]!,
          state: p.state,
          furthest: p.furthest,
          lastPosition: p.last,
          positionAt: p.at,
          updatedAt: p.at,
          editedAt: p.edited,
          movedAt: p.moved,
          bookmark: p.bookmark,
          title: p.title === 'series' ? `T${keys[p.s]} - ${p.n}` : p.title,
          readAt: p.state === 'read' ? p.at : null,
        }),
      ),
      wipedAt,
    };
  })
  .map((l) => joinLibraries(l, EMPTY_LIBRARY));

describe('joining libraries', () => {
  test('any order, any grouping, any repetition: the same library', () => {
    fc.assert(
      fc.property(syncLibrary, syncLibrary, syncLibrary, (a, b, c) => {
        expect(joinLibraries(a, b), 'commutative').toEqual(joinLibraries(b, a));
        expect(joinLibraries(joinLibraries(a, b), c), 'associative').toEqual(
          joinLibraries(a, joinLibraries(b, c)),
        );
        expect(joinLibraries(a, a)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  test('written as items and read back, a library is the same (less parts only known from links)', () => {
    const roomy = { ...SYNC_QUOTA, bytes: Infinity, items: Infinity };
    fc.assert(
      fc.property(syncLibrary, (library) => {
        const back = decodeItems(encodeLibrary(library, roomy).items).library;
        const travelling = withParts({ ...library, parts: library.parts.filter(travels) });
        expect(back).toEqual(travelling);
      }),
      { numRuns: 300 },
    );
  });

  test('read stays read unless a later mark by hand says unread', () => {
    const read = part(1, { state: 'read', updatedAt: 50 });
    const older = part(1, { state: 'unvisited', furthest: 0, readAt: null, updatedAt: 90 });
    const join = (x: SyncPart, y: SyncPart) =>
      joinLibraries(
        { series: [series()], parts: [x], wipedAt: 0 },
        { series: [series()], parts: [y], wipedAt: 0 },
      ).parts[0]!.state;
    expect(join(read, older)).toBe('read');
    expect(join(read, { ...older, editedAt: 60 })).toBe('unvisited');
    expect(join({ ...read, editedAt: 70 }, { ...older, editedAt: 60 })).toBe('read');
  });
});

// ── Computers in step ──────────────────────────────────────────────────────────────────

type Op =
  | { kind: 'read'; who: number; part: number; series: number; done: boolean; next: boolean }
  | { kind: 'mark'; who: number; part: number; read: boolean }
  | { kind: 'bookmark'; who: number; part: number; on: boolean }
  | { kind: 'merge'; who: number }
  | { kind: 'remove'; who: number; part: number }
  | { kind: 'rename'; who: number; title: string }
  | { kind: 'sync'; who: number };

const SERIES = [
  { key: KEY, title: 'Journey to the Cloud', base: 'https://khub.net/web/g/-/blogs/cloud-' },
  {
    key: 'cloud journey|sam okafor',
    title: 'Cloud Journey',
    base: 'https://www.linkedin.com/pulse/cloud-journey-',
  },
];

async function apply(db: LibraryDb, op: Op, now: number): Promise<string | null> {
  const partAt = async (n: number) => (await db.parts.toArray()).find((p) => p.number === n);
  switch (op.kind) {
    case 'read': {
      const s = SERIES[op.series]!;
      const ref = await recordPart(
        db,
        report(
          op.part,
          op.done ? 'read' : 'reading',
          {
            seriesKey: s.key,
            seriesTitle: s.title,
            // The page links to the next part: known here, not yet opened.
            siblings: op.next
              ? [
                  {
                    url: `${s.base}${op.part + 1}`,
                    title: `${s.title} - ${op.part + 1}`,
                    part: op.part + 1,
                  },
                ]
              : [],
          },
          `${s.base}${op.part}`,
        ),
        now,
      );
      // A page the reader removed stays removed: its visit is not recorded.
      return op.done && ref ? `${s.base}${op.part}` : null;
    }
    case 'mark': {
      const p = await partAt(op.part);
      if (p) await markPart(db, p.id, op.read, now);
      return null;
    }
    case 'bookmark': {
      const p = await partAt(op.part);
      if (p) await setBookmark(db, p.id, op.on, now);
      return null;
    }
    case 'merge': {
      const [a, b] = await db.series.toArray();
      if (a && b) await mergeSeries(db, a.id, b.id, now);
      return null;
    }
    case 'remove': {
      const p = await partAt(op.part);
      if (p) await removeParts(db, [p.id], now);
      return null;
    }
    case 'rename': {
      const s = (await db.series.toArray())[0];
      if (s) await renameSeries(db, s.id, op.title, now);
      return null;
    }
    case 'sync':
      return null;
  }
}

const op = (computers: number): fc.Arbitrary<Op> => {
  const who = fc.nat({ max: computers - 1 });
  const n = fc.integer({ min: 1, max: 4 });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('read' as const),
        who,
        part: n,
        series: fc.nat({ max: 1 }),
        done: fc.boolean(),
        next: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('mark' as const),
        who,
        part: n,
        read: fc.boolean(),
      }),
    },
    fc.record({ kind: fc.constant('bookmark' as const), who, part: n, on: fc.boolean() }),
    fc.record({ kind: fc.constant('merge' as const), who }),
    fc.record({ kind: fc.constant('remove' as const), who, part: n }),
    fc.record({
      kind: fc.constant('rename' as const),
      who,
      title: fc.constantFrom('Ours', 'Theirs'),
    }),
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), who }) },
  );
};

describe('two or three computers sharing one sync area', () => {
  test('any interleaving of reads, marks, bookmarks, merges and removals converges, and nothing read turns unread unasked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 3 })
          .chain((count) =>
            fc.tuple(fc.constant(count), fc.array(op(count), { minLength: 1, maxLength: 40 })),
          ),
        async ([count, ops]) => {
          let now = 1_000_000;
          const clock = () => now;
          const shared = new FakeSyncArea(clock);
          const computers = Array.from({ length: count }, () => computer(shared, clock));
          dbs.push(...computers.map((c) => c.db));
          // Parts read to the end somewhere, less those anyone has since marked by hand or
          // removed (a removal, even an earlier one, may win: it is the reader's own word).
          const unasked = new Set<string>();
          const urlsOf = (n: number) => SERIES.map((s) => `${s.base}${n}`);
          for (const o of ops) {
            now += 7_000;
            const c = computers[o.who]!;
            // Sync may have merged away or removed what the reader acts on a moment ago: the
            // action fails as it would in the popup ("no such series"), and nothing else.
            const url = await apply(c.db, o, now).catch((error: Error) => {
              if (/^no such/.test(error.message)) return null;
              throw error;
            });
            if (url) unasked.add(url);
            if (o.kind === 'mark') urlsOf(o.part).forEach((u) => unasked.delete(u));
            // As the browser does: another computer's writes arrive as a change event; a
            // change made here schedules a write, whose timer fires while work goes on.
            if (o.kind === 'sync') await c.sync.received(Object.keys(shared.items));
            else {
              c.sync.changed();
              c.timers.splice(0).forEach((fire) => fire());
            }
          }
          const removed = new Set(ops.flatMap((o) => (o.kind === 'remove' ? urlsOf(o.part) : [])));
          // Everyone syncs until nobody has anything left to write.
          for (let round = 0; round < 6; round++) {
            now += 61_000;
            for (const c of computers) await c.sync.received(['meta']);
          }
          // Parts only known from a page's links stay on the computer that saw the page.
          const views = await Promise.all(
            computers.map(async (c) => {
              const view = await readSyncLibrary(c.db, c.status().wipedAt, now);
              const parts = view.parts.filter(travels);
              // A series with nothing left to show has a row only where a link still names it.
              const shown = new Set(parts.filter(livePart).map((p) => p.series));
              return { ...view, parts, series: view.series.filter((s) => shown.has(s.key)) };
            }),
          );
          for (const view of views.slice(1)) expect(view).toEqual(views[0]);
          for (const c of computers) expect(c.status().error).toBeNull();
          expect(shared.bytes()).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
          // Read to the end on some computer, and no mark, removal or merge since: read everywhere.
          for (const url of unasked) {
            const state = views[0]!.parts.find((p) => p.urls.includes(url))?.state;
            if (state === 'removed' && removed.has(url)) continue;
            expect(state, url).toBe('read');
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  test('a wipe on all computers empties every one; what is read afterwards syncs again', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const shared = new FakeSyncArea(clock);
    const [a, b] = [computer(shared, clock), computer(shared, clock)];
    dbs.push(a.db, b.db);
    await recordPart(a.db, report(1, 'read'), (now += 1_000));
    await a.sync.start();
    await b.sync.start();
    expect(await b.db.parts.count()).toBe(1);
    now += 1_000;
    await a.sync.wipe(true, now, () => wipeLibrary(a.db));
    await b.sync.start();
    expect(await b.db.parts.count()).toBe(0);
    await recordPart(b.db, report(2, 'read'), (now += 1_000));
    await b.sync.start();
    await a.sync.start();
    expect((await a.db.parts.toArray()).map((p) => p.number)).toEqual([2]);
  });
});

describe('the sync service', () => {
  let now = 1_000_000;
  const clock = () => now;

  test('reading on: where the reader is goes at most once a minute; finishing a part goes at once', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const c = computer(shared, clock);
    dbs.push(c.db);
    await recordPart(
      c.db,
      { ...report(1, 'reading'), progress: { furthest: 0.1, last: 0.1 } },
      now,
    );
    await c.sync.start();
    expect(shared.writes).toHaveLength(1);
    // Ten minutes of scrolling, a report every 5 seconds, and a sync after each.
    for (let i = 1; i <= 120; i++) {
      now += 5_000;
      const at = Math.min(0.95, 0.1 + i * 0.007);
      await recordPart(
        c.db,
        { ...report(1, 'reading'), progress: { furthest: at, last: at } },
        now,
      );
      await c.sync.start();
    }
    expect(shared.writes.length).toBeGreaterThanOrEqual(10);
    expect(shared.writes.length).toBeLessThanOrEqual(11);
    const before = shared.writes.length;
    now += 5_000;
    await recordPart(c.db, report(1, 'read'), now);
    await c.sync.start();
    expect(shared.writes).toHaveLength(before + 1);
    const { library } = decodeItems(shared.items);
    expect(library.parts[0]?.state).toBe('read');
  });

  test('a quota the browser enforces: the reader is told, nothing is lost, the next sync writes it', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const c = computer(shared, clock);
    dbs.push(c.db);
    const refuse = shared.area();
    let full = true;
    const area = shared.area();
    area.set = async (items) => {
      if (full) throw new Error('QUOTA_BYTES quota exceeded');
      return refuse.set(items);
    };
    let status: SyncStatus = NO_STATUS;
    const sync = createSync(c.db, {
      area,
      now: clock,
      enabled: async () => true,
      status: { get: async () => status, set: async (s) => void (status = s) },
      later: () => undefined,
    });
    await recordPart(c.db, report(1, 'read'), now);
    await sync.start();
    expect(status.error).toBe('QUOTA_BYTES quota exceeded');
    expect(await c.db.parts.count()).toBe(1);
    full = false;
    now += 60_000;
    await sync.start();
    expect(status.error).toBeNull();
    expect(decodeItems(shared.items).library.parts).toHaveLength(1);
  });

  test('a flood of changes from another computer: each is joined, and this one writes nothing back that it has no news for', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const [a, b] = [computer(shared, clock), computer(shared, clock)];
    dbs.push(a.db, b.db);
    for (let n = 1; n <= 40; n++) {
      now += 1_000;
      await recordPart(a.db, report(n, n % 2 ? 'read' : 'reading'), now);
      await a.sync.start();
      await b.sync.received([Object.keys(shared.items)[0]!]);
    }
    expect(await b.db.parts.count()).toBe(40);
    const writesByA = 40;
    expect(shared.writes.length).toBe(writesByA);
    expect(await readSyncLibrary(b.db, 0, now)).toEqual(await readSyncLibrary(a.db, 0, now));
  });

  test('a clock years ahead: its times are pulled back, so a later mark here still counts, and nobody rewrites forever', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const c = computer(shared, clock);
    dbs.push(c.db);
    const future = now + 10 * 365 * 24 * 3_600_000;
    shared.items = encodeLibrary({
      series: [series({ lastActivityAt: future })],
      parts: [part(1, { updatedAt: future, editedAt: future, readAt: future, positionAt: future })],
      wipedAt: 0,
    }).items;
    await c.sync.start();
    const [row] = await c.db.parts.toArray();
    expect(row?.state).toBe('read');
    expect(row!.updatedAt).toBeLessThanOrEqual(now + 10 * 60_000);
    // The item from the future already says more than this computer knows: no write.
    expect(shared.writes).toHaveLength(0);
    now += 11 * 60_000;
    await markPart(c.db, row!.id, false, now);
    await c.sync.start();
    expect((await c.db.parts.toArray())[0]?.state).toBe('unvisited');
    // …and the mark is what the other computers now read.
    expect(decodeItems(shared.items).library.parts[0]?.state).toBe('unvisited');
    const writes = shared.writes.length;
    now += 120_000;
    await c.sync.start();
    expect(shared.writes).toHaveLength(writes);
  });

  test('items another version wrote, or damaged ones, are reported and left in place; the rest joins', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const c = computer(shared, clock);
    dbs.push(c.db);
    shared.items = {
      ...encodeLibrary({ series: [series()], parts: [part(1)], wipedAt: 0 }).items,
      's:fromthefuture': { v: 9, whatever: [1, 2, 3] },
      's:garbled': { v: 1, s: 'not a series', p: 42 },
    };
    await c.sync.start();
    expect(await c.db.parts.count()).toBe(1);
    expect(c.status().skipped).toEqual({ newer: 1, damaged: 1 });
    // The newer version's item stays for the computer that understands it.
    expect(shared.items['s:fromthefuture']).toEqual({ v: 9, whatever: [1, 2, 3] });
  });

  test('settings follow the reader: the later change wins, a bad value falls back, and whether to sync stays with each computer', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const [a, b] = [computer(shared, clock), computer(shared, clock)];
    dbs.push(a.db, b.db);
    a.change({ readAt: 0.9, followEveryHours: 12, sync: false });
    await a.sync.start();
    await b.sync.start();
    expect(b.settings()).toMatchObject({ readAt: 0.9, followEveryHours: 12, sync: true });
    now += 60_000;
    b.change({ readAt: 0.75 });
    await b.sync.start();
    await a.sync.start();
    expect(a.settings()).toMatchObject({ readAt: 0.75, followEveryHours: 12, sync: false });
    // A damaged value from elsewhere falls back to the default; the others stand.
    now += 60_000;
    shared.items['o'] = {
      v: 1,
      at: now,
      s: { readAt: 'lots', followEveryHours: 3, sync: false, __proto__: { x: 1 } },
    };
    await b.sync.start();
    expect(b.settings()).toMatchObject({ readAt: 1, followEveryHours: 3, sync: true });
  });

  test('a site allowed on one computer is known to the others; taken back later, it is not', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const [a, b] = [computer(shared, clock), computer(shared, clock)];
    dbs.push(a.db, b.db);
    a.note('https://blog.example.org', true);
    await a.sync.start();
    await b.sync.start();
    expect(b.sites()).toEqual({ 'https://blog.example.org': 1_000_000 });
    now += 1_000;
    b.note('https://blog.example.org', false);
    await b.sync.start();
    await a.sync.start();
    expect(a.sites()).toEqual({ 'https://blog.example.org': -1_001_000 });
    // A list that is not one (a page's idea of a site, a prototype key) is not taken.
    shared.items['r'] = { v: 1, s: { 'javascript:alert(1)': 5 } };
    await a.sync.start();
    expect(a.sites()).toEqual({ 'https://blog.example.org': -1_001_000 });
  });

  test('switched off: nothing is read from or written to the sync area', async () => {
    now = 1_000_000;
    const shared = new FakeSyncArea(clock);
    const db = freshDb();
    dbs.push(db);
    shared.items = encodeLibrary({ series: [series()], parts: [part(1)], wipedAt: 0 }).items;
    const area = shared.area();
    let touched = 0;
    const sync = createSync(db, {
      area: {
        get: () => (touched++, area.get()),
        set: (i) => (touched++, area.set(i)),
        remove: (k) => (touched++, area.remove(k)),
      },
      now: clock,
      enabled: async () => false,
      status: { get: async () => NO_STATUS, set: async () => undefined },
      later: (_ms, push) => push(),
    });
    await recordPart(db, report(2, 'read'), now);
    await sync.start();
    sync.changed();
    await sync.received(['s:x']);
    expect(touched).toBe(0);
    expect(await db.parts.count()).toBe(1);
  });
});
