import * as v from 'valibot';
import { LIMITS } from '../core/limits';
import type { SiteLog } from '../core/sync/sites';
import {
  parseSettings,
  SETTINGS_VERSION,
  SYNCED_SETTINGS,
  type Settings,
} from '../settings/settings';
import { HttpUrl, list, PartNumber, SeriesKey, Text, Time, Words, Platform } from './schemas';
import {
  EMPTY_LIBRARY,
  joinLibraries,
  type SyncLibrary,
  type SyncPart,
  type SyncSeries,
  type SyncState,
} from '../core/sync/library';

/**
 * The library as `storage.sync` items. Each series is one item (`s:<hash of its key>`), or
 * several (`…:1`, `…:2`) when its parts do not fit in one; every item carries the series
 * itself, so any item read alone is a correct, if partial, view, and the join of all of them
 * is the library. Parts are arrays (field names would take a third of the space) and their
 * addresses are kept after the address prefix they share.
 *
 * The browsers' limits (the same in Chrome, Edge and Firefox) are below; a library that does
 * not fit is cut from the series read longest ago.
 */
export const SYNC_QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  items: 512,
  writesPerHour: 1_800,
  writesPerMinute: 120,
} as const;

export const FORMAT = 1;
export const META_KEY = 'meta';
export const SERIES_PREFIX = 's:';
/** Left free for the meta item and for the headroom a browser counts that we do not. */
const RESERVED_BYTES = 1_024;

/** What a browser counts for one item: its key and its value as JSON, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

const STATES: readonly SyncState[] = ['unvisited', 'reading', 'read', 'removed'];
const SCALE = 10_000;

/** Positions go at four decimal places, so what is written is what is read back. */
export const quantise = (fraction: number): number => Math.round(fraction * SCALE) / SCALE;

/** A short, stable name for a series key: two 32-bit FNV-1a hashes, in base 36. */
export function keyHash(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}

type SeriesTuple = [
  key: string,
  aliases: string[],
  title: string,
  userTitle: string | null,
  userTitleAt: number,
  author: string | null,
  platforms: string[],
  total: number | null,
  createdAt: number,
  /** From createdAt. */
  lastActivityAt: number,
];

/**
 * A part as stored. Times are in milliseconds, as the library keeps them (the join compares
 * them exactly), but written as differences from a time near them: the item's own base time,
 * or the part's first-seen or last-changed time, which most of them equal.
 */
type PartTuple = [
  urls: string[],
  /** 0: none. */
  number: number,
  /** 0: none. */
  userNumber: number,
  /** A title as it is, or [what follows the series' title] for the usual "Series - 3". */
  title: string | [string] | null,
  state: number,
  furthest: number,
  lastPosition: number,
  /** From the item's base time. */
  firstSeenAt: number,
  /** From firstSeenAt. */
  updatedAt: number,
  /** From updatedAt. */
  positionAt: number,
  /** From updatedAt; null: not read. */
  readAt: number | null,
  /** From updatedAt; null: never. */
  editedAt: number | null,
  /** From firstSeenAt. */
  movedAt: number,
  /** [1 set | 0 taken off, from updatedAt]; null: never. */
  bookmark: [number, number] | null,
  words: number | null,
  /** From the item's base time; null: not known. */
  publishedAt: number | null,
];

/**
 * One item as stored: format, series, the address prefix its parts share, the base time its
 * parts' times are written from (the series' creation), parts.
 */
interface SeriesItem {
  v: number;
  s: SeriesTuple;
  b: string;
  p: PartTuple[];
}

const Delta = v.pipe(v.number(), v.integer(), v.minValue(-8.64e15), v.maxValue(8.64e15));
const Signed = Delta;
const Suffix = v.pipe(v.string(), v.maxLength(LIMITS.url));
const Scaled = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SCALE));

