import { browser } from '../src/platform/browser';
import { isOffscreenRequest } from '../src/platform/parse-page';
import { parseFollowHere } from '../src/platform/parse-follow';
import { parseHere } from '../src/platform/parse-here';

// Chrome only: a document the service worker opens to parse pages it fetched for "Save all"
// and the feeds and pages of followed series.
// It answers the background alone (a message from a tab has a sender.tab) and nothing else.
browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: unknown }) => {
  if (!isOffscreenRequest(message) || sender.tab) return undefined;
  return Promise.resolve(
    message.type === 'offscreen/extract'
      ? parseHere(message.html, message.url)
      : parseFollowHere(message.text, message.url, message.kind),
  );
});
