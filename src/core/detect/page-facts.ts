import { siteOf } from '../identity/address';
import { canonicalUrl } from '../identity/canonical-url';
import { platformOf } from './adapters';
import { collectBlocks } from './adapters/run';
import {
  mayName,
  notesSection,
  numberedDirectory,
  onlyPager,
  slugParts,
  words as titleWords,
} from './link-cues';
import { parseRoman } from './numbers';
import { cleanTitle, stripSiteName } from './site-name';
import type { SeriesBlock } from './block';
import { COMMENT_ZONE, scanDocument, type PageScan, type Place } from './scan';
import { FACT_LINKS, FACT_TEXT, TEXT_LIMIT, URL_LIMIT } from '../limits';

/**
 * The bounded, plain-data view of a page that detection decides from. Collecting facts is the
 * only step that touches the DOM, so it is the only step whose cost grows with the page.
 */
export type Zone = 'body' | 'nav' | 'comments' | 'other';

/**
 * A link that could name another part: its text has a number, a marker, an ordinal or a word
 * of the page's own series title, its address shares the page's numbered slug, or it has a
 * rel. The rest of a page's links (menus, tags, share buttons) never reach a rule, so they are
 * not collected.
 */
export interface LinkFact {
  /** The href as written; resolved only for the few links that turn out to matter. */
  href: string;
  text: string;
  rel: string;
  zone: Zone;
  /** Inside a paragraph of the article: running text, not a list of links. */
  prose: boolean;
  /** The number written just before the link ("Part 1: <a>…", "3 - <a>…"), if any. */
  lead?: LeadNumber;
}

export interface LeadNumber {
  n: number;
  /** Said with a marker word ("Part 1:"), not only a number ("1 -"). */
  marked: boolean;
}

export interface PageFacts {
  /** The page's canonical form, for identity. */
  url: string;
  /** The address links resolve against: as loaded (or <base href>), trailing slash and all. */
  base: string;
  canonical: string | null;
  host: string;
  platform: string;
  siteNames: string[];
  /** Candidate titles for the page itself, most trusted first. */
  titles: string[];
  documentTitle: string;
  author: string | null;
  published: string | null;
  relPrev: string | null;
  relNext: string | null;
  links: LinkFact[];
  blocks: SeriesBlock[];
  /** The start of the article body's text (code blocks left out), for phrases like "the second article in this series". */
  bodyText: string;
  /** The same from the article's list items, quotes and headings: notes set apart from the text. */
  asides: string;
}

const MAX_LINKS = FACT_LINKS;
const MAX_TEXT: number = TEXT_LIMIT;
const MAX_BODY_TEXT = FACT_TEXT;
const MAX_TITLES = 8;

// Looked up through the engine's class and tag indexes, most specific first: a selector scan
// of a 100,000-node page costs more than the whole rest of detection.
const BODY_CLASSES = [
  'widget-mode-detail-text',
  'reader-article-content',
  'entry-content',
  'post-content',
  'post-body',
  'article-body',
  'crayons-article__body',
  'elementor-widget-theme-post-content',
];

const TITLE_CLASSES = ['entry-title', 'post-title', 'title'];

function clip(text: string | null | undefined, max = MAX_TEXT): string {
  // Cut before collapsing white space: a "link" can hold a whole teaser.
  return (text ?? '')
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

type Metas = Map<string, string>;

// The <meta> names detection reads; a page's dozens of others are passed over unread.
const META_KEYS = new Set([
  'og:title',
  'twitter:title',
  'og:site_name',
  'application-name',
  'author',
  'article:published_time',
]);

/** The <meta>s detection reads, by name or property, in one pass; the first of each wins. */
function readMetas(doc: Document): Metas {
  const metas: Metas = new Map();
  const all = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < all.length && i < 500; i++) {
    const el = all[i];
    const key = (el?.getAttribute('property') ?? el?.getAttribute('name') ?? '').toLowerCase();
    if (!META_KEYS.has(key) || metas.has(key)) continue;
    const content = clip(el?.getAttribute('content'));
    if (content) metas.set(key, content);
  }
  return metas;
}

