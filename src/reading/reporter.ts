/** At most one progress write per page every THROTTLE_MS; "read" and leaving the page go at once. */
export const THROTTLE_MS = 2000;

/**
 * Throttles reading reports from a page (a tab's content script, or the offline reader) and
 * flushes the latest one when the reader leaves or hides the page.
 */
export function createReporter<T>(signal: AbortSignal, deliver: (payload: T) => void) {
  let pending: T | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = -Infinity;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === null) return;
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
    report(payload: T, urgent = false): void {
      pending = payload;
      const wait = lastSent + THROTTLE_MS - performance.now();
      if (urgent || wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
  };
}

/**
 * Sends with one retry: a worker that is starting up can drop a message, and every report is
 * idempotent, so a second try costs nothing.
 */
export function withRetry<T>(send: (payload: T) => Promise<unknown>, what: string) {
  const deliver = (payload: T, retry = true): void => {
    send(payload).catch((error: unknown) => {
      if (retry) setTimeout(() => deliver(payload, false), 1000);
      else console.warn(`Instalments could not record ${what}:`, error);
    });
  };
  return (payload: T) => deliver(payload);
}
