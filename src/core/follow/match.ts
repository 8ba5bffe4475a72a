import type { Detection } from '../detect/detection';
import { cleanTitle, parseTitle, stripSiteName } from '../detect/title';
import { sameSite, isPublicWebAddress } from '../identity/address';
import { canonicalUrl } from '../identity/canonical-url';
import { normaliseTitle } from '../identity/series-key';
import type { FeedItem } from './feed';

/** What the library knows of a followed series, enough to tell a new part from a known one. */
export interface FollowedSeries {
  title: string;
  key: string;
  aliases: readonly string[];
  /** A part of the series as read: the site new parts must be on. */
  partUrl: string;
  numbers: ReadonlySet<number>;
  urls: ReadonlySet<string>;
}

export interface FoundPart {
  url: string;
  number: number;
  title: string | null;
  publishedAt: number | null;
}

/** Only parts on the series' own site, on the public web, at an address and number not yet known. */
function admit(series: FollowedSeries, found: FoundPart[]): FoundPart[] {
  const out = new Map<number, FoundPart>();
  for (const part of found) {
    const url = canonicalUrl(part.url);
    if (!url || !sameSite(url, series.partUrl) || !isPublicWebAddress(url)) continue;
    if (series.urls.has(url) || series.numbers.has(part.number) || out.has(part.number)) continue;
    out.set(part.number, { ...part, url });
  }
  return [...out.values()].sort((a, b) => a.number - b.number);
}

/**
 * Feed items that are parts of the series, by the same title rules as detection: the item's
 * title names a part of a series whose name is this series' name. Never "the newest post by
 * this author".
 */
export function partsInFeed(series: FollowedSeries, items: readonly FeedItem[]): FoundPart[] {
  const name = normaliseTitle(series.title);
  const host = new URL(series.partUrl).hostname;
  const found: FoundPart[] = [];
  for (const item of items) {
    const title = cleanTitle(stripSiteName(item.title, [], host));
    const parse = parseTitle(title);
    if (!parse?.base || normaliseTitle(parse.base) !== name) continue;
    found.push({ url: item.url, number: parse.part, title, publishedAt: item.publishedAt });
  }
  return admit(series, found);
}

/**
 * Parts the latest part's own page now links to: detection run on it again, kept only when
 * the page is still the same series (its key or one the reader merged into it).
 */
export function partsOnPage(series: FollowedSeries, detection: Detection | null): FoundPart[] {
  if (!detection) return [];
  if (detection.seriesKey !== series.key && !series.aliases.includes(detection.seriesKey)) {
    return [];
  }
  return admit(
    series,
    detection.siblings
      .filter((s): s is typeof s & { part: number } => s.part !== null)
      .map((s) => ({ url: s.url, number: s.part, title: s.title, publishedAt: null })),
  );
}