const ItemSchema = v.strictObject({
  v: v.literal(FORMAT),
  s: v.strictTuple([
    SeriesKey,
    list(SeriesKey, LIMITS.listItems),
    Text,
    v.nullable(Text),
    Time,
    v.nullable(Text),
    list(Platform, LIMITS.listItems),
    v.nullable(PartNumber),
    Time,
    Delta,
  ]),
  b: v.pipe(v.string(), v.maxLength(LIMITS.url)),
  p: v.array(
    v.strictTuple([
      v.pipe(list(Suffix, LIMITS.urlsPerPart), v.minLength(1)),
      v.union([v.literal(0), PartNumber]),
      v.union([v.literal(0), PartNumber]),
      v.nullable(v.union([Text, v.strictTuple([Text])])),
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(STATES.length - 1)),
      Scaled,
      Scaled,
      Delta,
      Delta,
      Delta,
      v.nullable(Delta),
      v.nullable(Delta),
      Delta,
      v.nullable(v.strictTuple([v.picklist([0, 1]), Delta])),
      v.nullable(Words),
      v.nullable(Delta),
    ]),
  ),
});

const MetaSchema = v.strictObject({ v: v.literal(FORMAT), w: Time });

const seriesTuple = (s: SyncSeries): SeriesTuple => [
  s.key,
  s.aliases,
  s.title,
  s.userTitle,
  s.userTitleAt,
  s.author,
  s.platforms,
  s.total,
  s.createdAt,
  s.lastActivityAt - s.createdAt,
];

