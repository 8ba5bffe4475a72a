import {
  collectFacts,
  decide,
  findArticleBody,
  isTracked,
  pageTitle,
  platformOf,
  trackedByUser,
} from '../src/core/detect';
import { pageUrl } from '../src/core/identity/canonical-url';
import { scrollTargetFor } from '../src/core/progress/reducer';
import type { Request } from '../src/messaging/protocol';
import { isToContent } from '../src/messaging/to-content';
import { browser, send } from '../src/platform/browser';
import { watchDisabledPlatforms } from '../src/platform/platform-switch';
import { trackProgress } from '../src/reading/progress-tracker';
import { createReporter, withRetry } from '../src/reading/reporter';

type Report = Request<'part/report'>;

function publishedAt(text: string | null): number | null {
  const time = text ? Date.parse(text) : NaN;
  return Number.isFinite(time) && time > 0 ? time : null;
}

/** Opened from Instalments' "Continue": go back to where the reader stopped. */
async function resume(url: string, body: Element, signal: AbortSignal): Promise<void> {
  const position = await send('part/resume', { url }).catch(() => null);
  if (position === null || position <= 0 || signal.aborted) return;
  const rect = body.getBoundingClientRect();
  scrollTo({
    top: scrollTargetFor(position, rect.top + scrollY, rect.height, innerHeight),
    behavior: 'instant',
  });
}

/** Platforms the reader (or their organisation) switched off. */
let disabled: ReadonlySet<string> = new Set();

function start(signal: AbortSignal, byUser: boolean): void {
  // A switched-off platform's pages are left alone, unless the reader asks for this one.
  if (!byUser && disabled.has(platformOf(location.host, document))) return;
  const facts = collectFacts(document, location.href);
  const detection = byUser ? trackedByUser(facts) : decide(facts);
  if (!detection || !isTracked(detection)) return;
  const reporter = createReporter(
    signal,
    withRetry((report: Report) => send('part/report', report), 'this part'),
  );
  const base: Omit<Report, 'state' | 'progress'> = {
    url: pageUrl(location.href, facts.canonical),
    title: pageTitle(facts),
    detection,
    publishedAt: publishedAt(facts.published),
  };
  reporter.report({ ...base, state: 'reading' }, true);
  const body = findArticleBody(document) ?? document.body;
  const next =
    detection.part === null
      ? []
      : detection.siblings.filter((s) => s.part === (detection.part ?? 0) + 1);
  void resume(base.url, body, signal).finally(() => {
    if (signal.aborted) return;
    trackProgress({
      body,
      nextPart: new Set(next.map((s) => s.url)),
      signal,
      onChange: (progress, becameRead) =>
        reporter.report(
          {
            ...base,
            state: progress.read ? 'read' : 'reading',
            progress: { furthest: progress.furthest, last: progress.last },
          },
          becameRead,
        ),
    });
  });
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
// Settings apply to open tabs at once: switching a platform off stops tracking here, and
// switching it on starts it, without a reload. Nothing starts before the first answer.
let first = true;
watchDisabledPlatforms((now) => {
  const changed = now.size !== disabled.size || [...now].some((p) => !disabled.has(p));
  disabled = now;
  if (first) start(lifetime.signal, false);
  else if (changed) restart();
  first = false;
});
