import { clipText, LIMITS } from '../limits';

/**
 * A site's feed, read as untrusted input: parsed by a real XML parser, never rendered, bounded
 * in size and in items, and reduced to plain data before anything else sees it.
 */
export interface FeedItem {
  url: string;
  title: string;
  /** When the item says it was published, if it says so in a form we can read. */
  publishedAt: number | null;
}

/** Bytes of feed text read at most; a feed is a list of recent posts, not an archive. */
export const MAX_FEED_CHARS = 2_000_000;
/** Items read at most, newest first as feeds list them. */
export const MAX_FEED_ITEMS = 200;

export type FeedRefusal = 'too-large' | 'entities' | 'not-xml' | 'not-a-feed';

/**
 * What the parser is never given: entity declarations (the "billion laughs" and external
 * entities live there) and text past the size limit.
 */
export function refuseFeedText(text: string): FeedRefusal | null {
  if (text.length > MAX_FEED_CHARS) return 'too-large';
  return /<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text.slice(0, 20_000)) ? 'entities' : null;
}

const clip = (text: string | null | undefined, max: number = LIMITS.text) =>
  clipText((text ?? '').replace(/\s+/g, ' ').trim(), max);

function child(el: Element, ...names: string[]): Element | null {
  for (const node of Array.from(el.children)) {
    const name = node.localName.toLowerCase();
    if (names.includes(name)) return node;
  }
  return null;
}

function linkOf(item: Element): string {
  // Atom: <link rel="alternate" href>; RSS: <link>text</link>, else a permalink <guid>.
  for (const node of Array.from(item.children)) {
    if (node.localName.toLowerCase() !== 'link') continue;
    const href = node.getAttribute('href');
    const rel = node.getAttribute('rel') ?? 'alternate';
    if (href && rel === 'alternate') return href.trim();
    if (!href && node.textContent?.trim()) return node.textContent.trim();
  }
  const guid = child(item, 'guid');
  return guid && guid.getAttribute('isPermaLink') !== 'false'
    ? (guid.textContent ?? '').trim()
    : '';
}

function dateOf(item: Element): number | null {
  const el = child(item, 'pubdate', 'published', 'updated', 'date');
  const time = Date.parse(clip(el?.textContent, 64));
  return Number.isFinite(time) && time > 0 ? time : null;
}

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom items as plain data, resolved against the feed's address.
 * Only http(s) links are kept; which site they may be on is the matcher's rule.
 */
export function readFeed(doc: Document, feedUrl: string): FeedItem[] | FeedRefusal {
  if (doc.getElementsByTagName('parsererror').length > 0) return 'not-xml';
  const root = doc.documentElement?.localName.toLowerCase();
  if (root !== 'rss' && root !== 'feed' && root !== 'rdf') return 'not-a-feed';
  const nodes = [
    ...Array.from(doc.getElementsByTagName('item')),
    ...Array.from(doc.getElementsByTagName('entry')),
  ].slice(0, MAX_FEED_ITEMS);
  const items: FeedItem[] = [];
  for (const node of nodes) {
    let url: URL;
    try {
      url = new URL(linkOf(node), feedUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    if (url.href.length > LIMITS.url) continue;
    const title = clip(child(node, 'title')?.textContent);
    if (!title) continue;
    items.push({ url: url.href, title, publishedAt: dateOf(node) });
  }
  return items;
}