function commonPrefix(urls: readonly string[]): string {
  if (urls.length === 0) return '';
  let prefix = urls[0]!;
  for (const url of urls) {
    let i = 0;
    while (i < prefix.length && i < url.length && prefix[i] === url[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

function partTuple(p: SyncPart, base: string, series: SyncSeries): PartTuple {
  const t0 = series.createdAt;
  const title =
    p.title !== null && p.title.startsWith(series.title) && p.title !== series.title
      ? ([p.title.slice(series.title.length)] as [string])
      : p.title;
  return [
    p.urls.map((u) => u.slice(base.length)),
    p.number ?? 0,
    p.userNumber ?? 0,
    title,
    STATES.indexOf(p.state),
    Math.round(p.furthest * SCALE),
    Math.round(p.lastPosition * SCALE),
    p.firstSeenAt - t0,
    p.updatedAt - p.firstSeenAt,
    p.positionAt - p.updatedAt,
    p.readAt === null ? null : p.readAt - p.updatedAt,
    p.editedAt === 0 ? null : p.editedAt - p.updatedAt,
    p.movedAt - p.firstSeenAt,
    p.bookmark === 0 ? null : [p.bookmark > 0 ? 1 : 0, Math.abs(p.bookmark) - p.updatedAt],
    p.words,
    p.publishedAt === null ? null : p.publishedAt - t0,
  ];
}

/**
 * Whether a part goes to the other computers: one the reader has opened, marked, bookmarked
 * or removed. Parts only known from a page's links are not: the other computer learns them
 * from the same page, and the room is kept for the reader's own progress.
 */
export const travels = (p: SyncPart): boolean =>
  p.state !== 'unvisited' || p.editedAt !== 0 || p.bookmark !== 0;

function item(series: SyncSeries, parts: readonly SyncPart[]): SeriesItem {
  const b = commonPrefix(parts.flatMap((p) => p.urls));
  return { v: FORMAT, s: seriesTuple(series), b, p: parts.map((p) => partTuple(p, b, series)) };
}

export interface Encoded {
  /** Every item the library needs, by key. */
  items: Record<string, unknown>;
  /** Series left out for want of room, most recently read first: the options page names them. */
  left: string[];
  bytes: number;
}

const itemKey = (series: string, chunk: number) =>
  `${SERIES_PREFIX}${keyHash(series)}${chunk > 0 ? `:${chunk}` : ''}`;

/**
 * The library as items within the quotas: one series at a time, the most recently read first,
 * its parts split over as many items as they need; a series that does not fit whole is left
 * out whole (half a series would look like a series with parts missing).
 */
export function encodeLibrary(
  library: SyncLibrary,
  quota: { readonly [K in keyof typeof SYNC_QUOTA]: number } = SYNC_QUOTA,
): Encoded {
  const items: Record<string, unknown> = {};
  const meta = { v: FORMAT, w: library.wipedAt };
  let bytes = library.wipedAt > 0 ? itemBytes(META_KEY, meta) : 0;
  if (library.wipedAt > 0) items[META_KEY] = meta;
  let count = Object.keys(items).length;
  const left: string[] = [];
  const byRecent = [...library.series].sort(
    (a, b) => b.lastActivityAt - a.lastActivityAt || (a.key < b.key ? -1 : 1),
  );
  const partsOf = new Map<string, SyncPart[]>();
  for (const p of library.parts.filter(travels)) {
    partsOf.set(p.series, [...(partsOf.get(p.series) ?? []), p]);
  }
  for (const series of byRecent) {
    const parts = partsOf.get(series.key);
    if (!parts) continue;
    const chunks = chunk(series, parts, quota.bytesPerItem);
    const size = chunks?.reduce((sum, c, i) => sum + itemBytes(itemKey(series.key, i), c), 0);
    if (
      !chunks ||
      size === undefined ||
      bytes + size > quota.bytes - RESERVED_BYTES ||
      count + chunks.length > quota.items - 1
    ) {
      left.push(series.userTitle ?? series.title);
      continue;
    }
    chunks.forEach((c, i) => (items[itemKey(series.key, i)] = c));
    bytes += size;
    count += chunks.length;
  }
  return { items, left, bytes };
}

/** A series' parts in items of at most `max` bytes each; null if one part alone is too big. */
function chunk(series: SyncSeries, parts: readonly SyncPart[], max: number): SeriesItem[] | null {
  const out: SeriesItem[] = [];
  let current: SyncPart[] = [];
  const fits = (list: SyncPart[]) =>
    itemBytes(itemKey(series.key, out.length), item(series, list)) <= max;
  for (const part of parts) {
    if (fits([...current, part])) {
      current.push(part);
      continue;
    }
    if (current.length === 0) return null;
    out.push(item(series, current));
    current = [part];
    if (!fits(current)) return null;
  }
  out.push(item(series, current));
  return out;
}

export interface Decoded {
  library: SyncLibrary;
  /** Items that could not be read, by key, and why: a newer version's, or damaged. */
  skipped: { key: string; reason: 'newer' | 'damaged' }[];
}

/** Whatever the sync area holds, read item by item: a bad item is skipped, never fatal. */
export function decodeItems(all: Record<string, unknown>): Decoded {
  let library: SyncLibrary = EMPTY_LIBRARY;
  const skipped: Decoded['skipped'] = [];
  const skip = (key: string, value: unknown) => {
    const version = (value as { v?: unknown } | null)?.v;
    skipped.push({
      key,
      reason: typeof version === 'number' && version > FORMAT ? 'newer' : 'damaged',
    });
  };
  for (const [key, value] of Object.entries(all)) {
    if (key === META_KEY) {
      const meta = v.safeParse(MetaSchema, value);
      if (meta.success) library = { ...library, wipedAt: Math.max(library.wipedAt, meta.output.w) };
      else skip(key, value);
      continue;
    }
    if (!key.startsWith(SERIES_PREFIX)) continue;
    const parsed = v.safeParse(ItemSchema, value);
    const one = parsed.success ? fromItem(parsed.output as SeriesItem) : null;
    if (!one) skip(key, value);
    else library = joinLibraries(library, one);
  }
  return { library, skipped };
}

function fromItem({ s, b, p }: SeriesItem): SyncLibrary | null {
  const [
    key,
    aliases,
    title,
    userTitle,
    userTitleAt,
    author,
    platforms,
    total,
    createdAt,
    activityDelta,
  ] = s;
  const lastActivityAt = createdAt + activityDelta;
  if (!v.is(Time, lastActivityAt)) return null;
  const series: SyncSeries = {
    key,
    aliases: [...aliases].sort(),
    title,
    userTitle,
    userTitleAt,
    author,
    platforms: [...platforms].sort(),
    total,
    createdAt,
    lastActivityAt,
  };
  const parts: SyncPart[] = [];
  for (const t of p) {
    const urls = t[0].map((suffix) => b + suffix);
    if (!urls.every((u) => v.is(HttpUrl, u))) return null;
    const firstSeenAt = createdAt + t[7];
    const updatedAt = firstSeenAt + t[8];
    const part: SyncPart = {
      urls: [...new Set(urls)].sort(),
      series: key,
      number: t[1] || null,
      userNumber: t[2] || null,
      title: Array.isArray(t[3]) ? title + t[3][0] : t[3],
      state: STATES[t[4]]!,
      furthest: t[5] / SCALE,
      lastPosition: t[6] / SCALE,
      positionAt: updatedAt + t[9],
      publishedAt: t[15] === null ? null : createdAt + t[15],
      firstSeenAt,
      updatedAt,
      readAt: t[10] === null ? null : updatedAt + t[10],
      editedAt: t[11] === null ? 0 : updatedAt + t[11],
      movedAt: firstSeenAt + t[12],
      bookmark: t[13] === null ? 0 : (t[13][0] === 1 ? 1 : -1) * (updatedAt + t[13][1]),
      words: t[14],
    };
    const times = [
      part.firstSeenAt,
      part.updatedAt,
      part.positionAt,
      part.readAt ?? 0,
      part.editedAt,
      part.movedAt,
      Math.abs(part.bookmark),
      part.publishedAt ?? 0,
    ];
    if (!times.every((time) => v.is(Time, time))) return null;
    parts.push(part);
  }
  return { series: [series], parts, wipedAt: 0 };
}

/** The reader's settings as one item: when they last changed, and their values. */
export const SETTINGS_ITEM = 'o';

const SettingsItemSchema = v.strictObject({
  v: v.literal(FORMAT),
  at: Time,
  s: v.record(v.string(), v.unknown()),
});

export interface SyncedSettings {
  at: number;
  values: Partial<Settings>;
}

export function encodeSettings(settings: Settings): unknown {
  const values: Record<string, unknown> = {};
  for (const key of SYNCED_SETTINGS) values[key] = settings[key];
  return { v: FORMAT, at: settings.changedAt, s: values };
}

/** Another computer's settings, each value checked as a setting is (a bad one falls back). */
export function decodeSettings(value: unknown): SyncedSettings | null {
  const parsed = v.safeParse(SettingsItemSchema, value);
  if (!parsed.success) return null;
  const checked = parseSettings({ version: SETTINGS_VERSION, ...parsed.output.s });
  const values: Partial<Settings> = {};
  for (const key of SYNCED_SETTINGS) Object.assign(values, { [key]: checked[key] });
  return { at: parsed.output.at, values };
}

/** The sites the reader allowed, on any of their computers (see src/core/sync/sites.ts). */
export const SITES_ITEM = 'r';
const MAX_SITES = 200;

const SitesItemSchema = v.strictObject({
  v: v.literal(FORMAT),
  s: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^https?:\/\/[^*/\s]{1,253}$/)), Signed),
    v.check((log) => Object.keys(log).length <= MAX_SITES),
  ),
});

export const encodeSites = (log: SiteLog): unknown => ({ v: FORMAT, s: log });

/** Another computer's list, or an empty one where it cannot be read. */
export function decodeSites(value: unknown): SiteLog {
  const parsed = v.safeParse(SitesItemSchema, value);
  return parsed.success ? parsed.output.s : {};
}
