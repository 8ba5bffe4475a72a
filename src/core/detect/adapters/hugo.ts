import { plural } from '../../i18n';
import { canonicalUrl } from '../../identity/canonical-url';
import type { BlockItem } from '../block';
import { generator, type Adapter } from './adapter';

/**
 * Hugo's built-in Open Graph template lists other pages of the same series as og:see_also.
 * That names siblings; it does not say which part this page is.
 */
export const hugo: Adapter = {
  name: 'hugo',
  identify: (doc) => generator(doc, /^Hugo/i),
  trigger: { head: 'meta[property="og:see_also"]' },
  collect(doc, url) {
    const items: BlockItem[] = [];
    for (const meta of (doc.head ?? doc).querySelectorAll('meta[property="og:see_also"]')) {
      const item = canonicalUrl(meta.getAttribute('content') ?? '', url);
      if (item && item !== url) items.push({ url: item, title: null, part: null });
    }
    if (items.length === 0) return null;
    return {
      source: 'hugo',
      seriesTitle: null,
      part: null,
      total: null,
      items: items.slice(0, 50),
      strength: 0.3,
      evidence: plural('whyHugo', items.length),
    };
  },
};
