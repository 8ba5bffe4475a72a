import type { Dropped, ExtractedArticle } from './article';
import type { ImageBytes } from './images';

/**
 * A part as captured, before it is stored: the article and its images' bytes by index (null
 * where an image was not kept).
 */
export interface CapturedPart {
  title: string | null;
  byline: string | null;
  html: string;
  images: (ImageBytes | null)[];
  dropped: Dropped[];
}

/** A part with its images as base64, as a backup file carries it. */
export interface EncodedCapture extends Omit<CapturedPart, 'images'> {
  images: ({ type: string; base64: string } | null)[];
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function decodeCapture(encoded: EncodedCapture): CapturedPart {
  return {
    ...encoded,
    images: encoded.images.map((image) =>
      image ? { type: image.type, bytes: fromBase64(image.base64) } : null,
    ),
  };
}

export function capturedFrom(
  article: ExtractedArticle,
  images: CapturedPart['images'],
  dropped: Dropped[],
): CapturedPart {
  return {
    title: article.title,
    byline: article.byline,
    html: article.html,
    images,
    dropped: [...article.dropped, ...dropped],
  };
}
