import { withoutDirectionControls } from '../identity/series-key';

/**
 * A title as the page means it: direction controls, arrows and the platform's and site's
 * names taken off. No numbering rules here: the content script needs this much to tell which
 * links name the page's series, and the rules themselves run in the background.
 */

const SITE_SUFFIXES = [
  /\s+\|\s+LinkedIn$/i,
  /\s+[-–—|]\s+Knowledge Hub$/i,
  /\s+\|\s+by\s+.+?\s+\|\s+Medium$/i,
  /\s+[-–—|]\s+Medium$/i,
];

const SITE_SUFFIX_END = /(?:LinkedIn|Knowledge Hub|Medium)$/i;

const SEPARATORS = /\s+(?:\||::|@|[-–—·•»]|\/\/)\s+/g;
const TLD = /(com|net|org|de|info|co|uk|io|dev|me|fr|eu)$/;
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function isSiteName(segment: string, names: string[], hostKey: string): boolean {
  const key = squash(segment);
  if (key.length < 3) return false;
  if (names.some((n) => n === key || key.includes(n) || n.includes(key))) return true;
  const brand = hostKey.replace(TLD, '');
  return hostKey.includes(key) || (brand.length >= 4 && key.includes(brand));
}

/**
 * Cuts a trailing site name ("… | PC Gamer", "… - BOS-Fahrzeuge - Einsatzfahrzeuge …",
 * "… @ 史蒂文的家 :: 痞客邦 PIXNET ::") from a title: from the first segment that is the
 * site's name or part of its host name.
 */
export function stripSiteName(title: string, siteNames: readonly string[], host: string): string {
  const names = siteNames.map(squash).filter((n) => n.length >= 3);
  const hostKey = squash(host.replace(/^www\./, ''));
  const cuts = [...title.matchAll(SEPARATORS)];
  for (const [i, cut] of cuts.entries()) {
    const start = cut.index + cut[0].length;
    const segment = title.slice(start, cuts[i + 1]?.index ?? title.length);
    if (isSiteName(segment, names, hostKey)) return title.slice(0, cut.index);
  }
  return title;
}

// The same link and heading texts are cleaned by several checks of one page.
const MAX_CLEANED = 2000;
const CLEANED = new Map<string, string>();

export function cleanTitle(text: string): string {
  let cleaned = CLEANED.get(text);
  if (cleaned === undefined) {
    if (CLEANED.size >= MAX_CLEANED) CLEANED.clear();
    cleaned = clean(text);
    CLEANED.set(text, cleaned);
  }
  return cleaned;
}

function clean(text: string): string {
  let title = withoutDirectionControls(text).replace(/\s+/g, ' ').trim();
  title = title.replace(/^[«‹<←⟵]+\s*|\s*[»›>→⟶]+$/g, '');
  // Every suffix ends in one of these words: a title ending in none of them has none to cut.
  if (SITE_SUFFIX_END.test(title)) {
    for (const suffix of SITE_SUFFIXES) title = title.replace(suffix, '');
  }
  return title.trim();
}
