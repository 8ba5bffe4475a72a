import { toBase64 } from '../src/core/offline/captured';
import { collectImages, type CopyLimits } from '../src/core/offline/images';
import { fetchImageBytes, viaDataUrl } from '../src/platform/fetch-image';

/**
 * Injected into a tab only when the reader saves a part, never with the always-on content
 * script. It does two things in the page, and nothing else: it hands over what the tab shows
 * (the live document, lazily loaded images at the source the browser chose), and it fetches
 * the article's images with the page's own cookies. The article itself is extracted in the
 * extension's own document (Chrome's offscreen document, Firefox's event page): there the
 * page's DOM is plain data, and Readability and DOMPurify run out of the page's reach (in a
 * Firefox content script they would meet the page's objects through X-ray wrappers).
 */
function snapshot(): { html: string; url: string } {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  // Index loops, not iterators: page collections are not iterable from a Firefox sandbox.
  const live = document.images;
  const copies = clone.getElementsByTagName('img');
  for (let i = 0; i < live.length && i < copies.length; i++) {
    const source = live[i]?.currentSrc;
    if (source) copies[i]?.setAttribute('src', source);
  }
  return { html: `<!doctype html>${clone.outerHTML}`, url: location.href };
}

async function images(urls: string[], textBytes: number, limits: CopyLimits) {
  const { images: kept, dropped } = await collectImages(urls, textBytes, limits, (url, max) =>
    fetchImageBytes(url, max, { credentials: 'include' }, viaDataUrl),
  );
  return {
    images: kept.map((image) =>
      image ? { type: image.type, base64: toBase64(image.bytes) } : null,
    ),
    dropped,
  };
}

// The background calls these by name with further executeScript calls.
Object.assign(globalThis, { instalmentsSnapshot: snapshot, instalmentsImages: images });
