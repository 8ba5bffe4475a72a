import { parseHTML } from 'linkedom';

/**
 * A page as a browser parses it. HTML lets a page leave out <html> (and <head>, <body>); a
 * browser implies them, but linkedom takes the page's first element for the root, and the
 * document then has no title. So a page without its own <html> is given one.
 */
export function parseLikeBrowser(html: string): Document {
  const rooted = /<html[\s>]/i.test(html)
    ? html
    : `<html>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
  return parseHTML(rooted).document as unknown as Document;
}
