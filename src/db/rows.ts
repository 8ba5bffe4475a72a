/** The rows the library stores. Plain data: everything here survives structured cloning. */

export type PartState = 'unvisited' | 'reading' | 'read';

export interface SeriesRow {
  id: string;
  /** Normalised base title + author: the same series on any platform. */
  key: string;
  /** Other series keys that now mean this series (the user merged them in). */
  aliases: string[];
  /** The title detection found; the user's own title, when set, wins. */
  title: string;
  userTitle: string | null;
  author: string | null;
  platforms: string[];
  /**
   * Why the latest detection took a page for a part of this series ("title has "X" then
   * "Part 3""), shown to a reader who asks. Absent on rows written before it was kept.
   */
  evidence?: string[];
  createdAt: number;
  lastActivityAt: number;
}

export interface PartRow {
  id: string;
  seriesId: string;
  /** The number detection found; the user's own number, when set, wins. */
  number: number | null;
  userNumber: number | null;
  title: string | null;
  /** Every URL the part is known by (the original and its cross-posts). */
  urls: string[];
  platforms: string[];
  state: PartState;
  /** How far into the article body the reader has been (0..1); never goes back. */
  furthest: number;
  /** Where the reader last was (0..1), to resume from. */
  lastPosition: number;
  publishedAt: number | null;
  firstSeenAt: number;
  updatedAt: number;
  readAt: number | null;
}

export interface BookmarkRow {
  partId: string;
  createdAt: number;
}

export interface NoteRow {
  /** "part:<id>" or "series:<id>". */
  id: string;
  text: string;
  updatedAt: number;
}

export interface OfflineCopyRow {
  partId: string;
  html: string;
  bytes: number;
  sourceUrl: string;
  savedAt: number;
}

/** A page the user told Instalments to stop tracking: later detections of it are ignored. */
export interface UntrackedRow {
  url: string;
  createdAt: number;
}

/** The number that counts: the user's, else the detected one. */
export function partNumber(part: Pick<PartRow, 'number' | 'userNumber'>): number | null {
  return part.userNumber ?? part.number;
}

export function seriesTitle(series: Pick<SeriesRow, 'title' | 'userTitle'>): string {
  return series.userTitle ?? series.title;
}
