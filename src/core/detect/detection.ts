export interface Sibling {
  url: string;
  title: string | null;
  part: number | null;
}

/** What the detector concludes about one page; plain data, sent to the background as is. */
export interface Detection {
  seriesTitle: string | null;
  seriesKey: string;
  part: number | null;
  total: number | null;
  author: string | null;
  platform: string;
  siblings: Sibling[];
  /** 0..1; at TRACK_THRESHOLD or above the page is tracked without asking. */
  confidence: number;
  /** Human-readable reasons, shown to a user who asks "why is this a series?". */
  evidence: string[];
}

export const TRACK_THRESHOLD = 0.5;

/**
 * The sizes a Detection keeps to. The background's schema checks the same numbers, so the
 * detector never produces what the background would refuse.
 */
export const DETECTION_LIMITS = {
  /** Titles, author, sibling titles and each evidence line. */
  text: 300,
  /** A series key: a normalised title and author, or a site and an address. */
  key: 601,
  siblings: 200,
  evidence: 20,
} as const;
