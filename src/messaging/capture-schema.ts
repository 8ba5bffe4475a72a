import * as v from 'valibot';
import type { CopyLimits } from '../core/offline/images';
import { LIMITS } from '../core/limits';
import { HttpUrl, Text } from './schemas';

// The injected capture script runs in a web page's process: what it hands back is bounded
// and typed at the background's door, like any other message from a page.

/** The tab's document as the reader sees it. */
export const SnapshotSchema = v.strictObject({
  html: v.pipe(v.string(), v.maxLength(20_000_000)),
  url: HttpUrl,
});

/** The article's images, fetched in the page, by index. */
export function imagesSchema(limits: CopyLimits) {
  return v.strictObject({
    images: v.pipe(
      v.array(
        v.nullable(
          v.strictObject({
            type: v.pipe(v.string(), v.regex(/^image\/[a-z0-9.+-]{1,40}$/)),
            base64: v.pipe(v.string(), v.maxLength(Math.ceil((limits.maxImageBytes * 4) / 3) + 4)),
          }),
        ),
      ),
      v.maxLength(LIMITS.images),
    ),
    dropped: v.pipe(
      v.array(v.strictObject({ url: Text, reason: Text })),
      v.maxLength(LIMITS.dropped),
    ),
  });
}
