import type { FollowedSeries, FoundPart } from '../core/follow/match';
import type { FollowRow } from '../core/follow/schedule';
import { siteOf } from '../core/identity/address';
import { byPartOrder } from './queries';
import { partNumber, type LibraryDb, type PartRow } from './schema';

/**
 * Following series for new parts: which series are followed, what a check knows of each, and
 * the parts checks found. Every write is idempotent: a check the worker was stopped in the
 * middle of runs again and records nothing twice.
 */

/** A followed series' latest part read (else the latest known): its site is the series' site. */
function anchorPart(parts: readonly PartRow[]): PartRow | undefined {
  const sorted = [...parts].sort(byPartOrder);
  return sorted.filter((p) => p.state !== 'unvisited').pop() ?? sorted.pop();
}

/** The site a series is checked on: that of its anchor part; null for a series with none. */
async function seriesSite(
  db: LibraryDb,
  seriesId: string,
): Promise<{ site: string; parts: number } | null> {
  const parts = await db.parts.where('seriesId').equals(seriesId).toArray();
  const site = siteOf(anchorPart(parts)?.urls[0] ?? '');
  return site ? { site, parts: parts.length } : null;
}

export function newFollow(seriesId: string, site: string, now: number): FollowRow {
  return {
    seriesId,
    on: true,
    site,
    source: null,
    etag: null,
    lastModified: null,
    validatorsFor: null,
    checkedAt: null,
    outcome: null,
    failures: 0,
    nextCheckAt: now,
    lastNewAt: now,
  };
}

/** A series with two parts or more is followed unless the reader said otherwise. */
export async function followByDefault(db: LibraryDb, seriesId: string, now: number) {
  await db.transaction('rw', db.follows, db.parts, async () => {
    if (await db.follows.get(seriesId)) return;
    const found = await seriesSite(db, seriesId);
    if (found && found.parts >= 2) await db.follows.add(newFollow(seriesId, found.site, now));
  });
}

/** The reader's Follow / Unfollow. Following again checks at the next run. */
export async function setFollow(db: LibraryDb, seriesId: string, on: boolean, now: number) {
  await db.transaction('rw', db.follows, db.parts, db.series, async () => {
    if (!(await db.series.get(seriesId))) throw new Error('no such series');
    const row = await db.follows.get(seriesId);
    if (row) {
      await db.follows.put({
        ...row,
        on,
        nextCheckAt: on ? now : row.nextCheckAt,
        outcome: on ? null : row.outcome,
      });
      return;
    }
    const found = await seriesSite(db, seriesId);
    if (!found) throw new Error('no such series');
    await db.follows.add({ ...newFollow(seriesId, found.site, now), on });
  });
}

export interface FollowTarget {
  row: FollowRow;
  series: FollowedSeries;
  platform: string;
  /** Parts known and how many the series says it has: complete when all are there. */
  complete: boolean;
}

/** What a check needs of a followed series; null when the series is gone. */
export async function followTarget(db: LibraryDb, row: FollowRow): Promise<FollowTarget | null> {
  const series = await db.series.get(row.seriesId);
  const parts = await db.parts.where('seriesId').equals(row.seriesId).toArray();
  const anchor = anchorPart(parts);
  const partUrl = anchor?.urls.find((u) => siteOf(u) === row.site);
  if (!series || !anchor || !partUrl) return null;
  const numbers = new Set(parts.map(partNumber).filter((n): n is number => n !== null));
  const known = Math.max(0, ...numbers);
  return {
    row,
    platform: anchor.platforms[0] ?? 'web',
    complete: series.total !== undefined && numbers.size >= series.total && known >= series.total,
    series: {
      title: series.title,
      key: series.key,
      aliases: series.aliases,
      partUrl,
      numbers,
      urls: new Set(parts.flatMap((p) => p.urls)),
    },
  };
}

/**
 * Records what a check found, as parts not yet visited, and the check itself (`next`, given
 * how many parts were added). A part that arrived meanwhile by another way (a visit, an
 * earlier run the worker was stopped in) is not added twice.
 */
export async function recordCheck(
  db: LibraryDb,
  row: FollowRow,
  found: readonly FoundPart[],
  platform: string,
  now: number,
  next: (added: number) => FollowRow,
): Promise<PartRow[]> {
  return db.transaction('rw', [db.follows, db.parts, db.series, db.untracked], async () => {
    const added: PartRow[] = [];
    if (!(await db.series.get(row.seriesId))) {
      await db.follows.delete(row.seriesId);
      return added;
    }
    const parts = await db.parts.where('seriesId').equals(row.seriesId).toArray();
    const numbers = new Set(parts.map(partNumber));
    for (const part of found) {
      if (numbers.has(part.number) || (await db.untracked.get(part.url))) continue;
      if (await db.parts.where('urls').equals(part.url).first()) continue;
      const created: PartRow = {
        id: crypto.randomUUID(),
        seriesId: row.seriesId,
        number: part.number,
        userNumber: null,
        title: part.title,
        urls: [part.url],
        platforms: [platform],
        state: 'unvisited',
        furthest: 0,
        lastPosition: 0,
        publishedAt: part.publishedAt,
        firstSeenAt: now,
        updatedAt: now,
        readAt: null,
        foundAt: now,
      };
      await db.parts.add(created);
      numbers.add(part.number);
      added.push(created);
    }
    if (added.length > 0) await db.series.update(row.seriesId, { lastActivityAt: now });
    // The reader may have unfollowed while the check was under way: their choice stands.
    const current = await db.follows.get(row.seriesId);
    await db.follows.put({ ...next(added.length), on: current?.on ?? row.on });
    return added;
  });
}