// Comment threads are often <article>s too.
const isArticle = (el: Element | null | undefined): el is Element =>
  Boolean(el) && !el?.closest(COMMENT_ZONE) && !/comment/i.test(el?.className ?? '');

// A listing shows several posts' text; a "more reading" box that reuses the body's class
// holds links, not paragraphs.
const hasText = (el: Element) => el.getElementsByTagName('p').length > 0;

function isListing(scan: PageScan): boolean {
  const several = (list: readonly Element[] | undefined) =>
    (list ?? []).filter((el) => isArticle(el) && hasText(el)).length > 1;
  return BODY_CLASSES.some((name) => several(scan.withClass(name))) || several(scan.articles);
}

/** The article's main text element: comments, sidebars and footers are outside it. */
export function findArticleBody(doc: Document, scan: PageScan = scanDocument(doc)): Element | null {
  for (const name of BODY_CLASSES) {
    const found = scan.withClass(name).find(isArticle);
    if (found) return found;
  }
  if (scan.workskin) return scan.workskin;
  for (const list of [scan.articles, scan.mains]) {
    const found = list.find(isArticle);
    if (found) return found;
  }
  return scan.paragraphParent();
}

const NOT_A_PAGE = /^\s*(?:#|javascript:|mailto:|tel:|data:)/i;

export interface LinkHint {
  /** Significant words of the page's own series title, lower case. */
  words: string[];
  /** The page's slug up to its number ("tweet-of-the-week-"), lower case. */
  slugPrefix: string | null;
  /** The directory of a page its address numbers ("/tutorial/" for "/tutorial/2-setup/"). */
  numberedDir: string | null;
  /** The notes' section a dated note is filed in ("/weeknotes/"). */
  notesDir: string | null;
}

/** What makes a link worth keeping, from the titles and address alone. */
export function linkHint(
  titles: readonly string[],
  siteNames: readonly string[],
  host: string,
  url: string,
): LinkHint {
  // The title's first words are the series' name in every convention that names it first
  // ("Journey to the Cloud - 3"); numbers and marker words are kept by any link anyway.
  const first = titles[0];
  return {
    words: first ? titleWords(cleanTitle(stripSiteName(first, siteNames, host))).slice(0, 3) : [],
    slugPrefix: slugParts(url)?.prefix ?? null,
    numberedDir: numberedDirectory(url),
    notesDir: notesDir(url),
  };
}

/** The notes' section a dated note is filed in ("/weeknotes/"), so links into it are kept. */
function notesDir(url: string): string | null {
  const section = notesSection(url);
  return section ? `/${section.name}/` : null;
}

// "2-setup/", "../03_forms.html": a relative link to a numbered neighbour.
const RELATIVE_NUMBERED = /^(?:\.{1,2}\/)*0*\d{1,3}[-_.]/;

function mayMatter(text: string, href: string, rel: string, hint: LinkHint): boolean {
  if (rel || mayName(text)) return true;
  if (hint.slugPrefix && href.toLowerCase().includes(hint.slugPrefix)) return true;
  if (hint.notesDir && href.toLowerCase().includes(hint.notesDir)) return true;
  if (hint.numberedDir && (href.includes(hint.numberedDir) || RELATIVE_NUMBERED.test(href))) {
    return true;
  }
  if (hint.words.length === 0) return false;
  const lower = text.toLowerCase();
  return hint.words.some((w) => lower.includes(w));
}

function zoneOf(place: Place, link: Element, body: Element | null): Zone {
  if (place.comment) return 'comments';
  if (body?.contains(link)) {
    // A menu inside the article is still a menu; one around the whole article is page layout.
    return place.nav && place.nav !== body && body.contains(place.nav) ? 'nav' : 'body';
  }
  return place.nav ? 'nav' : 'other';
}

// Pages with more links than this are listings; the first ones are enough to tell.
const MAX_ANCHORS = 20_000;

const INLINE = new Set(['B', 'STRONG', 'I', 'EM', 'SPAN', 'SMALL', 'MARK', 'U']);
// "Part 1: ", "Teil 2 – ", "3 - ", "2. ", "(4) ": a number that starts the line a link is on,
// with nothing else before it.
const LEAD =
  /^\s*\(?\s*(?<m>(?:part|pt\.?|teil|folge|partie|parte|deel|rhan|episode|épisode|chapter|kapitel|chapitre|capítulo|lesson|step|day|week)\s*)?(?<n>\d{1,3}|[ivxl]{1,6})\s*(?<s>[-–—.:)]?)\s*$/iu;

/** The number that starts a link's line, read from the few inline nodes before the link. */
function leadOf(a: Element): LeadNumber | undefined {
  let text = '';
  let node = a.previousSibling;
  for (let n = 0; node && n < 3; n++, node = node.previousSibling) {
    if (node.nodeType !== 3 && !INLINE.has((node as Element).tagName)) break;
    text = (node.textContent ?? '') + text;
    if (text.length > 30) return undefined;
  }
  // The line starts here: at the block's start, or after a line break or block.
  if (node && (node.nodeType === 3 || INLINE.has((node as Element).tagName))) return undefined;
  const m = /\d|[ivxl]/i.test(text) ? LEAD.exec(text) : null;
  if (!m?.groups) return undefined;
  const marked = Boolean(m.groups['m']);
  const raw = m.groups['n'] ?? '';
  // A bare number needs its punctuation, and Roman numerals their word.
  if (!marked && (!m.groups['s'] || !/^\d+$/.test(raw))) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseRoman(raw);
  return n && n > 0 ? { n, marked } : undefined;
}

function collectLinks(scan: PageScan, body: Element | null, hint: LinkHint): LinkFact[] {
  const links: LinkFact[] = [];
  const { anchors } = scan;
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS && links.length < MAX_LINKS; i++) {
    const a = anchors[i] as Element;
    const href = a.getAttribute('href') ?? '';
    // An address longer than the library keeps could only be stored cut, as another address.
    if (!href || href.length > URL_LIMIT || NOT_A_PAGE.test(href)) continue;
    // Trimmed and cut, not yet collapsed: every consumer normalises the few texts it keeps.
    const own = (a.textContent ?? '').slice(0, MAX_TEXT).trim();
    const label = () => clip(a.getAttribute('title')) || clip(a.getAttribute('aria-label'));
    // "← Previous" says where it leads in its title: "Setting up a Geo DNS lab – part I".
    const text = !own ? label() : onlyPager(own) ? `${own} ${label()}`.trim() : own;
    const rel = (a.getAttribute('rel') ?? '').toLowerCase();
    const lead = leadOf(a);
    if (!lead && !mayMatter(text, href, rel, hint)) continue;
    // A link takes its place from where it sits; its own class names describe the link.
    const place = scan.placeOf(a.parentElement);
    if (place.code) continue;
    const zone = zoneOf(place, a, body);
    const prose = zone === 'body' && place.paragraph;
    links.push(lead ? { href, text, rel, zone, prose, lead } : { href, text, rel, zone, prose });
  }
  return links;
}

