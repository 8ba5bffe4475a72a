import { t } from '../../i18n';
import { itemOf, textOf, type Adapter } from './adapter';

/** LessWrong sequences: the sequence title above the post, and previous/next-in-sequence arrows. */
export const lesswrong: Adapter = {
  name: 'lesswrong',
  hosts: /(^|\.)lesswrong\.com$/,
  trigger: { classes: ['PostsTopSequencesNav-title'] },
  collect(doc, url) {
    const title = doc.querySelector('.PostsTopSequencesNav-title');
    if (!title) return null;
    const nav = title.closest('.PostsTopSequencesNav-root');
    const arrows = [...(nav?.querySelectorAll('.SequencesNavigationLink-root') ?? [])];
    const first = arrows[0]?.classList.contains('SequencesNavigationLink-disabled') ?? false;
    const next = doc.querySelector(
      '.BottomNavigation-nextPost a, .BottomNavigation-nextPost[href]',
    );
    const prev = doc.querySelector(
      '.BottomNavigation-prevPost a, .BottomNavigation-prevPost[href]',
    );
    const part = first ? 1 : null;
    return {
      source: 'lesswrong',
      seriesTitle: textOf(title) || null,
      part,
      total: null,
      items: [itemOf(prev, url, null), itemOf(next, url, part ? part + 1 : null)].filter(
        (i) => i !== null,
      ),
      strength: 0.85,
      evidence: first ? t('whyLessWrongFirst', textOf(title)) : t('whyLessWrong', textOf(title)),
    };
  },
};
