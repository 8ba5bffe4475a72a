import { t } from '../../i18n';
import { parsePartNumber } from '../numbers';
import { generator, itemOf, textOf, type Adapter } from './adapter';

/**
 * WordPress Organize Series / PublishPress Series: ".seriesmeta" says "This entry is part 2 of
 * 5 in the series X"; ".seriesbox" names the series and links the previous and next parts.
 */
export const organizeSeries: Adapter = {
  name: 'wordpress',
  identify: (doc) => generator(doc, /WordPress/i),
  trigger: { classes: ['seriesmeta', 'seriesbox', 'seriesfooterbox'] },
  collect(doc, url) {
    const meta = /part\s+(\w+)\s+of\s+(\d+)\s+in\s+the\s+series\s*(.*)$/i.exec(
      textOf(doc.querySelector('.seriesmeta')),
    );
    const box = doc.querySelector('.seriesbox, .seriesfooterbox');
    if (!meta && !box) return null;
    const name =
      textOf(box?.querySelector('legend a, .seriestitle a, .series-title a')) ||
      meta?.[3]?.replace(/^["“]|["”]$/g, '') ||
      null;
    const left = box?.querySelector('.series-nav-left a');
    const right = box?.querySelector('.series-nav-right a');
    // Themes reuse "seriesbox" for unrelated widgets: without the plugin's sentence, a box
    // must name its series and have the plugin's previous/next cells.
    const navCells = box?.querySelector(
      '.series-nav-left, .series-nav-right, .series-nav-one, .series-nav-two',
    );
    if (!meta && (!name || !navCells)) return null;
    let part = meta ? parsePartNumber(meta[1] ?? '') : null;
    // The first part has an empty "previous" cell: the box says so without writing a number.
    if (part === null && box && !left && right) part = 1;
    const items = [
      itemOf(left, url, part && part > 1 ? part - 1 : null),
      itemOf(right, url, part ? part + 1 : null),
      ...[...(box?.querySelectorAll('ul a, ol a') ?? [])].map((a) => itemOf(a, url, null)),
    ].filter((i) => i !== null);
    return {
      source: 'organize-series',
      seriesTitle: name,
      part,
      total: meta ? Number(meta[2]) : null,
      items,
      strength: 0.9,
      evidence: meta
        ? name
          ? t('whySeriesBoxNamed', meta[1] ?? '?', meta[2] ?? '?', name)
          : t('whySeriesBox', meta[1] ?? '?', meta[2] ?? '?')
        : name
          ? t('whySeriesNavNamed', name)
          : t('whySeriesNav'),
    };
  },
};
