import DOMPurify from 'dompurify';
import { extractArticle } from '../src/core/offline/article';
import { capturedFrom, encodeCapture, type EncodedCapture } from '../src/core/offline/captured';
import { collectImages, type CopyLimits } from '../src/core/offline/images';
import { fetchImageBytes } from '../src/platform/fetch-image';

/**
 * Injected into a tab only when the reader saves a part, never with the always-on content
 * script. It reads what the browser shows: a clone of the live document (so logged-in pages
 * and lazily loaded images are as the reader saw them), and images fetched in the page's own
 * context, with the page's cookies, where its sites allow.
 */
async function capture(limits: CopyLimits): Promise<EncodedCapture | null> {
  const article = extractArticle(document.cloneNode(true) as Document, DOMPurify);
  if (!article) return null;
  const { images, dropped } = await collectImages(
    article.images,
    article.html.length,
    limits,
    (url, max) => fetchImageBytes(url, max, { credentials: 'include' }),
  );
  return encodeCapture(capturedFrom(article, images, dropped));
}

// The background calls this with a second executeScript, passing the limits as an argument.
Object.assign(globalThis, { instalmentsCapture: capture });