interface JsonLdFacts {
  headline: string | null;
  author: string | null;
  published: string | null;
}

function nameOf(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return clip(first) || null;
  const name = (first as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? clip(name) || null : null;
}

function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, author: null, published: null };
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue; // a page's broken JSON-LD is the page's problem; other facts still stand
    }
    const items: unknown[] = Array.isArray(data)
      ? data
      : [data, ...(((data as { '@graph'?: unknown })?.['@graph'] as unknown[] | undefined) ?? [])];
    for (const item of items.slice(0, 50)) {
      if (typeof item !== 'object' || item === null) continue;
      const record = item as Record<string, unknown>;
      const type = String(record['@type'] ?? '');
      if (!/Article|Posting|Blog|NewsArticle|Report/i.test(type)) continue;
      facts.headline ??= typeof record['headline'] === 'string' ? clip(record['headline']) : null;
      facts.author ??= nameOf(record['author']);
      facts.published ??=
        typeof record['datePublished'] === 'string' ? clip(record['datePublished'], 40) : null;
    }
  }
  return facts;
}

// The page an address shows, whichever form a link gives it ("http://www.", "…/index.html").
const pageOf = (href: string, base: string) => {
  const url = canonicalUrl(href, base);
  return url && `${siteOf(url)}${new URL(url).pathname.replace(/\/(?:index\.html?)?$/, '')}`;
};

