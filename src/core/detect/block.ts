/**
 * A platform's own statement that a page belongs to a series (AO3's "Part 2 of the X series",
 * a WordPress series box, dev.to's series switcher). Plain data, collected with the page facts.
 */
export interface BlockItem {
  url: string;
  title: string | null;
  part: number | null;
}

export interface SeriesBlock {
  /** Which adapter found it, e.g. "ao3". */
  source: string;
  seriesTitle: string | null;
  part: number | null;
  total: number | null;
  /** Other parts the block links to. */
  items: BlockItem[];
  /** How strongly the block alone says "this page is a series part", 0..1. */
  strength: number;
  evidence: string;
  /** A heading the platform marks as the work's own title, when the page's h1 is the site's. */
  title?: string | null;
}
