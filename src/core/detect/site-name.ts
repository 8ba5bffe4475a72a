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

// The zero of each run of ten digits titles are written in besides 0–9: Arabic-Indic and
// Persian, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, and the
// full-width digits of Chinese and Japanese titles ("第３回").
const ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20,
  0x1040, 0x17e0, 0x1810, 0xff10,
];
const OTHER_DIGIT = /[^\P{Nd}0-9]/gu;

/** Digits of any script as 0–9, so every rule reads "ジャンプ３" and "… ၃" as numbered. */
function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => code >= z && code < z + 10);
    return zero === undefined ? digit : String(code - zero);
  });
}

function clean(text: string): string {
  let title = asciiDigits(withoutDirectionControls(text)).replace(/\s+/g, ' ').trim();
  title = title.replace(/^[«‹<←⟵]+\s*|\s*[»›>→⟶]+$/g, '');
  // Every suffix ends in one of these words: a title ending in none of them has none to cut.
  if (SITE_SUFFIX_END.test(title)) {
    for (const suffix of SITE_SUFFIXES) title = title.replace(suffix, '');
  }
  return title.trim();
}
