// Comments, footers and "more posts" blocks are outside these, so reaching their end means
// the reader reached the end of the article, not of the page.
const BODY_SELECTORS = [
  '.widget-mode-detail-text',
  '.reader-article-content',
  'article',
  'main',
] as const;

export function findArticleBody(doc: Document): Element {
  for (const selector of BODY_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return doc.body;
}
