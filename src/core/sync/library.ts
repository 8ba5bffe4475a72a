import { laterState, type PartState } from '../progress/merge';

/**
 * The library as it travels between the reader's computers: only what a reader would miss on
 * the other one (series, parts, where they were, bookmarks), none of what a computer keeps
 * for itself (ids, offline copies, follow checks). Every computer joins what it has with what
 * the others wrote by `joinLibraries`, which gives the same answer in any order and any
 * grouping, so computers that have seen the same writes hold the same library.
 */

export type SyncState = PartState | 'removed';

export interface SyncPart {
  /** Every address the part is known by, sorted: parts sharing one are the same part. */
  urls: string[];
  /** The key of its series. */
  series: string;
  number: number | null;
  userNumber: number | null;
  title: string | null;
  /** 'removed': the reader took it out of the library; kept as a tombstone for 90 days. */
  state: SyncState;
  furthest: number;
  lastPosition: number;
  /** When the reader was at `lastPosition`: of two records, the resume point is the later one's. */
  positionAt: number;
  publishedAt: number | null;
  firstSeenAt: number;
  updatedAt: number;
  readAt: number | null;
  /**
   * When the reader last said how far they are: marked it read or unread, removed it, or
   * finished reading it; 0 never. The later word wins outright, so only a mark newer than the
   * last time the part was finished takes it back to unread; between equal words, progress
   * only moves forward.
   */
  editedAt: number;
  /**
   * When it was put in its series: first seen there, or moved there by the reader (or a
   * merge). Of two records in different series, the later placement wins; two placements in
   * the same millisecond are taken not to happen.
   */
  movedAt: number;
  /** When the bookmark was last set (positive) or taken off (negative); 0 never. */
  bookmark: number;
  words: number | null;
}

export interface SyncSeries {
  key: string;
  /** Keys of series merged into this one, sorted. */
  aliases: string[];
  title: string;
  userTitle: string | null;
  /** When the reader last renamed the series; 0 never. */
  userTitleAt: number;
  author: string | null;
  platforms: string[];
  total: number | null;
  createdAt: number;
  lastActivityAt: number;
}

export interface SyncLibrary {
  series: SyncSeries[];
  parts: SyncPart[];
  /** "Delete everything on all your computers": nothing older than this is kept; 0 never. */
  wipedAt: number;
}

export const EMPTY_LIBRARY: SyncLibrary = { series: [], parts: [], wipedAt: 0 };

/** Tombstones (removed parts) are forgotten after this long. */
export const TOMBSTONE_MS = 90 * 24 * 60 * 60 * 1000;

const sortedUnion = (a: readonly string[], b: readonly string[]) =>
  [...new Set([...a, ...b])].sort();

/** The larger of two values under one total order: ties go to the same one either way round. */
function larger<T>(a: T, b: T, compare: (x: T, y: T) => number): T {
  return compare(a, b) >= 0 ? a : b;
}

const byString = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
const smallerOf = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.min(a, b);
const largerOf = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b);

const RANK: Record<SyncState, number> = { unvisited: 0, reading: 1, read: 2, removed: 3 };

type Progress = Pick<SyncPart, 'state' | 'furthest' | 'lastPosition' | 'positionAt' | 'readAt'>;

/**
 * Progress, joined forward: the state and furthest point only grow; the resume point is the
 * one of the record furthest on, then latest (each record keeps when its own point was).
 */
function forward(a: SyncPart, b: SyncPart): Progress {
  const state =
    a.state === 'removed' || b.state === 'removed' ? 'removed' : laterState(a.state, b.state);
  const at = larger(
    a,
    b,
    (x, y) =>
      x.furthest - y.furthest || x.positionAt - y.positionAt || x.lastPosition - y.lastPosition,
  );
  return {
    state,
    furthest: Math.max(a.furthest, b.furthest),
    lastPosition: at.lastPosition,
    positionAt: at.positionAt,
    readAt: state === 'read' ? smallerOf(a.readAt, b.readAt) : null,
  };
}

/** Two records of one part. */
export function joinParts(a: SyncPart, b: SyncPart): SyncPart {
  // The reader's later word by hand wins outright; between equal words, progress moves forward.
  const progress = a.editedAt !== b.editedAt ? (a.editedAt > b.editedAt ? a : b) : forward(a, b);
  // Which series a part is in follows the latest move, then the larger key.
  const home = larger(a, b, (x, y) => x.movedAt - y.movedAt || byString(x.series, y.series));
  return {
    urls: sortedUnion(a.urls, b.urls),
    series: home.series,
    number: smallerOf(a.number, b.number),
    userNumber: smallerOf(a.userNumber, b.userNumber),
    title: larger(a.title, b.title, byString),
    state: progress.state,
    furthest: progress.furthest,
    lastPosition: progress.lastPosition,
    positionAt: progress.positionAt,
    publishedAt: smallerOf(a.publishedAt, b.publishedAt),
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    readAt: progress.readAt,
    editedAt: Math.max(a.editedAt, b.editedAt),
    movedAt: Math.max(a.movedAt, b.movedAt),
    bookmark: larger(a.bookmark, b.bookmark, (x, y) => Math.abs(x) - Math.abs(y) || x - y),
    words: largerOf(a.words, b.words),
  };
}

