import { t } from '../../i18n';
import { itemOf, textOf, type Adapter } from './adapter';
import type { BlockItem } from '../block';

/** dev.to (Forem): nav.series-switcher, "Name (4 Part Series)", numbered links, one active. */
export const devto: Adapter = {
  name: 'devto',
  hosts: /(^|\.)dev\.to$/,
  identify: (doc) => doc.getElementsByClassName('series-switcher').length > 0,
  trigger: { classes: ['series-switcher'] },
  collect(doc, url) {
    const nav = doc.querySelector('nav.series-switcher');
    if (!nav) return null;
    const header = /^(.*?)\s*\((\d+)\s+Part Series\)$/i.exec(
      textOf(nav.querySelector('h2, header')),
    );
    let part: number | null = null;
    const items: BlockItem[] = [];
    for (const a of nav.querySelectorAll('a.series-switcher__link')) {
      const n = Number(textOf(a.querySelector('.series-switcher__num'))) || null;
      if (n === null) continue;
      if (a.classList.contains('series-switcher__link--active')) part = n;
      const item = itemOf(a, url, n);
      if (item && !items.some((i) => i.url === item.url)) {
        items.push({
          ...item,
          title: textOf(a.querySelector('.series-switcher__title')) || item.title,
        });
      }
    }
    return {
      source: 'devto',
      seriesTitle: header?.[1] ?? null,
      part,
      total: header ? Number(header[2]) : null,
      items,
      strength: 0.95,
      evidence: t('whyDevto', String(part ?? '?'), header?.[2] ?? '?'),
    };
  },
};
