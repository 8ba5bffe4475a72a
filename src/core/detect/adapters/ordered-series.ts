import { t } from '../../i18n';
import { canonicalUrl } from '../../identity/canonical-url';
import type { BlockItem, SeriesBlock } from '../block';
import { itemOf, textOf, type Adapter } from './adapter';

/**
 * Every part of a series listed in order, this page among them, under a sentence that names
 * the series ("This post is part of the “WHOIS in PHP” series; here is a list of all the
 * articles"): the page is the part at its own place in the list. Series plugins and themes
 * render it, and people write it by hand; no number need appear anywhere.
 */
const NAMES_SERIES = /\b(?:series|serie|série|reihe|reeks|cyfres|sequence)\b|系列|シリーズ|시리즈/i;
const QUOTED_NAME = /[“"«„]\s*([^“”"«»„]{3,120}?)\s*[”"»“]/;
// A page has a handful of lists worth a look; menus nested many deep are not among them.
const MAX_LISTS = 60;

// What may introduce a list: a line of text, never a whole section's worth.
const INTRO = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'EM', 'I', 'SPAN']);

/**
 * The list's own words outside its items, or the line just before it; for a list that opens
 * its box (a theme's <nav id="series-content"><ol>…), the box's name and the line before the
 * box, two boxes up at most ("Part of a 3-part series", "<div class=series-title>系列 - …").
 */
function introOf(list: Element): string {
  let own = '';
  for (let child = list.firstElementChild; child && child.tagName !== 'LI';) {
    own += ` ${textOf(child)}`;
    child = child.nextElementSibling;
  }
  if (own.trim()) return own.trim();
  let box: Element | null = list;
  for (let level = 0; box && level < 3; level++, box = box.parentElement) {
    const before = box.previousElementSibling;
    if (before && (INTRO.has(before.tagName) || NAMES_SERIES.test(boxName(before)))) {
      return `${boxName(box)} ${textOf(before)}`;
    }
    if (before) return boxName(box);
  }
  return '';
}

/** What a box calls itself in its id and class ("series-content", "series-nav"). */
const boxName = (el: Element) =>
  `${el.id} ${typeof el.className === 'string' ? el.className : ''}`.replace(/[-_]/g, ' ');

export const orderedSeries: Adapter = {
  name: 'ordered-series',
  collect(doc, url) {
    // Only a list marked as ordered gives places: themes list a series' posts newest first in
    // a <ul>, which still says the page is one of them. Lists are read lazily, words first.
    for (const tag of ['ol', 'ul']) {
      const lists = doc.getElementsByTagName(tag);
      for (let l = 0; l < lists.length && l < MAX_LISTS; l++) {
        const found = listed(lists[l] as Element, url, tag === 'ol');
        if (found) return found;
      }
    }
    return null;
  },
};

function listed(list: Element, url: string, ordered: boolean): SeriesBlock | null {
  const intro = introOf(list);
  if (!NAMES_SERIES.test(intro)) return null;
  const items = [...list.children].filter((c) => c.tagName === 'LI');
  if (items.length < 2 || items.length > 100) return null;
  const links = items.map((li) => li.querySelector('a[href]'));
  const own = links.findIndex((a) => !a || canonicalUrl(a.getAttribute('href') ?? '', url) === url);
  // Exactly one item is this page: linked to itself, or the one left unlinked.
  if (own < 0 || links.some((a, i) => i !== own && !a)) return null;
  const others = links
    .map((a, i) => (i === own ? null : itemOf(a, url, ordered ? i + 1 : null)))
    .filter((item): item is BlockItem => item !== null);
  if (others.length === 0) return null;
  const part = own + 1;
  return {
    source: 'ordered-series',
    seriesTitle: QUOTED_NAME.exec(intro)?.[1] ?? null,
    part: ordered ? part : null,
    total: items.length,
    items: others,
    strength: ordered ? 0.85 : 0.6,
    evidence: ordered
      ? t('whySeriesList', String(part), String(items.length))
      : t('whySeriesListed', String(items.length)),
  };
}
