// Only what reads the page: the rules that weigh it run in the background, once for every
// tab, so each page carries the smaller half of detection.
import { platformOf } from '../src/core/detect/adapters';
import { collectFacts, findArticleBody, type PageFacts } from '../src/core/detect/page-facts';
import { scanDocument } from '../src/core/detect/scan';
import { pageUrl } from '../src/core/identity/canonical-url';
import { countWords } from '../src/core/progress/reading-time';
import { scrollTargetFor } from '../src/core/progress/reducer';
import type { Request } from '../src/messaging/protocol';
import { isToContent, type PageStatus } from '../src/messaging/to-content';
import { contentApi, sendFromPage as send } from '../src/platform/content-api';
import { watchContentSettings } from '../src/platform/content-settings';
import { trackProgress } from '../src/reading/progress-tracker';
import { createReporter, withRetry } from '../src/reading/reporter';

type Report = Request<'part/report'>;

function publishedAt(text: string | null): number | null {
  const time = text ? Date.parse(text) : NaN;
  return Number.isFinite(time) && time > 0 ? time : null;
}

/** How long "Continue" holds the reader's place while the page is still settling. */
const SETTLE_MS = 5000;

/**
 * Opened from Instalments' "Continue": go back to where the reader stopped, and stay there while
 * the tab settles, until the reader scrolls, clicks or types themselves.
 */
async function resume(url: string, body: Element, signal: AbortSignal): Promise<void> {
  const position = await send('part/resume', { url }).catch(() => null);
  if (position === null || position <= 0 || signal.aborted) return;
  const place = (): void => {
    const rect = body.getBoundingClientRect();
    scrollTo({
      top: scrollTargetFor(position, rect.top + scrollY, rect.height, innerHeight),
      behavior: 'instant',
    });
  };
  place();
  const settling = new AbortController();
  const stop = (): void => settling.abort();
  signal.addEventListener('abort', stop, { once: true });
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
    addEventListener(type, stop, { once: true, passive: true, signal: settling.signal });
  }
  // A window sized after it opened reflows the text: only the fraction read survives that.
  addEventListener('resize', place, { signal: settling.signal });
  setTimeout(stop, SETTLE_MS);
}

/** Platforms the reader (or their organisation) switched off. */
let disabled: ReadonlySet<string> = new Set();
/** What counts as read; a change applies to the part on screen at its next scroll. */
let readAt = 1;
/** The library this page reports to, and the newest one stored (see library-epoch). */
let epoch = 0;
let latestEpoch = 0;

/**
 * `auto` on page load; `check` when the reader asks whether this page is a part (switches
 * do not stop that); `track` when they say it is one, whatever detection thinks.
 */
type Start = 'auto' | 'check' | 'track';

/** One retry: a worker that is starting up can drop a message, and asking twice is harmless. */
async function verdictOn(facts: PageFacts, track: boolean) {
  try {
    return await send('page/detect', { facts, track });
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return send('page/detect', { facts, track }).catch((error: unknown) => {
      console.warn('Instalments could not check this page:', error);
      return null;
    });
  }
}

async function start(signal: AbortSignal, how: Start): Promise<PageStatus> {
  // A switched-off platform's pages are left alone, unless the reader asks about this one.
  if (how === 'auto' && disabled.size > 0 && disabled.has(platformOf(location.host, document))) {
    return { tracked: false };
  }
  const scan = scanDocument(document);
  const facts = collectFacts(document, location.href, scan);
  const verdict = await verdictOn(facts, how === 'track');
  // Another detection took over while this one waited for its answer.
  if (!verdict || signal.aborted) return { tracked: false };
  const { detection } = verdict;
  const reporter = createReporter(
    signal,
    withRetry((report: Report) => send('part/report', report), 'this part'),
  );
  const base: Omit<Report, 'state' | 'progress'> = {
    url: pageUrl(location.href, facts.canonical),
    title: verdict.title,
    detection,
    publishedAt: publishedAt(facts.published),
    epoch,
  };
  const body = findArticleBody(document, scan) ?? document.body;
  reporter.report({ ...base, state: 'reading', words: countWords(body.textContent ?? '') }, true);
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
      readAt: () => readAt,
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
  return base.title ? { tracked: true, title: base.title } : { tracked: true };
}

// One detection per document state: a new one tears the old listeners down first.
let lifetime = new AbortController();
let status: Promise<PageStatus> = Promise.resolve({ tracked: false });
/**
 * After "Delete everything" a page open before it stays quiet until the reader reloads it,
 * moves on to another page (`fresh`) or asks about it.
 */
function restart(how: Start = 'auto', fresh = how !== 'auto'): Promise<PageStatus> {
  if (!fresh && epoch !== latestEpoch) return status;
  epoch = latestEpoch;
  lifetime.abort();
  lifetime = new AbortController();
  return (status = start(lifetime.signal, how));
}

function main(): void {
  addEventListener('pagehide', () => lifetime.abort());
  addEventListener('pageshow', (event) => {
    if (event.persisted) restart();
  });
  // Settings apply to open tabs at once: switching a platform off stops tracking here, and
  // switching it on starts it, without a reload. Nothing starts before the first answer.
  let started: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (started = resolve));
  let first = true;
  watchContentSettings((settings) => {
    const now = settings.disabled;
    const changed = now.size !== disabled.size || [...now].some((p) => !disabled.has(p));
    disabled = now;
    readAt = settings.readAt;
    latestEpoch = settings.epoch;
    if (first) {
      epoch = latestEpoch;
      status = start(lifetime.signal, 'auto');
    } else if (epoch !== latestEpoch) {
      // The library was deleted: stop tracking this page.
      lifetime.abort();
      status = Promise.resolve({ tracked: false });
    } else if (changed) restart();
    first = false;
    started();
  });

  // A page that changes itself with history.pushState is a new page: detect again. The
  // background says so for the platforms it knows; the Navigation API tells it on any site.
  let shown = location.href;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', () => {
    if (location.href === shown) return;
    shown = location.href;
    restart('auto', true);
  });

  contentApi.onMessage((message: unknown) => {
    if (!isToContent(message)) return undefined;
    switch (message.type) {
      case 'content/status':
        return ready.then(() => status);
      case 'content/check':
        return ready.then(() => restart('check'));
      case 'content/track':
        return restart('track');
      case 'content/rescan':
        restart('auto', true);
        return undefined;
    }
  });
}

// The manifest, a registered script and "Check this page" can each run this file in the
// same tab; only the first copy listens.
const CLAIM = Symbol.for('instalments.content');
const scope = globalThis as { [CLAIM]?: true };
if (!scope[CLAIM]) {
  scope[CLAIM] = true;
  main();
}
