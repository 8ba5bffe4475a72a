import type { CapturedPart } from '../core/offline/captured';
import type { OfflineCopyRow } from './schema';

/** A captured (or imported) part as the row the offline table stores: images as Blobs. */
export function toCopyRow(
  partId: string,
  captured: CapturedPart,
  sourceUrl: string,
  now: number,
): OfflineCopyRow {
  const images = captured.images.map((image) =>
    image ? new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.type }) : null,
  );
  const bytes =
    new Blob([captured.html]).size + images.reduce((sum, blob) => sum + (blob?.size ?? 0), 0);
  return {
    partId,
    title: captured.title,
    byline: captured.byline,
    html: captured.html,
    images,
    dropped: captured.dropped,
    bytes,
    sourceUrl,
    savedAt: now,
  };
}
