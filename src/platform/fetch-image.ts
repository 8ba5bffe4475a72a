import { formatBytes, ImageRefused, type ImageBytes } from '../core/offline/images';

/**
 * Fetches an image with `fetch`, refusing what is not an image or is over the limit before
 * reading it all, where the server says its size.
 */
export async function fetchImageBytes(
  url: string,
  maxBytes: number,
  init: RequestInit = {},
): Promise<ImageBytes> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  if (!response.ok) throw new ImageRefused(`its site answered ${response.status}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    throw new ImageRefused(`larger than the ${formatBytes(maxBytes)} limit`);
  }
  return { type, bytes: new Uint8Array(await response.arrayBuffer()) };
}
