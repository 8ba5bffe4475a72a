import type { Request } from '../src/messaging/protocol';
import { send } from '../src/platform/browser';

type Report = Request<'part/report'>;

/** At most one progress write per tab every THROTTLE_MS; "read" and leaving the page go at once. */
export const THROTTLE_MS = 2000;
const RETRY_MS = 1000;

function deliver(payload: Report, retry = true): void {
  // A worker that is starting up can drop a message; every report is idempotent, so one
  // retry costs nothing.
  send('part/report', payload).catch((error: unknown) => {
    if (retry) setTimeout(() => deliver(payload, false), RETRY_MS);
    else console.warn('Instalments could not record this part:', error);
  });
}

export function createReporter(signal: AbortSignal) {
  let pending: Report | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = -Infinity;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    deliver(pending);
    pending = null;
    lastSent = performance.now();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  addEventListener('pagehide', flush, { signal });
  document.addEventListener('visibilitychange', onHidden, { signal });
  signal.addEventListener('abort', flush);

  return {
    report(payload: Report, urgent = false): void {
      pending = payload;
      const wait = lastSent + THROTTLE_MS - performance.now();
      if (urgent || wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
  };
}