/** Two records of one series (same key, or one merged into the other). */
export function joinSeries(a: SyncSeries, b: SyncSeries): SyncSeries {
  const named = larger(
    a,
    b,
    (x, y) => x.userTitleAt - y.userTitleAt || byString(x.userTitle, y.userTitle),
  );
  const latest = larger(
    a,
    b,
    (x, y) => x.lastActivityAt - y.lastActivityAt || byString(x.title, y.title),
  );
  return {
    key: a.key,
    aliases: sortedUnion(a.aliases, b.aliases),
    title: latest.title,
    userTitle: named.userTitle,
    userTitleAt: named.userTitleAt,
    author: larger(a.author, b.author, byString),
    platforms: sortedUnion(a.platforms, b.platforms),
    total: largerOf(a.total, b.total),
    createdAt: Math.min(a.createdAt, b.createdAt),
    lastActivityAt: Math.max(a.lastActivityAt, b.lastActivityAt),
  };
}

/** Groups of items that share any of their names, each group's names and members. */
function groups<T>(items: readonly T[], names: (item: T) => readonly string[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const name of names(item)) {
      const j = owner.get(name);
      if (j === undefined) owner.set(name, i);
      else parent[find(i)] = find(j);
    }
  });
  const out = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    out.set(root, [...(out.get(root) ?? []), item]);
  });
  return [...out.values()];
}

const keysOf = (s: SyncSeries) => [s.key, ...s.aliases];
const partOrder = (a: SyncPart, b: SyncPart) => byString(a.urls[0] ?? null, b.urls[0] ?? null);

/**
 * What both sides know, as one library. Series that share a key (one merged into the other
 * somewhere) become one, under the key no other series names as an alias; parts that share an
 * address become one. Nothing from before a wipe survives it, and tombstones older than
 * `expiredBefore` are dropped.
 *
 * A wipe drops each record last changed before it; a part that a computer joined before it
 * heard of the wipe, and that was changed since, keeps what that computer knew of it.
 */
export function joinLibraries(a: SyncLibrary, b: SyncLibrary, expiredBefore = 0): SyncLibrary {
  const wipedAt = Math.max(a.wipedAt, b.wipedAt);
  const series = groups([...a.series, ...b.series], keysOf).map((group) => {
    const aliased = new Set(group.flatMap((s) => s.aliases));
    const keys = [...new Set(group.map((s) => s.key))].sort();
    const primary = keys.find((k) => !aliased.has(k)) ?? keys[0]!;
    const joined = group.reduce((x, y) => joinSeries(x, y));
    return {
      ...joined,
      key: primary,
      aliases: sortedUnion(joined.aliases, keys).filter((k) => k !== primary),
    };
  });
  const primaryOf = new Map<string, string>();
  for (const s of series) for (const k of keysOf(s)) primaryOf.set(k, s.key);

  const parts = groups(
    [...a.parts, ...b.parts].filter((p) => Math.max(p.updatedAt, p.editedAt) > wipedAt),
    (p) => p.urls,
  )
    .map((group) => group.reduce((x, y) => joinParts(x, y)))
    .filter((p) => p.state !== 'removed' || p.editedAt >= expiredBefore)
    .map((p) => ({ ...p, series: primaryOf.get(p.series) ?? p.series }))
    .sort(partOrder);
  // Series left with no parts stay: what they say (a merge) still applies to later joins.
  return { series: series.sort((x, y) => byString(x.key, y.key)), parts, wipedAt };
}

/** The library as a computer keeps it: series only while they have parts (or tombstones). */
export function withParts(library: SyncLibrary): SyncLibrary {
  const used = new Set(library.parts.map((p) => p.series));
  return { ...library, series: library.series.filter((s) => used.has(s.key)) };
}

/** The parts a reader sees: tombstones are only for other computers. */
export const livePart = (p: SyncPart): boolean => RANK[p.state] < RANK.removed;

/** How far ahead of this computer's clock another's may be before its times are pulled back. */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

/**
 * Another computer's library with every time after `limit` pulled back to it: a clock set
 * years ahead would otherwise win every later edit (or wipe every later read) for good.
 */
export function clampTimes(library: SyncLibrary, limit: number): SyncLibrary {
  const at = (t: number) => Math.min(t, limit);
  const maybe = (t: number | null) => (t === null ? null : at(t));
  return {
    wipedAt: at(library.wipedAt),
    series: library.series.map((s) => ({
      ...s,
      userTitleAt: at(s.userTitleAt),
      createdAt: at(s.createdAt),
      lastActivityAt: at(s.lastActivityAt),
    })),
    parts: library.parts.map((p) => ({
      ...p,
      positionAt: at(p.positionAt),
      publishedAt: maybe(p.publishedAt),
      firstSeenAt: at(p.firstSeenAt),
      updatedAt: at(p.updatedAt),
      readAt: maybe(p.readAt),
      editedAt: at(p.editedAt),
      movedAt: at(p.movedAt),
      bookmark: Math.sign(p.bookmark) * at(Math.abs(p.bookmark)),
    })),
  };
}
