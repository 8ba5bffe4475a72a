import type { Settings } from '../../src/settings/settings';
import { joinSites, type SiteLog } from '../../src/core/sync/sites';
import {
  decodeSites,
  encodeSites,
  SITES_ITEM,
  decodeSettings,
  encodeSettings,
  SETTINGS_ITEM,
  decodeItems,
  encodeLibrary,
  META_KEY,
  SERIES_PREFIX,
} from '../../src/messaging/sync-items';
import {
  clampTimes,
  CLOCK_SKEW_MS,
  EMPTY_LIBRARY,
  joinLibraries,
  type SyncLibrary,
} from '../../src/core/sync/library';
import type { SyncStatus } from '../../src/core/sync/status';
import { applySyncLibrary, readSyncLibrary } from '../../src/db/sync-store';
import type { LibraryDb } from '../../src/db/schema';

/**
 * Keeps the library in step with the reader's other computers through the browser's own
 * sync (`storage.sync`): no server of ours, no account of ours. Each computer joins what the
 * others wrote into its library and writes back what it knows; the join is the same whatever
 * the order, so every computer ends with the same library.
 *
 * Writes are few: one `set` for everything that changed, at most one every few seconds, and
 * a series whose only change is where the reader is in a part at most once a minute (a part
 * becoming read, a bookmark or a mark goes at once).
 */

