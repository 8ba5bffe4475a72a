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
