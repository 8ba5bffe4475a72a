import { t } from '../core/i18n';
import * as v from 'valibot';
import { LIMITS, PLATFORM_NAME } from '../core/limits';
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
