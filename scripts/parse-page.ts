import { parseHTML } from 'linkedom';

/**
 * A page as a browser parses it, where linkedom does otherwise:
 * - a browser's decoder drops a byte-order mark; left in, it is text before the doctype;
 * - HTML lets a page leave out <html> (and <head>, <body>) and a browser implies them, but
 *   linkedom takes the page's first element for the root;
 * - a document's title is its first <title> wherever it stands, but linkedom looks only in a
 *   <head> it recognises (not one after a stray <meta>, as mirrored sites have).
 */
export function parseLikeBrowser(html: string): Document {
  const text = html.replace(/^\uFEFF/, '');
  const rooted = /<html[\s>]/i.test(text)
    ? text
    : `<html>${text.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
  const { document } = parseHTML(rooted);
  const title = document.title ? null : document.querySelector('title')?.textContent;
  if (title) document.title = title;
  return document as unknown as Document;
}
