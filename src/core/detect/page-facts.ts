/**
 * The bounded, plain-data view of a page that detection decides from. Collecting facts is the
 * only step that touches the DOM, so it is the only step whose cost grows with the page.
 */
export interface LinkFact {
  href: string;
  text: string;
}

export interface PageFacts {
  url: string;
  /** The article's own heading, in the order platforms are known to put it. */
  heading: string | null;
  documentTitle: string;
  author: string | null;
  links: LinkFact[];
}

export const MAX_LINKS = 2000;
const MAX_TEXT = 300;

// Liferay puts the site or group name in h1 and the blog entry's title in h3.title.
const HEADING_SELECTORS = [
  'meta[property="og:title"]',
  '.widget-mode-detail h3.title',
  'h1',
] as const;

const AUTHOR_SELECTORS = [
  'meta[name="author"]',
  '.widget-mode-detail .username',
  '[rel="author"]',
] as const;

function clip(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

function textOf(el: Element | null): string | null {
  if (!el) return null;
  const value = el.tagName === 'META' ? el.getAttribute('content') : el.textContent;
  const text = clip(value ?? '');
  return text.length > 0 ? text : null;
}

function firstText(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const text = textOf(doc.querySelector(selector));
    if (text) return text;
  }
  return null;
}

function jsonLdAuthor(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const author = (data as { author?: unknown } | null)?.author;
      const first: unknown = Array.isArray(author) ? author[0] : author;
      const name = (first as { name?: unknown } | null)?.name;
      if (typeof name === 'string' && name.trim()) return clip(name);
    } catch {
      // A page's broken JSON-LD is the page's problem; other facts still stand.
    }
  }
  return null;
}

export function collectFacts(doc: Document, url: string): PageFacts {
  const links: LinkFact[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    if (links.length >= MAX_LINKS) break;
    const text = clip(a.textContent ?? '');
    if (text) links.push({ href: a.getAttribute('href') ?? '', text });
  }
  return {
    url,
    heading: firstText(doc, HEADING_SELECTORS),
    documentTitle: clip(doc.title),
    author: jsonLdAuthor(doc) ?? firstText(doc, AUTHOR_SELECTORS),
    links,
  };
}
