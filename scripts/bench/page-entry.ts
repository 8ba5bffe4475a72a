import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { detectSeries } from '../../src/core/detect';
import { extractFromHtml } from '../../src/core/offline/article';

// Saving a part before its images: the tab's document serialised, parsed in the extension's
// own document, Readability, then DOMPurify.
const capture = (doc: Document) =>
  extractFromHtml(doc.documentElement.outerHTML, doc.URL, new DOMParser(), DOMPurify);

// Bundled into one script for the benchmark page, so all of it runs on Chromium's own DOM.
Object.assign(globalThis, { InstalmentsBench: { detectSeries, Readability, capture } });
