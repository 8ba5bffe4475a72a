import { collectFacts, decide, findArticleBody, isTracked, pageTitle } from '../src/core/detect';
import { pageUrl } from '../src/core/identity/canonical-url';
import type { Request } from '../src/messaging/protocol';
import { send } from '../src/platform/browser';
import { watchEnd } from './end-reached';

type Report = Request<'part/report'>;

function report(payload: Report): void {
  send('part/report', payload).catch((error: unknown) => {
    console.warn('Instalments could not record this part:', error);
  });
}

function start(signal: AbortSignal): void {
  const facts = collectFacts(document, location.href);
  const detection = decide(facts);
  if (!detection || !isTracked(detection)) return;
  const visit: Report = {
    url: pageUrl(location.href, facts.canonical),
    title: pageTitle(facts),
    state: 'reading',
    detection,
  };
  report(visit);
  watchEnd(
    findArticleBody(document) ?? document.body,
    () => report({ ...visit, state: 'read' }),
    signal,
  );
}

// A page restored from the back/forward cache is a new visit; one left is torn down.
let lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort());
addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  lifetime = new AbortController();
  start(lifetime.signal);
});
start(lifetime.signal);
