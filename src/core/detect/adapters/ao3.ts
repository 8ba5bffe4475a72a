import { t } from '../../i18n';
import { itemOf, textOf, type Adapter } from './adapter';

/** Archive of Our Own: "Part 2 of the <a>Iterum Rex</a> series" with previous/next work links. */
export const ao3: Adapter = {
  name: 'ao3',
  hosts: /(^|\.)archiveofourown\.org$/,
  trigger: { classes: ['position'] },
  collect(doc, url) {
    const position = doc.querySelector('span.series span.position, dd.series .position');
    const match = /Part\s+(\d{1,4})\s+of\s+the\s+(.+?)\s+series/i.exec(textOf(position));
    if (!position || !match) return null;
    const part = Number(match[1]);
    const series = position.closest('span.series');
    // "← Previous Work" names the direction, not the work.
    const items = [
      itemOf(series?.querySelector('a.previous'), url, part - 1),
      itemOf(series?.querySelector('a.next'), url, part + 1),
    ]
      .filter((i) => i !== null)
      .map((i) => ({ ...i, title: null }));
    return {
      source: 'ao3',
      seriesTitle: match[2] ?? null,
      part,
      total: null,
      items,
      strength: 0.95,
      evidence: t('whyAo3', String(part), match[2] ?? ''),
      title: textOf(doc.querySelector('h2.title.heading')) || null,
    };
  },
};
