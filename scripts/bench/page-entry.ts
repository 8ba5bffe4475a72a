import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import * as v from 'valibot';
import { collectFacts, decide, detectSeries } from '../../src/core/detect';
import { PageFactsSchema } from '../../src/messaging/schemas';
import { extractFromHtml } from '../../src/core/offline/article';

// Saving a part before its images: the tab's document serialised, parsed in the extension's
// own document, Readability, then DOMPurify.
const capture = (doc: Document) =>
  extractFromHtml(doc.documentElement.outerHTML, doc.URL, new DOMParser(), DOMPurify);

// The content script's share of detection: reading the page. The rules run in the background.
const readPage = (doc: Document, url: string) => collectFacts(doc, url);
// The background's share: facts checked at its door, then weighed.
const weigh = (facts: unknown) => decide(v.parse(PageFactsSchema, facts));

// Bundled into one script for the benchmark page, so all of it runs on Chromium's own DOM.
Object.assign(globalThis, {
  InstalmentsBench: { detectSeries, readPage, weigh, Readability, capture },
});