/** The part of `storage.sync` the service uses; the browser's, or a fake one in tests. */
export interface SyncArea {
  get(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SyncDeps {
  area: SyncArea;
  now(): number;
  enabled(): Promise<boolean>;
  status: { get(): Promise<SyncStatus>; set(status: SyncStatus): Promise<void> };
  /**
   * The reader's own settings (no policy applied), and a way to take another computer's:
   * `values` as they were changed there at `at`.
   */
  settings?: {
    get(): Promise<Settings>;
    take(values: Partial<Settings>, at: number): Promise<void>;
  };
  /** The sites the reader allowed, as this computer last joined them. */
  sites?: { get(): Promise<SiteLog>; set(log: SiteLog): Promise<void> };
  /** Runs `push` after `ms` (a timer; the next start-up catches what a stopped worker missed). */
  later(ms: number, push: () => void): void;
}

type Skip = 'newer' | 'damaged';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Between two writes, at least this long. */
export const WRITE_GAP_MS = 2_500;
/** A series whose only change is a reading position is written at most this often. */
export const POSITION_GAP_MS = 60_000;

/** An item with its reading positions and times left out: what is urgent to send. */
function withoutPositions(key: string, value: unknown): string {
  const { library } = decodeItems({ [key]: value });
  return JSON.stringify({
    series: library.series.map((s) => ({ ...s, lastActivityAt: 0 })),
    parts: library.parts.map((p) => ({
      ...p,
      furthest: 0,
      lastPosition: 0,
      positionAt: 0,
      updatedAt: 0,
    })),
  });
}

export function createSync(db: LibraryDb, deps: SyncDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  /** When each item was last written by this computer, for the position throttle. */
  const writtenAt = new Map<string, number>();
  let lastWrite = 0;
  let pending = false;
  /** The area's items (and the wipe) as last joined into the library. */
  let applied: string | null = null;
  /**
   * Each item as last read, with its times pulled back to this computer's clock when it was
   * first seen: an item that has not changed reads the same again, so a time from a clock
   * far ahead is pulled back once, not further forward at every read.
   */
  const seen = new Map<string, { raw: string; library: SyncLibrary; skipped: Skip | null }>();

  function read(key: string, value: unknown) {
    const raw = JSON.stringify(value);
    const known = seen.get(key);
    if (known?.raw === raw) return known;
    const decoded = decodeItems({ [key]: value });
    const fresh = {
      raw,
      library: clampTimes(decoded.library, deps.now() + CLOCK_SKEW_MS),
      skipped: decoded.skipped[0]?.reason ?? null,
    };
    seen.set(key, fresh);
    return fresh;
  }

  /** Whether the item in the area already says all that `value` does: writing adds nothing. */
  function dominates(key: string, before: unknown, value: unknown): boolean {
    if (before === undefined) return false;
    const old = read(key, before).library;
    const ours = decodeItems({ [key]: value }).library;
    return same(joinLibraries(old, ours), joinLibraries(old, EMPTY_LIBRARY));
  }

  async function status(change: Partial<SyncStatus>): Promise<SyncStatus> {
    const next = { ...(await deps.status.get()), ...change };
    await deps.status.set(next);
    return next;
  }

  /** Joins whatever the area holds into the library. */
  async function pull(): Promise<{ remote: Record<string, unknown>; library: SyncLibrary }> {
    const remote = await deps.area.get();
    let library: SyncLibrary = EMPTY_LIBRARY;
    const skipped: Skip[] = [];
    for (const [key, value] of Object.entries(remote)) {
      if (!key.startsWith(SERIES_PREFIX) && key !== META_KEY) continue;
      const item = read(key, value);
      if (item.skipped) skipped.push(item.skipped);
      else library = joinLibraries(library, item.library);
    }
    for (const key of seen.keys()) if (!(key in remote)) seen.delete(key);
    const known = await deps.status.get();
    const wipedAt = Math.max(known.wipedAt, library.wipedAt);
    // Joined already, the same items add nothing: a change made here (every few seconds while
    // reading) only needs writing out, not the whole library joined again.
    const version = JSON.stringify([wipedAt, ...[...seen].map(([key, item]) => [key, item.raw])]);
    if (version !== applied) {
      await applySyncLibrary(db, { ...library, wipedAt }, deps.now());
      applied = version;
    }
    await status({
      wipedAt,
      skipped: {
        newer: skipped.filter((s) => s === 'newer').length,
        damaged: skipped.filter((s) => s === 'damaged').length,
      },
    });
    return { remote, library: await readSyncLibrary(db, wipedAt, deps.now()) };
  }

  /** Writes what the area lacks, in one `set` and one `remove`. */
  async function push(
    remote: Record<string, unknown>,
    library: SyncLibrary,
    extra: Record<string, unknown> = {},
  ): Promise<boolean> {
    const now = deps.now();
    const { items, left } = encodeLibrary(library);
    const changed: Record<string, unknown> = { ...extra };
    let deferred = false;
    for (const [key, value] of Object.entries(items)) {
      const before = remote[key];
      if (same(before, value) || dominates(key, before, value)) continue;
      const positionsOnly =
        before !== undefined && withoutPositions(key, before) === withoutPositions(key, value);
      if (positionsOnly && now - (writtenAt.get(key) ?? 0) < POSITION_GAP_MS) {
        deferred = true;
        continue;
      }
      changed[key] = value;
    }
    // Items of ours the library no longer needs: a series merged away, cut for room, or chunks
    // it no longer fills. Items only another version understands stay.
    const stale = Object.keys(remote).filter(
      (key) =>
        !(key in items) &&
        (key.startsWith(SERIES_PREFIX) || key === META_KEY) &&
        read(key, remote[key]).skipped !== 'newer',
    );
    try {
      if (Object.keys(changed).length > 0) {
        await deps.area.set(changed);
        lastWrite = now;
        for (const key of Object.keys(changed)) writtenAt.set(key, now);
      }
      if (stale.length > 0) await deps.area.remove(stale);
      await status({ at: now, left, error: null });
    } catch (error) {
      // A quota the browser enforces: nothing is lost here, the next write tries again.
      await status({ left, error: error instanceof Error ? error.message : String(error) });
      deferred = true;
    }
    return deferred;
  }

  /** The later of this computer's settings and the other computers' wins, both ways. */
  async function settings(remote: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (!deps.settings) return {};
    const theirs = decodeSettings(remote[SETTINGS_ITEM]);
    const ours = await deps.settings.get();
    const at = Math.min(theirs?.at ?? 0, deps.now() + CLOCK_SKEW_MS);
    if (theirs && at > ours.changedAt) {
      await deps.settings.take(theirs.values, at);
      return {};
    }
    if (ours.changedAt > 0 && ours.changedAt > at) {
      return { [SETTINGS_ITEM]: encodeSettings(ours) };
    }
    return {};
  }

  /** Both ways: what the others allowed or took back is kept here, and what is new here goes. */
  async function sites(remote: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (!deps.sites) return {};
    const theirs = decodeSites(remote[SITES_ITEM]);
    const ours = await deps.sites.get();
    const joined = joinSites(ours, theirs);
    if (!same(joined, ours)) await deps.sites.set(joined);
    return same(joined, theirs) ? {} : { [SITES_ITEM]: encodeSites(joined) };
  }

  async function cycle(): Promise<void> {
    if (!(await deps.enabled())) return;
    const { remote, library } = await pull();
    const extra = { ...(await settings(remote)), ...(await sites(remote)) };
    const deferred = await push(remote, library, extra);
    if (deferred) schedule(POSITION_GAP_MS);
  }

  /** A push soon, never sooner than WRITE_GAP_MS after the last one. */
  function schedule(delay = 0): void {
    if (pending) return;
    pending = true;
    const wait = Math.max(delay, lastWrite + WRITE_GAP_MS - deps.now(), 0);
    deps.later(wait, () => {
      pending = false;
      void serial(cycle);
    });
  }

  return {
    /** At start-up, and when the switch goes on: everything both ways, joined afresh. */
    start: () =>
      serial(() => {
        applied = null;
        return cycle();
      }),
    /** Something changed in the library here. */
    changed: () => schedule(),
    /** Another computer wrote (storage.onChanged for the sync area). */
    received: (keys: readonly string[]) => {
      if (
        keys.some(
          (k) => k.startsWith(SERIES_PREFIX) || [META_KEY, SETTINGS_ITEM, SITES_ITEM].includes(k),
        )
      ) {
        return serial(cycle);
      }
      return Promise.resolve();
    },
    /**
     * "Delete everything" (`work`), with no sync in between: on all the reader's computers
     * (a wipe every computer applies to what it has from before `at`), or on this one only.
     */
    wipe: (everywhere: boolean, at: number, work: () => Promise<void>) =>
      serial(async () => {
        if (everywhere) await status({ wipedAt: at });
        await work();
        applied = null;
        if (everywhere) await cycle();
      }),
  };
}