/**
 * A heading that is one link to another page names that page: a teaser on an archive or a
 * listing ("<h1><a href="/2018/12/30/building-a-pause-menu-part-1/">…</a></h1>" on the
 * month's archive). A post's own heading links to itself, if anywhere.
 */
function namesAnotherPage(el: Element, url: string): boolean {
  const link = el.querySelector('a[href]');
  const href = link?.getAttribute('href');
  if (!link || !href || href.startsWith('#')) return false;
  const text = (el.textContent ?? '').trim();
  if ((link.textContent ?? '').trim().length < text.length * 0.8) return false;
  const there = pageOf(href, url);
  return there !== null && there !== pageOf(url, url);
}

function withSubtitle(el: Element, url: string): string {
  if (namesAnotherPage(el, url)) return '';
  const sub = el.nextElementSibling;
  const title = clip(el.textContent);
  return sub?.classList.contains('subtitle') ? `${title} – ${clip(sub.textContent)}` : title;
}

const HEADINGS = new Set(['H1', 'H2', 'H3']);

function lastHeadingIn(el: Element): Element | null {
  if (HEADINGS.has(el.tagName)) return el;
  const found = el.querySelectorAll('h1, h2, h3');
  return found[found.length - 1] ?? null;
}

/**
 * The heading that heads the article body: inside it before its text starts, or the nearest
 * one before it (Liferay's h3.title, WordPress' h1.entry-title in the header before
 * .entry-content). A few steps at most: headings further away belong to the page, not the post.
 */
export function articleHeading(body: Element | null, url: string): Element | null {
  if (!body) return null;
  const inside = headingInside(body);
  // A post's text may open with its first section ("<h2>Part One: Creating a container</h2>")
  // under the post's own <h1> just before it: the higher heading is the title, unless it is
  // the site's name linking home.
  if (inside?.tagName === 'H1') return inside;
  const before = headingBefore(body);
  if (!inside || !before) return inside ?? before;
  return before.tagName < inside.tagName && !namesAnotherPage(before, url) ? before : inside;
}

/** A heading that opens the body, before its text starts. */
function headingInside(body: Element): Element | null {
  for (const child of [...body.children].slice(0, 3)) {
    if (HEADINGS.has(child.tagName)) return child;
    // HTML5's own article header: <article><header><h2>Title</h2><time>…</header>…
    if (child.tagName === 'HEADER' || child.tagName === 'HGROUP') {
      const heading = child.querySelector('h1, h2, h3');
      if (heading) return heading;
    }
    if (child.tagName === 'P') break;
  }
  return null;
}

/** The nearest heading before the body, a few steps at most. */
function headingBefore(body: Element): Element | null {
  let el: Element | null = body;
  for (let level = 0; el && level < 3; level++, el = el.parentElement) {
    let sibling = el.previousElementSibling;
    for (let steps = 0; sibling && steps < 6; steps++, sibling = sibling.previousElementSibling) {
      const heading = lastHeadingIn(sibling);
      if (heading) return heading;
    }
  }
  return null;
}

// What may stand between a title and the site's name in <title>.
const SITE_SEPARATOR = /^\s*(?:\||::|@|[-–—·•»:]|\/\/)\s*/u;
const SITE_SEPARATOR_END = /\s*(?:\||::|@|[-–—·•«»:]|\/\/)\s*$/u;
const SEGMENTS = /\s+(?:\||::|@|[-–—·•»]|\/\/)\s+/u;

/**
 * Site and group names, learnt by agreement: what <title> adds around a title the page also
 * shows on its own ("Journey to the Cloud - 3" in h3, "Journey to the Cloud - 3 - Socitm -
 * Knowledge Hub" in <title>: "Socitm" and "Knowledge Hub"). A segment with a digit is never
 * taken for a name: it may be the part number itself.
 */
