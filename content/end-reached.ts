/** How long the end of the article must stay in view before the part counts as read. */
export const END_DWELL_MS = 1000;

/**
 * Calls `onEnd` once the bottom of `body` has stayed inside the viewport for END_DWELL_MS.
 * Scrolling away before then cancels it; the listener goes when `signal` aborts.
 */
export function watchEnd(body: Element, onEnd: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;

  const check = () => {
    frame = 0;
    const inView = body.getBoundingClientRect().bottom <= window.innerHeight;
    if (inView && timer === undefined) {
      timer = setTimeout(() => {
        window.removeEventListener('scroll', onScroll);
        onEnd();
      }, END_DWELL_MS);
    } else if (!inView && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  const onScroll = () => {
    frame ||= requestAnimationFrame(check);
  };

  window.addEventListener('scroll', onScroll, { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  });
  check();
}
