import { t } from '../../i18n';
import type { BlockItem } from '../block';
import { isSelf, itemOf, textOf, type Adapter } from './adapter';

/**
 * A generic series box as Hugo and Jekyll themes render it: a list whose items read
 * "Part N - Title", each a link except the current one ("Part 2 - This Article").
 */
const LEADS_WITH_PART = /^\s*(?:part|teil|folge|episode)\s*\d/i;
// The item's number, never the start of a decimal ("Part 2.5").
const PART_NUMBER = /^\s*(?:part|teil|folge|episode)\s*(\d{1,3})(?![\d.,]\d)/i;
const CURRENT = /this (?:article|post|page)|you are here|current/i;

/** The first few characters of an element's text, without reading a whole nested subtree. */
function leadingText(el: Element, max = 40): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (out.length >= max) return;
      if (child.nodeType === 3) out += child.textContent ?? '';
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  return out;
}

/** The text the item opens with: its first non-blank child, however deep that starts. */
function opening(li: Element): string {
  for (let node = li.firstChild; node; node = node.nextSibling) {
    const text = node.textContent ?? '';
    if (text.trim()) return text.slice(0, 60);
  }
  return '';
}

function numberedLists(doc: Document): Element[][] {
  const lists = new Map<Element, Element[]>();
  const all = doc.getElementsByTagName('li');
  for (let i = 0; i < all.length; i++) {
    const li = all[i];
    const list = li?.parentElement;
    if (!li || !list || !LEADS_WITH_PART.test(opening(li))) continue;
    const items = lists.get(list);
    if (items) items.push(li);
    else lists.set(list, [li]);
  }
  return [...lists.values()].filter((items) => items.length >= 2 && items.length <= 200);
}

export const seriesList: Adapter = {
  name: 'series-list',
  // Every such list links to at least one other part by its "Part N - …" text, or after it.
  trigger: { numberedLink: LEADS_WITH_PART },
  collect(doc, url) {
    for (const lis of numberedLists(doc)) {
      const items: BlockItem[] = [];
      let current: number | null = null;
      let highest = 0;
      for (const li of lis) {
        const part = Number(PART_NUMBER.exec(leadingText(li, 200))?.[1] ?? 0);
        if (part < 1) continue;
        highest = Math.max(highest, part);
        const link = li.querySelector('a[href]');
        const item = itemOf(link, url, part);
        if (item) items.push(item);
        // The current part is left unlinked, marked as such, or linked to itself.
        else if (!link || isSelf(link, url) || CURRENT.test(`${li.className} ${textOf(li)}`)) {
          current = part;
        }
      }
      if (current === null) continue;
      return {
        source: 'series-list',
        seriesTitle: null,
        part: current,
        total: highest || null,
        items,
        strength: 0.9,
        evidence: t('whySeriesList', String(current), String(highest)),
      };
    }
    return null;
  },
};
