import type { Detection } from '../core/detect/detection';
import { canonicalUrl } from '../core/identity/canonical-url';
import type { LibraryDb, PartRow, PartState, SeriesRow } from './schema';

/** The write side of the library. Only the background imports this module. */

export interface PartReport {
  url: string;
  title: string | null;
  state: Exclude<PartState, 'unvisited'>;
  detection: Detection;
}

const STATE_RANK: Record<PartState, number> = { unvisited: 0, reading: 1, read: 2 };

function union(list: string[], value: string): string[] {
  return list.includes(value) ? list : [...list, value];
}

async function upsertSeries(db: LibraryDb, d: Detection, now: number): Promise<SeriesRow> {
  const existing = await db.series.where('key').equals(d.seriesKey).first();
  const series: SeriesRow = existing
    ? {
        ...existing,
        author: existing.author ?? d.author,
        platforms: union(existing.platforms, d.platform),
        lastActivityAt: now,
      }
    : {
        id: crypto.randomUUID(),
        key: d.seriesKey,
        title: d.seriesTitle ?? 'Untitled series',
        author: d.author,
        platforms: [d.platform],
        createdAt: now,
        lastActivityAt: now,
      };
  await db.series.put(series);
  return series;
}

/** The part a URL or (series, number) already names: a cross-post is the same part. */
async function findPart(
  db: LibraryDb,
  seriesId: string,
  url: string,
  number: number | null,
): Promise<PartRow | undefined> {
  const byUrl = await db.parts.where('urls').equals(url).first();
  if (byUrl || number === null) return byUrl;
  return db.parts.where('[seriesId+number]').equals([seriesId, number]).first();
}

function newPart(seriesId: string, url: string, platform: string, now: number): PartRow {
  return {
    id: crypto.randomUUID(),
    seriesId,
    number: null,
    title: null,
    urls: [url],
    platforms: [platform],
    state: 'unvisited',
    firstSeenAt: now,
    updatedAt: now,
    readAt: null,
  };
}

async function upsertSiblings(db: LibraryDb, series: SeriesRow, d: Detection, now: number) {
  for (const sibling of d.siblings) {
    const url = canonicalUrl(sibling.url);
    if (!url) continue;
    const known = await findPart(db, series.id, url, sibling.part);
    if (known) {
      if (!known.urls.includes(url)) await db.parts.put({ ...known, urls: [...known.urls, url] });
      continue;
    }
    await db.parts.add({
      ...newPart(series.id, url, d.platform, now),
      number: sibling.part,
      title: sibling.title,
    });
  }
}

/**
 * Records that a series part was visited or finished, in one transaction. Safe to run twice:
 * states only move forward and URLs are sets.
 */
export async function recordPart(db: LibraryDb, report: PartReport, now: number) {
  const url = canonicalUrl(report.url);
  if (!url) throw new Error('not an http(s) URL');
  const d = report.detection;
  return db.transaction('rw', db.series, db.parts, async () => {
    const series = await upsertSeries(db, d, now);
    const existing = await findPart(db, series.id, url, d.part);
    const base = existing ?? newPart(series.id, url, d.platform, now);
    const state = STATE_RANK[report.state] > STATE_RANK[base.state] ? report.state : base.state;
    const part: PartRow = {
      ...base,
      number: base.number ?? d.part,
      title: report.title ?? base.title,
      urls: union(base.urls, url),
      platforms: union(base.platforms, d.platform),
      state,
      updatedAt: now,
      readAt: state === 'read' ? (base.readAt ?? now) : null,
    };
    await db.parts.put(part);
    await upsertSiblings(db, series, d, now);
    return { seriesId: series.id, partId: part.id };
  });
}
