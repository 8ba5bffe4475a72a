import { fromBase64 } from '../core/offline/captured';
import { formatBytes, ImageRefused, type ImageBytes } from '../core/offline/images';
import { t } from '../core/i18n';

/** How a response's bytes are read; the default suits every extension context. */
export type BodyReader = (response: Response) => Promise<Uint8Array>;

const asBuffer: BodyReader = async (response) => new Uint8Array(await response.arrayBuffer());

/**
 * In a Firefox content script the response's ArrayBuffer belongs to the page's compartment,
 * and a typed array over it throws ("Permission denied to access property constructor"). A
 * data URL is a string, which crosses compartments as a copy.
 */
export const viaDataUrl: BodyReader = async (response) => {
  const blob = await response.blob();
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(t('imageUnreadable')));
    reader.readAsDataURL(blob);
  });
  return fromBase64(url.slice(url.indexOf(',') + 1));
};

/**
 * Fetches an image with `fetch`, refusing what is not an image or is over the limit before
 * reading it all, where the server says its size.
 */
export async function fetchImageBytes(
  url: string,
  maxBytes: number,
  init: RequestInit = {},
  read: BodyReader = asBuffer,
): Promise<ImageBytes> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  if (!response.ok) throw new ImageRefused(t('imageSiteAnswered', response.status));
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    throw new ImageRefused(t('imageTooLarge', formatBytes(maxBytes)));
  }
  return { type, bytes: await read(response) };
}
