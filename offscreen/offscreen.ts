import { browser } from '../src/platform/browser';
import { isOffscreenRequest } from '../src/platform/parse-page';
import { parseHere } from '../src/platform/parse-here';

// Chrome only: a document the service worker opens to parse pages it fetched for "Save all".
// It answers the background alone (a message from a tab has a sender.tab) and nothing else.
browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: unknown }) => {
  if (!isOffscreenRequest(message) || sender.tab) return undefined;
  return Promise.resolve(parseHere(message.html, message.url));
});
