import { canonicalUrl } from '../core/identity/canonical-url';
import {
  END_DWELL_MS,
  measure,
  reduce,
  START,
  type Progress,
  type ProgressEvent,
} from '../core/progress/reducer';

export interface TrackerOptions {
  body: Element;
  /** Links that lead to the next part: following one counts as having read this one. */
  nextPart: ReadonlySet<string>;
  signal: AbortSignal;
  /** `urgent` when the part became read or the reader is leaving the page. */
  onChange: (progress: Progress, urgent: boolean) => void;
  /** The reader's "what counts as read": 1 for the end, 0.9 or 0.75; read on every look. */
  readAt?: () => number;
}

/** Feeds scrolls, the passing of time and next-part clicks to the progress reducer. */
export function trackProgress({
  body,
  nextPart,
  signal,
  onChange,
  readAt = () => 1,
}: TrackerOptions): void {
  let state = START;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let leaving = false;

  const update = (event: ProgressEvent) => {
    const next = reduce(state, event);
    if (next === state) return;
    const becameRead = next.read && !state.read;
    state = next;
    onChange(state, becameRead || leaving);
  };
  const look = () => {
    frame = 0;
    const { position, endVisible } = measure(body.getBoundingClientRect(), innerHeight);
    update({ type: 'view', position, endVisible, at: performance.now(), readAt: readAt() });
    clearTimeout(timer);
    // Nothing scrolls while the reader reads the last lines: the clock has to say "a moment".
    if (state.endSince !== null && !state.read) {
      timer = setTimeout(() => update({ type: 'tick', at: performance.now() }), END_DWELL_MS + 50);
    }
  };
  const onScroll = () => {
    frame ||= requestAnimationFrame(look);
  };
  // A scroll just before leaving may still wait for its animation frame: measure now.
  const leave = () => {
    if (document.visibilityState !== 'hidden' && !leaving) return;
    cancelAnimationFrame(frame);
    look();
    leaving = false;
  };
  const onPageHide = () => {
    leaving = true;
    leave();
  };
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const url = link ? canonicalUrl(link.getAttribute('href') ?? '', location.href) : null;
    if (url && nextPart.has(url)) update({ type: 'next-part' });
  };

  addEventListener('scroll', onScroll, { passive: true, signal });
  addEventListener('resize', onScroll, { passive: true, signal });
  document.addEventListener('click', onClick, { capture: true, signal });
  // Registered before the reporter's own listeners, so the last position goes out with them.
  addEventListener('pagehide', onPageHide, { capture: true, signal });
  document.addEventListener(
    'visibilitychange',
    () => {
      leaving = document.visibilityState === 'hidden';
      if (leaving) leave();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  });
  look();
}
