import { t } from '../core/i18n';
import * as v from 'valibot';
import { DETECTION_LIMITS } from '../core/detect/detection';
import { withoutDirectionControls } from '../core/identity/series-key';

// Everything here arrives from a content script, so from a web page: bound every size and
// accept only http(s) links before anything reaches the library. The detector keeps to the
// same limits, so a page's honest report is never refused.
export const MAX_URL_LENGTH = 2048;
export const MAX_TITLE_LENGTH = DETECTION_LIMITS.text;
export const MAX_SIBLINGS = DETECTION_LIMITS.siblings;
export const MAX_EVIDENCE = DETECTION_LIMITS.evidence;
export const MAX_NOTE_LENGTH = 10_000;

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH),
  v.check(isHttpUrl, t('fieldHttpUrl')),
);
const Text = v.pipe(
  v.string(),
  v.transform(withoutDirectionControls),
  v.trim(),
  v.maxLength(MAX_TITLE_LENGTH),
);
export const PageTitle = Text;
const PartNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000));

export const SiblingSchema = v.strictObject({
  url: HttpUrl,
  title: v.nullable(Text),
  part: v.nullable(PartNumber),
});

export const DetectionSchema = v.strictObject({
  seriesTitle: v.nullable(v.pipe(Text, v.minLength(1))),
  seriesKey: v.pipe(v.string(), v.minLength(1), v.maxLength(DETECTION_LIMITS.key)),
  part: v.nullable(PartNumber),
  total: v.nullable(PartNumber),
  author: v.nullable(Text),
  platform: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/)),
  siblings: v.pipe(v.array(SiblingSchema), v.maxLength(MAX_SIBLINGS)),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  evidence: v.pipe(v.array(Text), v.maxLength(MAX_EVIDENCE)),
});

export const ReadingState = v.picklist(['reading', 'read']);
