import { t } from '../core/i18n';
import * as v from 'valibot';
import { clipText, FACT_LINKS, FACT_TEXT, LIMITS, PLATFORM_NAME } from '../core/limits';
import { withoutDirectionControls } from '../core/identity/series-key';

/**
 * The building blocks every message, backup and setting is validated with, each bounded by
 * the one set of LIMITS. A message arrives from a content script, so from a web page; a
 * backup from a file, perhaps someone else's: nothing reaches the library unchecked.
 */

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A row id, as the library writes them (crypto.randomUUID()). */
export const Id = v.pipe(
  v.string(),
  v.regex(new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.id}}$`), t('fieldShortId')),
);
export const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check(isHttpUrl, t('fieldHttpUrl')),
);
/** Stored text: a title, an author, a byline, an evidence line. */
export const Text = v.pipe(v.string(), v.maxLength(LIMITS.text));
/** Text a page reports: direction controls that would disguise it are dropped first. */
export const PageText = v.pipe(
  v.string(),
  v.transform(withoutDirectionControls),
  v.trim(),
  v.maxLength(LIMITS.text),
);
export const NoteText = v.pipe(v.string(), v.maxLength(LIMITS.note));
export const SeriesKey = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.key));
export const PartNumber = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(LIMITS.partNumber),
);
export const Words = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.words));
export const Platform = v.pipe(v.string(), v.regex(PLATFORM_NAME));
/** Milliseconds since 1970, within what a Date can hold. */
export const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
/** How far down a page: 0 to 1. */
export const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max));

export const SiblingSchema = v.strictObject({
  url: HttpUrl,
  title: v.nullable(PageText),
  part: v.nullable(PartNumber),
});

export const DetectionSchema = v.strictObject({
  seriesTitle: v.nullable(v.pipe(PageText, v.minLength(1))),
  seriesKey: SeriesKey,
  part: v.nullable(PartNumber),
  total: v.nullable(PartNumber),
  author: v.nullable(PageText),
  platform: Platform,
  siblings: list(SiblingSchema, LIMITS.siblings),
  confidence: Fraction,
  evidence: list(PageText, LIMITS.evidence),
});

export const ReadingState = v.picklist(['reading', 'read']);

// Page facts are the content script's reading of a page, sent for the background to decide
// on. The script already keeps them within these bounds; clipping here, not refusing, means
// an odd page (an address or a heading longer than any limit) still gets an answer.
const upTo = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((text) => clipText(text, max)),
  );
const few = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.transform((items) => items.slice(0, max)),
  );
const Url = upTo(LIMITS.url);
const Line = upTo(LIMITS.text);
// The article's text as the content script joins it: runs of white space made one space, or
// one line break, so no rule meets the blank runs that make patterns backtrack.
const Prose = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((text) =>
      clipText(
        text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' ')),
        max,
      ),
    ),
  );

const BlockItemSchema = v.strictObject({
  url: Url,
  title: v.nullable(Line),
  part: v.nullable(v.number()),
});

const SeriesBlockSchema = v.strictObject({
  source: upTo(32),
  seriesTitle: v.nullable(Line),
  part: v.nullable(v.number()),
  total: v.nullable(v.number()),
  items: few(BlockItemSchema, 500),
  strength: v.number(),
  evidence: upTo(2 * LIMITS.text),
  title: v.optional(v.nullable(Line)),
});

const LinkFactSchema = v.strictObject({
  href: Url,
  text: Line,
  rel: upTo(100),
  zone: v.picklist(['body', 'nav', 'comments', 'other']),
  prose: v.boolean(),
  lead: v.optional(v.strictObject({ n: v.number(), marked: v.boolean() })),
});

export const PageFactsSchema = v.strictObject({
  url: HttpUrl,
  base: HttpUrl,
  canonical: v.nullable(Url),
  host: upTo(253),
  platform: Platform,
  siteNames: few(Line, 20),
  titles: few(Line, 20),
  documentTitle: Line,
  author: v.nullable(Line),
  published: v.nullable(upTo(100)),
  relPrev: v.nullable(Url),
  relNext: v.nullable(Url),
  links: few(LinkFactSchema, FACT_LINKS),
  blocks: few(SeriesBlockSchema, 50),
  // The opening text and the closing paragraphs.
  bodyText: Prose(2 * FACT_TEXT + 1),
  asides: Prose(FACT_TEXT),
});
