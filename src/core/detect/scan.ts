/**
 * Everything detection looks at, gathered in one place, so no rule queries the page again;
 * what only some pages need (a class name's elements, unmarked article text) is looked up
 * the first time it is asked for, each a walk of the whole page. Each kind of element comes from the engine's own indexes (tag and
 * class collections, one selector for links). Measured in Chromium on the corpus: a walk of
 * every element in script cost more than the whole of detection (each property read crosses
 * into the engine), and one selector list for everything cost three times as much on a
 * 100,000-node page as these lookups.
 */

/** Where an element sits, as far as its ancestors tell. */
export interface Place {
  /** The nearest menu, sidebar, header or footer around it, if any. */
  nav: Element | null;
  comment: boolean;
  /** Inside code, a script or a template. */
  code: boolean;
  /** Inside a <p>: running text. */
  paragraph: boolean;
}

export interface PageScan {
  /** Every `<a href>`, in document order. */
  anchors: ArrayLike<Element>;
  /**
   * Where an element's children sit; asked only for the few links that matter, each
   * ancestor worked out once.
   */
  placeOf: (el: Element | null) => Place;
  /**
   * The elements with a class name, in document order: looked up the first time something
   * asks, so a page pays only for the names its checks reach (an author read from the page's
   * metadata never looks for a byline).
   */
  withClass: (name: string) => readonly Element[];
  h1s: Element[];
  articles: Element[];
  mains: Element[];
  /**
   * The element that holds the most paragraphs directly (three at least): unmarked article
   * text. Worked out only for a page whose article is marked up in no other way.
   */
  paragraphParent: () => Element | null;
  workskin: Element | null;
  /** The text of the first JSON-LD scripts. */
  jsonLd: string[];
}

const NAV_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const NAV_ROLES = new Set(['navigation', 'complementary']);
// Matched against whole class and id tokens: "elementor-widget-container" is page layout,
// "widget" is a sidebar box.
const NAV_TOKENS =
  /(?:^|\s)(?:sidebar|widget|widget_\S+|widget-area|\S*related\S*|post-navigation|nav-links|navigation|blog-pager|pagination|entry-navigation|next-prev|breadcrumbs?|site-footer|site-header)(?=\s|$)/i;
const COMMENT_TOKENS =
  /(?:^|\s)(?:comments?|comment-list|commentlist|respond|comment-body)(?=\s|$)/i;
const CODE_TAGS = new Set(['PRE', 'CODE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA']);

const MAX_PARAGRAPHS = 2000;
const MAX_JSON_LD = 10;

const OUTSIDE: Place = { nav: null, comment: false, code: false, paragraph: false };

/**
 * Where each element sits, from its own tag, role, id and class and its parent's place:
 * worked out once per element and shared by everything below it, so a page with thousands
 * of links costs one pass over their ancestors, not a selector match per link per ancestor.
 */
function placer() {
  const cache = new Map<Element, Place>();
  const placeOf = (el: Element | null): Place => {
    if (!el) return OUTSIDE;
    const cached = cache.get(el);
    if (cached) return cached;
    const parent = placeOf(el.parentElement);
    const tag = el.tagName;
    const className = typeof el.className === 'string' ? el.className : '';
    const names = el.id ? `${el.id} ${className}` : className;
    const nav =
      NAV_TAGS.has(tag) ||
      (names !== '' && NAV_TOKENS.test(names)) ||
      NAV_ROLES.has(el.getAttribute('role') ?? '');
    const comment = !parent.comment && names !== '' && COMMENT_TOKENS.test(names);
    const code = !parent.code && CODE_TAGS.has(tag);
    const paragraph = !parent.paragraph && tag === 'P';
    const place =
      nav || comment || code || paragraph
        ? {
            nav: nav ? el : parent.nav,
            comment: parent.comment || comment,
            code: parent.code || code,
            paragraph: parent.paragraph || paragraph,
          }
        : parent;
    cache.set(el, place);
    return place;
  };
  return placeOf;
}

/** A comment thread, or a comment in one: its links and articles are not the page's. */
export const COMMENT_ZONE = '#comments, .comments, .comment-list, .commentlist, .comment, #respond';
const JSON_LD = 'application/ld+json';

/** `find`, worked out on the first call and remembered after. */
function once<K, V>(find: (key: K) => V): (key: K) => V {
  const found = new Map<K, V>();
  return (key) => {
    if (!found.has(key)) found.set(key, find(key));
    return found.get(key) as V;
  };
}

export function scanDocument(doc: Document): PageScan {
  let parent: Element | null | undefined;
  const jsonLd: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && jsonLd.length < MAX_JSON_LD; i++) {
    const script = scripts[i];
    if (script?.getAttribute('type') === JSON_LD) {
      jsonLd.push((script.textContent ?? '').slice(0, 200_000));
    }
  }
  return {
    anchors: doc.querySelectorAll('a[href]'),
    placeOf: placer(),
    withClass: once((name: string) => [...doc.getElementsByClassName(name)]),
    h1s: [...doc.getElementsByTagName('h1')].slice(0, 3),
    articles: [...doc.getElementsByTagName('article')],
    mains: [...doc.getElementsByTagName('main')],
    paragraphParent: () => (parent === undefined ? (parent = paragraphParent(doc)) : parent),
    workskin: doc.getElementById('workskin'),
    jsonLd,
  };
}

/** The element holding the most paragraphs directly (three at least), outside comments. */
function paragraphParent(doc: Document): Element | null {
  const counts = new Map<Element, number>();
  let best: Element | null = null;
  let bestCount = 2;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const holder = paragraphs[i]?.parentElement;
    if (!holder) continue;
    const count = (counts.get(holder) ?? 0) + 1;
    counts.set(holder, count);
    if (count > bestCount && !holder.closest(COMMENT_ZONE)) {
      best = holder;
      bestCount = count;
    }
  }
  return best;
}
