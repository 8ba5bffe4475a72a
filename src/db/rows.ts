import { t } from '../core/i18n';
import type { Dropped } from '../core/offline/article';
import type { PartProgress, PartState } from '../core/progress/merge';

/** The rows the library stores. Plain data: everything here survives structured cloning. */

export type { PartState };

export interface SeriesRow {
  id: string;
  /** Normalised base title + author: the same series on any platform. */
  key: string;
  /** Other series keys that now mean this series (the user merged them in). */
  aliases: string[];
  /** The title detection found; the user's own title, when set, wins. */
  title: string;
  userTitle: string | null;
  /** When the reader last renamed it (for sync: the later name wins); absent never. */
  userTitleAt?: number;
  author: string | null;
  platforms: string[];
  /**
   * Why the latest detection took a page for a part of this series ("title has "X" then
   * "Part 3""), shown to a reader who asks. Absent on rows written before it was kept.
   */
  evidence?: string[];
  /**
   * How many parts the series has by its own account ("Part 1 of 3"), the largest any part
   * declared; absent when none did. The series counts at least this many parts.
   */
  total?: number;
  createdAt: number;
  lastActivityAt: number;
}

/** A part as stored: its progress fields are the ones the merge rules combine. */
export interface PartRow extends PartProgress {
  id: string;
  seriesId: string;
  /**
   * What the part's offline copy holds, kept beside the part so the library can show it
   * without loading the copy. Absent or null: no copy.
   */
  offline?: OfflineSummary | null;
  /** When following the series found this part (not yet visited): shown as "New". */
  foundAt?: number;
  /**
   * When the reader last said how far they are (marked it read or unread, or finished it):
   * across computers, the later word wins. Absent: never.
   */
  editedAt?: number;
  /** When the reader last moved it to another series: across computers, the later move wins. */
  movedAt?: number;
  /** When the bookmark was last set (positive) or taken off (negative). Absent: never. */
  bookmarkAt?: number;
  /**
   * When the reader was at `lastPosition`, where another computer's record put it there;
   * absent: `updatedAt`. Every local change of the position clears it.
   */
  positionAt?: number;
}

export interface OfflineSummary {
  bytes: number;
  savedAt: number;
  images: number;
  dropped: number;
}

export interface BookmarkRow {
  partId: string;
  createdAt: number;
}

export interface NoteRow {
  /** "part:<id>" or "series:<id>" (see noteId). */
  id: string;
  text: string;
  updatedAt: number;
}

/** A part saved for offline reading: sanitised article HTML and its images as Blobs. */
export interface OfflineCopyRow {
  partId: string;
  title: string | null;
  byline: string | null;
  html: string;
  /** By the index the article's images carry; null where an image was not kept. */
  images: (Blob | null)[];
  /** What the copy could not keep, and why: shown in the reader. */
  dropped: Dropped[];
  bytes: number;
  sourceUrl: string;
  savedAt: number;
}

/** A part "Save all" could not save, named for the reader. */
export interface JobFailure {
  partId: string;
  label: string;
  reason: string;
  /** The part needs the reader's own visit (a login the background cannot use). */
  needsVisit: boolean;
}

/**
 * A save that outlives the worker: "Save all" for a series, or one part that failed to save.
 * The runner takes the next part that is neither done nor failed, so a stopped worker picks
 * up where it was.
 */
export interface SaveJobRow {
  id: string;
  seriesId: string;
  title: string;
  partIds: string[];
  done: string[];
  failed: JobFailure[];
  status: 'running' | 'done' | 'cancelled';
  createdAt: number;
  updatedAt: number;
}

/** A page the user told Instalments to stop tracking: later detections of it are ignored. */
export interface UntrackedRow {
  url: string;
  createdAt: number;
  /** The series the page was removed from, so other computers remove it too. */
  seriesKey?: string;
}

export type NoteTarget = 'part' | 'series';

export function noteId(target: NoteTarget, id: string): string {
  return `${target}:${id}`;
}

/** The number that counts: the user's, else the detected one. */
export function partNumber(part: Pick<PartRow, 'number' | 'userNumber'>): number | null {
  return part.userNumber ?? part.number;
}

/** How a part is named to the reader: its title, else its number. */
export function partLabel(part: Pick<PartRow, 'title' | 'number' | 'userNumber'>): string {
  const n = partNumber(part);
  return part.title ?? (n === null ? t('untitledPart') : t('partNumbered', n));
}

export function seriesTitle(series: Pick<SeriesRow, 'title' | 'userTitle'>): string {
  return series.userTitle ?? series.title;
}
