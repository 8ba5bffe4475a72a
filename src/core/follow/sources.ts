import { isPublicWebAddress, sameSite } from '../identity/address';

/**
 * Where a series' new parts appear: the feed its site publishes by the platform's convention,
 * found from the address of a part alone. A feed the page itself announces is learnt on the
 * first check of the part's own page (see the follow service); either way it is on the part's
 * own site, or it is not used.
 */
export function knownFeed(partUrl: string, platform: string): string | null {
  let url: URL;
  try {
    url = new URL(partUrl);
  } catch {
    return null;
  }
  const origin = url.origin;
  const segments = url.pathname.split('/').filter(Boolean);
  const feed = ((): string | null => {
    switch (platform) {
      case 'khub': {
        // Liferay: /web/<group>/-/blogs/<entry> has its group's feed at /web/<group>/-/blogs/rss.
        const blogs = url.pathname.match(/^(\/web\/[^/]+\/-\/blogs)\//);
        return blogs ? `${origin}${blogs[1]}/rss` : null;
      }
      case 'wordpress':
      case 'govuk-blog':
        return `${origin}/feed/`;
      case 'substack':
        return `${origin}/feed`;
      case 'ghost':
        return `${origin}/rss/`;
      case 'blogger':
        return `${origin}/feeds/posts/default`;
      case 'hashnode':
        return `${origin}/rss.xml`;
      case 'devto':
        return segments[0] ? `${origin}/feed/${segments[0]}` : null;
      case 'medium':
        // medium.com/@user/post has the writer's feed; a publication's own domain has its own.
        return segments[0]?.startsWith('@') ? `${origin}/feed/${segments[0]}` : `${origin}/feed`;
      default:
        return null;
    }
  })();
  return feed && acceptableSource(feed, partUrl) ? feed : null;
}

/** A source is checked only on the site the series was read on, and only on the public web. */
export function acceptableSource(source: string, partUrl: string): boolean {
  return sameSite(source, partUrl) && isPublicWebAddress(source);
}
