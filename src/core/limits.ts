/**
 * How big anything Instalments keeps may be, named once. Messages and backups are validated
 * against these limits (src/messaging/schemas.ts), the detector keeps to them so an honest
 * report is never refused, and the library clips every row it writes to them (src/db/clip.ts),
 * so whatever the library holds, an export of it imports.
 */
// The few limits the always-on content script keeps to, named on their own so that script
// carries these numbers and not the whole table.
export const TEXT_LIMIT = 300;
export const URL_LIMIT = 2048;
export const KEY_LIMIT = 601;
export const WORDS_LIMIT = 1_000_000;
export const SIBLINGS_LIMIT = 200;
export const EVIDENCE_LIMIT = 20;
export const LIST_ITEMS_LIMIT = 50;
/** Links a page's facts keep, and the characters of its text read from each end. */
export const FACT_LINKS = 3000;
export const FACT_TEXT = 4000;

export const LIMITS = {
  /** Row ids: crypto.randomUUID() and older short ids. */
  id: 64,
  url: URL_LIMIT,
  /** Titles, authors, bylines, sibling titles and each evidence line. */
  text: TEXT_LIMIT,
  /** A series key: a normalised title and author, or a site and an address. */
  key: KEY_LIMIT,
  note: 10_000,
  partNumber: 10_000,
  /** Words in one article (a book is some 100,000). */
  words: WORDS_LIMIT,
  siblings: SIBLINGS_LIMIT,
  evidence: EVIDENCE_LIMIT,
  urlsPerPart: 20,
  /** Platforms on a series or part, aliases of a series. */
  listItems: LIST_ITEMS_LIMIT,
  /** An offline copy's article HTML, in characters. */
  html: 5_000_000,
  /** Images kept with one offline copy. */
  images: 60,
  /** What an offline copy lists as not kept. */
  dropped: 200,
} as const;

/**
 * At most `max` UTF-16 units, never ending in half a surrogate pair (a clipped emoji would
 * otherwise leave a lone surrogate behind).
 */
export function clipText(text: string, max: number = LIMITS.text): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export function clipList<T>(list: readonly T[], max: number): T[] {
  return list.length <= max ? [...list] : list.slice(0, max);
}

/** A platform's name, as detection reports it and settings switch it off ("wordpress"). */
export const PLATFORM_NAME = /^[a-z0-9-]{1,32}$/;
