import { t } from '../../i18n';
import { inHead, textOf, type Adapter } from './adapter';

const HASHNODE_ASSETS = '[href*="hashnode"], [src*="hashnode"], [content*="hashnode"]';

/** Hashnode: a post in a series links to the blog's /series/<slug> page, named by the series. */
export const hashnode: Adapter = {
  name: 'hashnode',
  hosts: /(^|\.)hashnode\.(dev|net)$/,
  identify: (doc) => inHead(doc, HASHNODE_ASSETS) !== null,
  trigger: { head: HASHNODE_ASSETS },
  collect(doc) {
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
      evidence: t('whyHashnode', name),
    };
  },
};
