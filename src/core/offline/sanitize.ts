import type { Config } from 'dompurify';

/** Marks an image in a saved article by its index in the copy's image list. */
export const IMAGE_ATTR = 'data-instalments-image';

/**
 * What a saved article may contain, applied when it is captured and again when the reader
 * shows it (a copy may also arrive in an imported file). Nothing that runs, submits, embeds or
 * loads from the network survives: no scripts or handlers, no forms, frames, media or styles,
 * and links only to http(s), mail or the page itself. Images are kept as stored copies.
 */
export const SANITIZE = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'link',
    'meta',
    'base',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'video',
    'audio',
    'source',
    'track',
    'picture',
    'noscript',
    'template',
    'dialog',
  ],
  FORBID_ATTR: [
    'style',
    'class',
    'id',
    'srcset',
    'sizes',
    'action',
    'formaction',
    'ping',
    'background',
    'poster',
    'target',
  ],
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [IMAGE_ATTR],
  ADD_URI_SAFE_ATTR: [IMAGE_ATTR],
  // DOMPurify's own pattern with every scheme but http(s) and mailto taken out: values with no
  // scheme (sizes, relative links) pass; javascript:, data: (outside images), file: do not.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
} satisfies Config;

/** Image addresses a copy can be made from: the web, or an image already inline in the page. */
export function isCopyableImage(src: string): boolean {
  return /^https?:\/\//i.test(src) || /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/i.test(src);
}
