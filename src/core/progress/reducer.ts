/**
 * Honest reading progress, as a pure reducer: where the reader is within the article body,
 * the furthest point reached (never goes back), and whether the part is read. A part is read
 * when the end of the article (or, if the reader chose, 90 % or 75 % of it) has stayed in
 * view for END_DWELL_MS, or when the reader follows the series' link to the next part.
 */
export const END_DWELL_MS = 1000;

export interface Progress {
  /** 0..1: how much of the article body has been above the bottom of the viewport. */
  furthest: number;
  last: number;
  /** When the point that makes the part read came into view and stayed; null otherwise. */
  endSince: number | null;
  read: boolean;
}

export type ProgressEvent =
  | {
      type: 'view';
      position: number;
      endVisible: boolean;
      at: number;
      /** How much of the article counts as read, below 1 when the reader chose less than the end. */
      readAt?: number;
    }
  | { type: 'tick'; at: number }
  | { type: 'next-part' };

export const START: Progress = { furthest: 0, last: 0, endSince: null, read: false };

const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));

export function reduce(state: Progress, event: ProgressEvent): Progress {
  switch (event.type) {
    case 'view': {
      const position = clamp(event.position);
      // "Most of it" is a position; "the end" stays a sight of the end, not a scroll past it.
      const readAt = event.readAt ?? 1;
      const reached = event.endVisible || (readAt < 1 && position >= readAt);
      const endSince = reached ? (state.endSince ?? event.at) : null;
      return reduce(
        { ...state, furthest: Math.max(state.furthest, position), last: position, endSince },
        { type: 'tick', at: event.at },
      );
    }
    case 'tick':
      if (state.read || state.endSince === null || event.at - state.endSince < END_DWELL_MS)
        return state;
      return { ...state, read: true, furthest: 1 };
    case 'next-part':
      return { ...state, read: true, furthest: 1 };
  }
}

/**
 * Where the viewport stands in the article body: the fraction of the body above the bottom
 * of the viewport, and whether the body's end is on screen.
 */
export function measure(body: { top: number; bottom: number }, viewportHeight: number) {
  const height = Math.max(1, body.bottom - body.top);
  return {
    position: clamp((viewportHeight - body.top) / height),
    endVisible: body.bottom <= viewportHeight && body.bottom >= 0,
  };
}

/** The scroll offset that puts `position` of the body at the bottom of the viewport. */
export function scrollTargetFor(
  position: number,
  bodyTopInPage: number,
  bodyHeight: number,
  viewportHeight: number,
): number {
  return Math.max(0, bodyTopInPage + clamp(position) * bodyHeight - viewportHeight);
}
