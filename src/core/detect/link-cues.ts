import { siteOf } from '../identity/address';
import { normaliseTitle } from '../identity/series-key';

/**
 * What makes a link worth keeping before any rule reads it: its text could name a part, its
 * address numbers it like the page's own, or it shares the words of the page's title. The
 * content script needs these, and nothing of the numbering rules.
 */

// Digits of any script: "第３回", "… ၃".
const REFERS =
  /\p{Nd}|part|teil|folge|episode|instal|previous|last|next|following|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth/iu;
// The words a pager leads back or on with, in the languages the markers are in.
export const BACK_WORDS = String.raw`previous|prev|vorherige[rsn]?|précédente?|anterior|vorige|forrige|blaenorol`;
export const ON_WORDS = String.raw`next|nächste[rsn]?|suivante?|siguiente|volgende|neste|nesaf`;
// Pager words in the other languages, looked for only in texts short enough to be a pager.
const PAGER_WORDS = new RegExp(`${BACK_WORDS}|${ON_WORDS}`, 'i');
// A link that says only which way it leads: "← Previous", "Next post »", "Ältere".
const PAGER_ONLY = new RegExp(
  String.raw`^[\s«‹<←⟵]*(?:${BACK_WORDS}|${ON_WORDS}|older|newer)(?:\s+(?:post|article|entry|part|beitrag|artikel))?[\s»›>→⟶:]*$`,
  'i',
);
export const onlyPager = (text: string): boolean => text.length <= 30 && PAGER_ONLY.test(text);

export const mayName = (text: string): boolean =>
  REFERS.test(text) || (text.length <= 30 && PAGER_WORDS.test(text));

const STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'in',
  'on',
  'to',
  'for',
  'der',
  'die',
  'das',
  'und',
]);
export const words = (text: string) =>
  normaliseTitle(text)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w));

// The last path segment split around its number: "tweet-of-the-week-67-dealing" → prefix, 67.
const SLUG_NUMBER = /^(.*?(?:^|[-_])(?:part|teil|folge|episode|p)?)[-_]?0*(\d{1,3})(?:[-_.].*)?$/i;

export function slugParts(url: string): { host: string; prefix: string; n: number } | null {
  if (!url) return null;
  const u = new URL(url);
  let segment = u.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  try {
    segment = decodeURIComponent(segment);
  } catch {
    // a malformed escape stays as written
  }
  const m = SLUG_NUMBER.exec(segment);
  const prefix = (m?.[1] ?? '').toLowerCase();
  if (!m || prefix.replace(/[-_]/g, '').length < 4) return null;
  return { host: siteOf(url) ?? '', prefix, n: Number(m[2]) };
}

// A last path segment that starts with its number and names the step: "/tutorial/2-setup/",
// "/course/03_forms". A bare or zero-padded number ("/archives/000028.php") is an id.
const LEADING_NUMBER = /^(\d{1,3})[-_.](?!(?:html?|php|aspx?|jsp)$)\p{L}/u;

export function numberedPath(url: string): { dir: string; n: number } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const segments = u.pathname.replace(/\/+$/, '').split('/');
  const last = segments.pop() ?? '';
  const m = LEADING_NUMBER.exec(last);
  if (!m) return null;
  return { dir: `${u.host}${segments.join('/')}/`, n: Number(m[1]) };
}

/** The directory a numbered page sits in ("/tutorial/"), so links into it are kept. */
export function numberedDirectory(url: string): string | null {
  const page = numberedPath(url);
  return page ? page.dir.slice(page.dir.indexOf('/')) : null;
}

// Notes filed by date in their own section of a site ("/weeknote/2019-10-07/", "/weeknotes/
// 2020/11/24/", "/weeknotes/13-06-2026/"): detection reads the section, the page keeps the
// links into it.
const NOTES_SECTION =
  /\/(?<section>(?:week|month|sprint)-?notes?)\/(?<deeper>(?:[^/]+\/){0,2}?)(?:\d{4}-\d{2}-\d{2}|\d{4}\/\d{2}\/\d{2}|\d{2}-\d{2}-\d{4})(?:[/_.-]|$)/i;

/**
 * The notes' section an address files a dated note in ("weeknotes"), lower case, and whether
 * the date sits deeper than right below it.
 */
export function notesSection(url: string): { name: string; nested: boolean } | null {
  const groups = NOTES_SECTION.exec(url)?.groups;
  const name = groups?.['section']?.toLowerCase();
  return name ? { name, nested: Boolean(groups?.['deeper']) } : null;
}
