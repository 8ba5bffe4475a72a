import type { Parsed } from '../../background/follow/service';
import type { ExtractedArticle } from '../core/offline/article';
import { browser } from './browser';

/** Set by the build: which browser this bundle is for. */
declare const __BROWSER__: 'chrome' | 'firefox';

export interface ParsedPage {
  article: ExtractedArticle | null;
  /** The page is a login form: the part needs the reader's own visit to be saved. */
  login: boolean;
}

/** The messages the offscreen document answers: a page to save, a feed or page to follow. */
export type OffscreenRequest =
  | { target: 'offscreen'; type: 'offscreen/extract'; html: string; url: string }
  | {
      target: 'offscreen';
      type: 'offscreen/follow';
      text: string;
      url: string;
      kind: 'feed' | 'page';
    };

export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  const m = message as Record<string, unknown> | null;
  if (m?.['target'] !== 'offscreen' || typeof m['url'] !== 'string') return false;
  if (m['type'] === 'offscreen/extract') return typeof m['html'] === 'string';
  return (
    m['type'] === 'offscreen/follow' &&
    typeof m['text'] === 'string' &&
    (m['kind'] === 'feed' || m['kind'] === 'page')
  );
}

const OFFSCREEN_URL = 'offscreen/index.html';

// Chrome's offscreen API, which the polyfill's types do not describe.
declare const chrome: {
  offscreen: {
    createDocument(options: {
      url: string;
      reasons: string[];
      justification: string;
    }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
};

let creating: Promise<void> | null = null;
/** Pages being parsed now: the document is not closed under them. */
let parsing = 0;

const parserOpen = async () =>
  (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0;

async function ensureOffscreen(): Promise<void> {
  if (await parserOpen()) return;
  // Two saves at once must not both create it: the second creation would throw.
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification:
        'Read the article out of a series part saved for offline reading, and the feed of a followed series.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function askParser<T>(request: OffscreenRequest): Promise<T> {
  parsing += 1;
  try {
    await ensureOffscreen();
    return (await browser.runtime.sendMessage(request)) as T;
  } finally {
    parsing -= 1;
  }
}

/**
 * Parses a page the background fetched. A Chrome service worker has no DOMParser, so an
 * offscreen document parses it there; Firefox's event page is a document and parses it itself.
 */
export async function parseFetchedPage(html: string, url: string): Promise<ParsedPage> {
  if (__BROWSER__ === 'firefox') {
    const { parseHere } = await import('./parse-here');
    return parseHere(html, url);
  }
  return askParser({ target: 'offscreen', type: 'offscreen/extract', html, url });
}

/** Reads a followed series' feed or page, where there is a DOM (see parseFetchedPage). */
export async function parseFollowed(
  text: string,
  url: string,
  kind: 'feed' | 'page',
): Promise<Parsed> {
  if (__BROWSER__ === 'firefox') {
    const { parseFollowHere } = await import('./parse-follow');
    return parseFollowHere(text, url, kind);
  }
  return askParser({ target: 'offscreen', type: 'offscreen/follow', text, url, kind });
}

/** Closes Chrome's parser document once nothing is being saved: it holds a renderer's memory. */
export async function releaseParser(): Promise<void> {
  if (__BROWSER__ === 'firefox' || creating || parsing > 0) return;
  if (await parserOpen()) await chrome.offscreen.closeDocument();
}
