import type { Dropped } from './article';
import { fromBase64 } from './captured';
import { t } from '../i18n';
import { LIMITS } from '../limits';

/** How much one saved part may hold; the reader can change both. */
export interface CopyLimits {
  maxImageBytes: number;
  maxPartBytes: number;
}

/** More than this many images in one article is a gallery: the rest are left out. */
export const MAX_IMAGES = LIMITS.images;

export const DEFAULT_COPY_LIMITS: CopyLimits = {
  maxImageBytes: 2 * 1024 * 1024,
  maxPartBytes: 10 * 1024 * 1024,
};

export interface ImageBytes {
  type: string;
  bytes: Uint8Array;
}

/** Fetches one image where the caller may (the page's context, or the background). */
export type ImageFetcher = (url: string, maxBytes: number) => Promise<ImageBytes>;

/** A failure worth telling the reader in their words, not the network stack's. */
export class ImageRefused extends Error {}

const ALLOWED_TYPES = /^image\/(?:png|jpeg|gif|webp|avif|svg\+xml)$/;
const PARALLEL = 4;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** Decodes an inline `data:image/…;base64,` address without the network. */
export function decodeDataImage(url: string): ImageBytes {
  const match = /^data:(image\/[a-z0-9.+-]+);base64,(.*)$/is.exec(url);
  if (!match?.[1] || match[2] === undefined) throw new ImageRefused(t('imageNotInline'));
  try {
    return { type: match[1].toLowerCase(), bytes: fromBase64(match[2].replace(/\s+/g, '')) };
  } catch {
    throw new ImageRefused(t('imageDamaged'));
  }
}

/**
 * Copies an article's images within the limits, a few at a time. Returns the images by index
 * (null where one was not kept) and why each missing one was left out.
 */
export async function collectImages(
  urls: readonly string[],
  textBytes: number,
  limits: CopyLimits,
  fetchImage: ImageFetcher,
): Promise<{ images: (ImageBytes | null)[]; dropped: Dropped[] }> {
  const images: (ImageBytes | null)[] = urls.map(() => null);
  const dropped: Dropped[] = [];
  let total = textBytes;
  const fetched = await mapLimited(urls, PARALLEL, async (url) => {
    try {
      const image = url.startsWith('data:')
        ? decodeDataImage(url)
        : await fetchImage(url, limits.maxImageBytes);
      if (!ALLOWED_TYPES.test(image.type)) {
        throw new ImageRefused(t('imageWrongType', image.type || t('imageNoType')));
      }
      if (image.bytes.byteLength > limits.maxImageBytes) {
        throw new ImageRefused(t('imageTooLarge', formatBytes(limits.maxImageBytes)));
      }
      return image;
    } catch (error) {
      return error instanceof ImageRefused ? error : new ImageRefused(t('imageRefusedBySite'));
    }
  });
  // Within the part's limit in reading order: the first images are the ones that explain.
  fetched.forEach((result, index) => {
    const url = urls[index] ?? '';
    const shown = url.startsWith('data:') ? t('imageInline') : url.slice(0, 300);
    if (result instanceof ImageRefused) {
      dropped.push({ url: shown, reason: result.message });
    } else if (total + result.bytes.byteLength > limits.maxPartBytes) {
      dropped.push({
        url: shown,
        reason: t('imageOverPartLimit', formatBytes(limits.maxPartBytes)),
      });
    } else {
      total += result.bytes.byteLength;
      images[index] = result;
    }
  });
  return { images, dropped };
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
