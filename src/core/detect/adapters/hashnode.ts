import { textOf, type Adapter } from './adapter';

/** Hashnode: a post in a series links to the blog's /series/<slug> page, named by the series. */
export const hashnode: Adapter = {
  name: 'hashnode',
  hosts: /(^|\.)hashnode\.(dev|net)$/,
  identify: (doc) => doc.querySelector('link[href*="hashnode"], script[src*="hashnode"]') !== null,
  trigger: 'a[href*="/series/"]',
  collect(doc) {
    if (!hashnode.identify?.(doc)) return null;
    const link = doc.querySelector('a[href*="/series/"]');
    const name = textOf(link);
    if (!link || !name) return null;
    return {
      source: 'hashnode',
      seriesTitle: name,
      part: null,
      total: null,
      items: [],
      strength: 0.3,
      evidence: `Hashnode: in the series "${name}"`,
    };
  },
};
