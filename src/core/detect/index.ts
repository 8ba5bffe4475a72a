import { canonicalUrl } from '../identity/canonical-url';
import { normaliseTitle, seriesKey } from '../identity/series-key';
import { TRACK_THRESHOLD, type Detection, type Sibling } from './detection';
import { collectFacts, type PageFacts } from './page-facts';
import { platformOf } from './platform';
import { parseTitle, stripSiteSuffix } from './title';

export { TRACK_THRESHOLD, type Detection, type Sibling } from './detection';
export { collectFacts, type PageFacts } from './page-facts';

const MAX_SIBLINGS = 200;

function siblingsOf(facts: PageFacts, base: string, self: string): Sibling[] {
  const wanted = normaliseTitle(base);
  const found = new Map<string, Sibling>();
  for (const link of facts.links) {
    const parsed = parseTitle(link.text);
    if (parsed?.base == null || normaliseTitle(parsed.base) !== wanted) continue;
    const url = canonicalUrl(link.href, facts.url);
    if (!url || url === self || found.has(url)) continue;
    found.set(url, { url, title: link.text, part: parsed.part });
    if (found.size >= MAX_SIBLINGS) break;
  }
  return [...found.values()];
}

/** The part's own title: the article heading, else the document title without the site name. */
export function pageTitle(facts: PageFacts): string {
  return facts.heading ?? stripSiteSuffix(facts.documentTitle);
}

/** Decides from page facts alone whether this page is one part of a series. */
export function decide(facts: PageFacts): Detection | null {
  const title = pageTitle(facts);
  const parsed = parseTitle(title);
  if (!parsed) return null;
  const self = canonicalUrl(facts.url) ?? facts.url;
  const evidence = [parsed.rule];
  let confidence = parsed.base ? 0.6 : 0.3;
  const siblings = parsed.base ? siblingsOf(facts, parsed.base, self) : [];
  if (siblings.length > 0) {
    confidence += 0.2;
    evidence.push(
      `links to ${siblings.length === 1 ? 'another part' : `${siblings.length} other parts`}`,
    );
  }
  return {
    seriesTitle: parsed.base,
    seriesKey: seriesKey(parsed.base ?? title, facts.author),
    part: parsed.part,
    total: null,
    author: facts.author,
    platform: platformOf(facts.url),
    siblings,
    confidence: Math.min(1, confidence),
    evidence,
  };
}

export function detectSeries(doc: Document, url: string): Detection | null {
  return decide(collectFacts(doc, url));
}

export function isTracked(detection: Detection): boolean {
  return detection.confidence >= TRACK_THRESHOLD;
}
