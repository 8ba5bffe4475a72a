import { clipList, clipText, LIMITS } from '../core/limits';
import type { NoteRow, OfflineCopyRow, PartRow, SeriesRow } from './rows';

/**
 * Every row the library writes, clipped to the limits a backup is checked against. A part
 * that gathered more addresses than a backup carries, two notes joined past the note limit, a
 * saved page with a megabyte-long title: each is kept within bounds as it is written, so an
 * export of the library always imports.
 */

const text = (value: string | null) => (value === null ? null : clipText(value));

function clipSeries(row: SeriesRow): SeriesRow {
  return {
    ...row,
    title: clipText(row.title),
    userTitle: text(row.userTitle),
    author: text(row.author),
    aliases: clipList(row.aliases, LIMITS.listItems),
    platforms: clipList(row.platforms, LIMITS.listItems),
    ...(row.evidence && {
      evidence: clipList(row.evidence, LIMITS.evidence).map((e) => clipText(e)),
    }),
  };
}

function clipPart(row: PartRow): PartRow {
  return {
    ...row,
    title: text(row.title),
    // The first addresses are the ones the part was found at; later ones are cross-posts
    // and variants.
    urls: clipList(row.urls, LIMITS.urlsPerPart),
    platforms: clipList(row.platforms, LIMITS.listItems),
  };
}

const clipNote = (row: NoteRow): NoteRow => ({ ...row, text: clipText(row.text, LIMITS.note) });

function clipCopy(row: OfflineCopyRow): OfflineCopyRow {
  return {
    ...row,
    title: text(row.title),
    byline: text(row.byline),
    images: clipList(row.images, LIMITS.images),
    dropped: clipList(row.dropped, LIMITS.dropped).map((d) => ({
      url: clipText(d.url),
      reason: clipText(d.reason),
    })),
  };
}

const CLIPS: Record<string, (row: never) => unknown> = {
  series: clipSeries,
  parts: clipPart,
  notes: clipNote,
  offline: clipCopy,
};

/** The row as the library keeps it in `table`. */
export function clipRow<T>(table: string, row: T): T {
  const clip = CLIPS[table];
  return clip && row && typeof row === 'object' ? (clip(row as never) as T) : row;
}
