/**
 * How two records of one part combine: the one set of rules for merging series, splitting
 * them, importing a backup and (next) syncing, so the same data gives the same library
 * whichever way it arrives. Every rule is commutative, so the order never matters:
 * - state only moves forward (read beats reading beats not yet visited);
 * - the furthest point is the maximum, and the position to resume from goes with it (on a
 *   tie, the latest): a colleague's file or an old backup never pulls the reader back;
 * - the first time it was read is the earliest; first seen the earliest, updated the latest;
 * - addresses and platforms are a union; the reader's number, the detected number, the
 *   title and the publication date are the first record's where it has one.
 */
export type PartState = 'unvisited' | 'reading' | 'read';

export interface PartProgress {
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
  /** Words in the article body, once a visit counted them: for reading times. */
  words?: number;
}

const RANK: Record<PartState, number> = { unvisited: 0, reading: 1, read: 2 };

export const laterState = (a: PartState, b: PartState): PartState => (RANK[b] > RANK[a] ? b : a);

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

const earliest = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

/** `keep` with what `other` knows of the same part; `keep`'s id and series stand. */
export function mergePart<T extends PartProgress>(keep: T, other: PartProgress): T {
  const state = laterState(keep.state, other.state);
  // Ties are broken all the way down, so that the result is the same either way round.
  const ahead =
    other.furthest !== keep.furthest
      ? other.furthest > keep.furthest
      : other.updatedAt !== keep.updatedAt
        ? other.updatedAt > keep.updatedAt
        : other.lastPosition > keep.lastPosition;
  const latest = ahead ? other : keep;
  return {
    ...keep,
    number: keep.number ?? other.number,
    userNumber: keep.userNumber ?? other.userNumber,
    title: keep.title ?? other.title,
    urls: union(keep.urls, other.urls),
    platforms: union(keep.platforms, other.platforms),
    state,
    furthest: Math.max(keep.furthest, other.furthest),
    lastPosition: latest.lastPosition,
    publishedAt: keep.publishedAt ?? other.publishedAt,
    firstSeenAt: Math.min(keep.firstSeenAt, other.firstSeenAt),
    updatedAt: Math.max(keep.updatedAt, other.updatedAt),
    readAt: state === 'read' ? earliest(keep.readAt, other.readAt) : null,
    ...((keep.words ?? other.words) !== undefined && { words: keep.words ?? other.words }),
  };
}
