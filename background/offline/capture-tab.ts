import * as v from 'valibot';
import { capturedFrom, fromBase64, type CapturedPart } from '../../src/core/offline/captured';
import type { CopyLimits } from '../../src/core/offline/images';
import { imagesSchema, SnapshotSchema } from '../../src/messaging/capture-schema';
import { browser } from '../../src/platform/browser';
import { parseFetchedPage } from '../../src/platform/parse-page';
import { t } from '../../src/core/i18n';

/** Built from capture/extract.ts, injected only when saving. Rooted: Firefox resolves a
 * relative path against the calling page. */
export const CAPTURE_SCRIPT = '/capture/extract.js';

declare const instalmentsSnapshot: () => unknown;
declare const instalmentsImages: (urls: string[], text: number, l: CopyLimits) => unknown;

async function run<T>(tabId: number, func: (...args: never[]) => unknown, args: unknown[]) {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: func as () => unknown,
    args,
  });
  if (frame?.error) throw new Error(t('captureBlocked', String(frame.error)));
  return frame?.result as T;
}

/**
 * Saves what the tab shows: its document as displayed, extracted like a fetched page, and
 * images fetched in the page's context. Null when the page has no article to save.
 */
export async function captureTab(tabId: number, limits: CopyLimits): Promise<CapturedPart | null> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
  const snapshot = v.safeParse(SnapshotSchema, await run(tabId, () => instalmentsSnapshot(), []));
  if (!snapshot.success) throw new Error(t('captureRefused'));
  const { article } = await parseFetchedPage(snapshot.output.html, snapshot.output.url);
  if (!article) return null;
  const fetched = v.safeParse(
    imagesSchema(limits),
    await run(
      tabId,
      (urls: string[], text: number, l: CopyLimits) => instalmentsImages(urls, text, l),
      [article.images, article.html.length, limits],
    ),
  );
  if (!fetched.success) throw new Error(t('captureRefused'));
  const images = fetched.output.images.map((image) =>
    image ? { type: image.type, bytes: fromBase64(image.base64) } : null,
  );
  return capturedFrom(article, images, fetched.output.dropped);
}