export function namesAround(documentTitle: string, titles: readonly string[]): string[] {
  const whole = documentTitle.replace(/\s+/g, ' ').trim();
  const lower = whole.toLowerCase();
  for (const candidate of titles) {
    const own = candidate.replace(/\s+/g, ' ').trim().toLowerCase();
    if (own.length < 3 || own.length >= lower.length) continue;
    let rest: string | null = null;
    if (lower.startsWith(own) && SITE_SEPARATOR.test(whole.slice(own.length))) {
      rest = whole.slice(own.length).replace(SITE_SEPARATOR, '');
    } else if (lower.endsWith(own) && SITE_SEPARATOR_END.test(whole.slice(0, -own.length))) {
      rest = whole.slice(0, -own.length).replace(SITE_SEPARATOR_END, '');
    }
    // Around a short heading, the long rest is the post's title and the heading the site's
    // name ("build broken" in "build broken » Design by Contract – Teil 2").
    if (rest === null || rest.length > own.length) continue;
    return rest
      .split(SEGMENTS)
      .map((segment) => segment.trim())
      .filter((segment) => segment.length >= 3 && !/\d/.test(segment));
  }
  return [];
}

function collectTitles(
  doc: Document,
  url: string,
  scan: PageScan,
  metas: Metas,
  jsonLd: JsonLdFacts,
  blocks: SeriesBlock[],
  heading: Element | null,
): string[] {
  const titles = [
    ...blocks.map((b) => b.title ?? ''),
    metas.get('og:title') ?? '',
    metas.get('twitter:title') ?? '',
    jsonLd.headline ?? '',
    heading ? withSubtitle(heading, url) : '',
    ...scan.h1s.map((h) => withSubtitle(h, url)),
    ...TITLE_CLASSES.map((name) => {
      // Headings only; several of them mean a listing of other posts, not this one.
      const all = scan.withClass(name).filter((el) => /^H[1-4]$/.test(el.tagName));
      return all.length === 1 && all[0] ? withSubtitle(all[0], url) : '';
    }),
    clip(doc.title),
  ];
  return [...new Set(titles.filter((t) => t.length > 0))].slice(0, MAX_TITLES);
}

// Besides its paragraphs, where an article says it is part of a series: the notes, asides and
// headings writers put above or below the text ("<li><i>(This is the second article in my
// series…)</i></li>", "<h3>Previously: …</h3>").
// Headings first: they are few, and "Previously: …" heads the text.
const ASIDES = ['h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li'];

/** How much of an element's text is the text of its links. */
function linkShare(el: Element, length: number): number {
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += (a.textContent ?? '').trim().length;
  return linked / Math.max(1, length);
}

function textOf(blocks: Iterable<Element>, keep: (block: Element, text: string) => boolean) {
  const parts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    const text = clip(block.textContent, 600);
    if (!text || !keep(block, text)) continue;
    parts.push(text);
    length += text.length;
    if (length > MAX_BODY_TEXT) break;
  }
  return parts.join('\n').slice(0, MAX_BODY_TEXT);
}

// Of each kind, the first and last few are read; past this many in all, the rest are menus.
const ENDS = 10;
const MAX_ASIDES = 100;

function* asideBlocks(body: Element): Generator<Element> {
  // Live collections, read only as far as the notes need; a list item or quote holding
  // paragraphs was read through them.
  let seen = 0;
  for (const tag of ASIDES) {
    const all = body.getElementsByTagName(tag);
    // Notes stand above the text or below it: a long list's middle is the article itself.
    const n = all.length;
    for (let k = 0; k < Math.min(n, 2 * ENDS) && seen++ < MAX_ASIDES; k++) {
      const el = all[n > 2 * ENDS && k >= ENDS ? n - 2 * ENDS + k : k] as Element;
      if (!el.querySelector('p, li')) yield el;
    }
  }
}

// A related-posts box or a comment inside the article speaks of other posts: "This is the first
// post in a multi-part series" in another post's teaser says nothing of this one.
// (The post's own header or footer may well say which series it is in.)
const OTHER_POSTS = /related|sidebar|widget/i;
const ownText = (scan: PageScan, block: Element) => {
  const { nav, comment } = scan.placeOf(block);
  return !comment && !(nav && OTHER_POSTS.test(`${nav.id} ${String(nav.className)}`));
};

// Its last paragraphs too, where series notes also go ("This is a post in the Hugo 101
// series. Other posts in this series:"). Footnotes come after the text's own end, in the
// markup Markdown tools, WordPress and the DPUB roles give them.
const CLOSING = 5;
const NOTES = '.footnotes, .footnote, #footnotes, [role="doc-endnotes"]';
// How far back from the end the closing paragraphs are looked for, past the footnotes.
const MAX_BACK = 40;

