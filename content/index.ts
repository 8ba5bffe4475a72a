import {
  collectFacts,
  decide,
  findArticleBody,
  isTracked,
  pageTitle,
  trackedByUser,
} from '../src/core/detect';
import { pageUrl } from '../src/core/identity/canonical-url';
import type { Request } from '../src/messaging/protocol';
import { isToContent } from '../src/messaging/to-content';
import { browser, send } from '../src/platform/browser';
import { watchEnd } from './end-reached';

type Report = Request<'part/report'>;

const RETRY_MS = 1000;

/**
 * Sends a reading event. A worker that is starting up can drop the first message, so one
 * failure is retried; every report is idempotent, so a duplicate costs nothing.
 */
function report(payload: Report, retry = true): void {
  send('part/report', payload).catch((error: unknown) => {
    if (retry) setTimeout(() => report(payload, false), RETRY_MS);
    else console.warn('Instalments could not record this part:', error);
  });
}

function publishedAt(text: string | null): number | null {
  const time = text ? Date.parse(text) : NaN;
  return Number.isFinite(time) && time > 0 ? time : null;
}

function start(signal: AbortSignal, byUser: boolean): void {
  const facts = collectFacts(document, location.href);
  const detection = byUser ? trackedByUser(facts) : decide(facts);
  if (!detection || !isTracked(detection)) return;
  const visit: Report = {
    url: pageUrl(location.href, facts.canonical),
    title: pageTitle(facts),
    state: 'reading',
    detection,
    publishedAt: publishedAt(facts.published),
  };
  report(visit);
  watchEnd(
    findArticleBody(document) ?? document.body,
    () => report({ ...visit, state: 'read' }),
    signal,
  );
}

// One detection per document state: a new one tears the old listeners down first.
let lifetime = new AbortController();
function restart(byUser = false): void {
  lifetime.abort();
  lifetime = new AbortController();
  start(lifetime.signal, byUser);
}

addEventListener('pagehide', () => lifetime.abort());
addEventListener('pageshow', (event) => {
  if (event.persisted) restart();
});
browser.runtime.onMessage.addListener((message: unknown) => {
  if (isToContent(message)) restart(message.type === 'content/track');
  return undefined;
});
start(lifetime.signal, false);
