import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { detectSeries } from '../../src/core/detect';
import { extractArticle } from '../../src/core/offline/article';

// What the capture script does in a tab before it fetches images: clone the live document,
// run Readability on the clone and sanitise the result.
const capture = (doc: Document) => extractArticle(doc.cloneNode(true) as Document, DOMPurify);

// Bundled into one script for the benchmark page, so all of it runs on Chromium's own DOM.
Object.assign(globalThis, { InstalmentsBench: { detectSeries, Readability, capture } });
