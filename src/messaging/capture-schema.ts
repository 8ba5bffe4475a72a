import * as v from 'valibot';
import type { EncodedCapture } from '../core/offline/captured';
import { MAX_IMAGES, type CopyLimits } from '../core/offline/images';

const MAX_HTML = 5_000_000;
const MAX_DROPPED = 200;
const Short = v.pipe(v.string(), v.maxLength(500));

/**
 * The injected capture script runs in a web page's process: its answer is bounded and typed
 * at the background's door like any other message from a page.
 */
export function captureSchema(limits: CopyLimits) {
  return v.nullable(
    v.strictObject({
      title: v.nullable(Short),
      byline: v.nullable(Short),
      html: v.pipe(v.string(), v.maxLength(MAX_HTML)),
      images: v.pipe(
        v.array(
          v.nullable(
            v.strictObject({
              type: v.pipe(v.string(), v.regex(/^image\/[a-z0-9.+-]{1,40}$/)),
              base64: v.pipe(
                v.string(),
                v.maxLength(Math.ceil((limits.maxImageBytes * 4) / 3) + 4),
              ),
            }),
          ),
        ),
        v.maxLength(MAX_IMAGES),
      ),
      dropped: v.pipe(
        v.array(v.strictObject({ url: Short, reason: Short })),
        v.maxLength(MAX_DROPPED),
      ),
    }),
  ) satisfies v.GenericSchema<unknown, EncodedCapture | null>;
}
