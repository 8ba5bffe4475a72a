import { t } from '../src/core/i18n';
import DOMPurify from 'dompurify';
import { IMAGE_ATTR, SANITIZE } from '../src/core/offline/sanitize';
import type { OfflineCopyRow } from '../src/db/schema';

const purify = DOMPurify();
// Links in a saved article open beside the reader, never in its place, and tell the site
// nothing about where they came from.
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Builds a saved article's DOM for the reader. The copy is sanitised again here, whatever its
 * origin (a capture, an older release, an imported file), and nothing in it reaches the
 * network: images come from the stored Blobs; an image without one shows why.
 * Returns the fragment and a function that releases the images' object URLs.
 */
export function articleBody(copy: OfflineCopyRow): {
  fragment: DocumentFragment;
  release: () => void;
} {
  const fragment = purify.sanitize(copy.html, {
    ...SANITIZE,
    RETURN_DOM_FRAGMENT: true,
  });
  const urls: string[] = [];
  for (const img of fragment.querySelectorAll('img')) {
    img.removeAttribute('src');
    const blob = copy.images[Number(img.getAttribute(IMAGE_ATTR) ?? -1)];
    if (blob) {
      const url = URL.createObjectURL(blob);
      urls.push(url);
      img.setAttribute('src', url);
      img.setAttribute('loading', 'lazy');
    } else {
      const missing = document.createElement('span');
      missing.className = 'missing-image';
      const alt = img.getAttribute('alt')?.trim();
      missing.textContent = alt ? t('imageNotSavedAlt', alt) : t('imageNotSaved');
      img.replaceWith(missing);
    }
  }
  return { fragment, release: () => urls.forEach((url) => URL.revokeObjectURL(url)) };
}