function bodyTextOf(body: Element | null, scan: PageScan): string {
  if (!body) return '';
  const paragraphs = body.getElementsByTagName('p');
  const own = (block: Element) => ownText(scan, block);
  const opening = textOf(paragraphs, own);
  const last: Element[] = [];
  const stop = Math.max(0, paragraphs.length - MAX_BACK);
  for (let i = paragraphs.length - 1; i >= stop && last.length < CLOSING; i--) {
    const p = paragraphs[i] as Element;
    if (p.closest(NOTES)) continue;
    if (opening.includes(clip(p.textContent, 600))) break;
    last.unshift(p);
  }
  return last.length ? `${opening}\n${textOf(last, own)}` : opening;
}

// Lists of links are menus and tables of contents, not sentences.
const asidesOf = (body: Element | null, scan: PageScan): string =>
  body
    ? textOf(
        asideBlocks(body),
        (block, text) => linkShare(block, text.length) <= 0.5 && ownText(scan, block),
      )
    : '';

function author(
  scan: PageScan,
  metas: Metas,
  jsonLd: JsonLdFacts,
  links: LinkFact[],
): string | null {
  const byline = () => {
    const liferay = scan.withClass('username').find((el) => el.closest('.widget-mode-detail'));
    return (
      clip(liferay?.textContent) ||
      clip(scan.withClass('author-name')[0]?.textContent) ||
      clip(links.find((l) => l.rel.split(/\s+/).includes('author'))?.text)
    );
  };
  return jsonLd.author ?? metas.get('author') ?? (byline() || null);
}

export function collectFacts(doc: Document, url: string, scan = scanDocument(doc)): PageFacts {
  const self = canonicalUrl(url) ?? url;
  const body = findArticleBody(doc, scan);
  const jsonLd = readJsonLd(scan.jsonLd);
  const metas = readMetas(doc);
  // On a listing (several post bodies, several articles) the heading before the first body
  // and its text are the first post's, not the page's.
  const listing = isListing(scan);
  const heading = listing ? null : articleHeading(body, url);
  const host = new URL(self).hostname;
  const ownTitles = collectTitles(doc, url, scan, metas, jsonLd, [], heading);
  const documentTitle = clip(doc.title);
  const siteNames = [
    metas.get('og:site_name'),
    metas.get('application-name'),
    ...namesAround(
      documentTitle,
      ownTitles.filter((title) => title !== documentTitle),
    ),
  ].filter((s): s is string => Boolean(s));
  const links = collectLinks(scan, body, linkHint(ownTitles, siteNames, host, url));
  const blocks = collectBlocks(doc, self, links, scan.withClass);
  const titles = blocks.some((b) => b.title)
    ? collectTitles(doc, url, scan, metas, jsonLd, blocks, heading)
    : ownTitles;
  const head = doc.head ?? doc;
  const relHref = (rel: string) => {
    const href =
      head.querySelector(`link[rel~="${rel}"][href]`)?.getAttribute('href') ??
      links.find((l) => l.rel.split(/\s+/).includes(rel))?.href;
    return href ? canonicalUrl(href, self) : null;
  };
  const canonicalHref = head.querySelector('link[rel="canonical"][href]')?.getAttribute('href');
  const baseHref = head.querySelector('base[href]')?.getAttribute('href');
  return {
    url: self,
    base: baseHref && canonicalUrl(baseHref, url) ? new URL(baseHref, url).href : url,
    canonical: canonicalHref ? canonicalUrl(canonicalHref, self) : null,
    host,
    platform: platformOf(host, doc),
    siteNames,
    titles,
    documentTitle,
    author: author(scan, metas, jsonLd, links),
    published: jsonLd.published ?? metas.get('article:published_time') ?? null,
    relPrev: relHref('prev'),
    relNext: relHref('next'),
    links,
    blocks,
    bodyText: listing ? '' : bodyTextOf(body, scan),
    asides: listing ? '' : asidesOf(body, scan),
  };
}
