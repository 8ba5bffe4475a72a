import { detectSeries } from '../core/detect';
import { readFeed, refuseFeedText } from '../core/follow/feed';
import type { Parsed } from '../../background/follow/service';

const FEED_LINK =
  'link[rel~="alternate"][type="application/rss+xml"][href], link[rel~="alternate"][type="application/atom+xml"][href]';

function resolved(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/**
 * Reads what a follow check fetched, where there is a DOM (the offscreen document, or an event
 * page): a feed with the XML parser, a page with the detector. Nothing is rendered and no
 * script runs: DOMParser documents are inert.
 */
export function parseFollowHere(text: string, url: string, type: 'feed' | 'page'): Parsed {
  const refused = refuseFeedText(text);
  if (refused) return { kind: 'refused', reason: refused };
  if (type === 'feed') {
    const items = readFeed(new DOMParser().parseFromString(text, 'application/xml'), url);
    return typeof items === 'string' ? { kind: 'refused', reason: items } : { kind: 'feed', items };
  }
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const href = doc.head?.querySelector(FEED_LINK)?.getAttribute('href');
  return {
    kind: 'page',
    detection: detectSeries(doc, url),
    feed: href ? resolved(href, url) : null,
  };
}
