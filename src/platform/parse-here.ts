import DOMPurify from 'dompurify';
import { extractFromHtml } from '../core/offline/article';
import type { ParsedPage } from './parse-page';

/** Parses fetched HTML in a context that has a DOM: the offscreen document, or an event page. */
export function parseHere(html: string, url: string): ParsedPage {
  return extractFromHtml(html, url, new DOMParser(), DOMPurify);
}
