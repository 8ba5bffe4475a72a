import { describe, expect, test } from 'vitest';
import {
  END_DWELL_MS,
  measure,
  reduce,
  START,
  scrollTargetFor,
  type ProgressEvent,
} from '../../src/core/progress/reducer';

const run = (events: ProgressEvent[]) => events.reduce(reduce, START);
const view = (position: number, at: number, endVisible = false): ProgressEvent => ({
  type: 'view',
  position,
  endVisible,
  at,
});

describe('reading progress', () => {
  test('furthest never goes back; last follows the reader', () => {
    expect(run([view(0.2, 0), view(0.7, 1), view(0.3, 2)])).toMatchObject({
      furthest: 0.7,
      last: 0.3,
      read: false,
    });
  });

  test('the end in view for a moment makes the part read', () => {
    expect(run([view(1, 0, true), { type: 'tick', at: END_DWELL_MS - 1 }]).read).toBe(false);
    expect(run([view(1, 0, true), { type: 'tick', at: END_DWELL_MS }])).toMatchObject({
      read: true,
      furthest: 1,
    });
  });

  test('a reader who counts three quarters as read has read at three quarters, after a moment', () => {
    const at = (position: number, time: number): ProgressEvent => ({
      type: 'view',
      position,
      endVisible: false,
      at: time,
      readAt: 0.75,
    });
    expect(run([at(0.7, 0), { type: 'tick', at: 5000 }]).read).toBe(false);
    expect(run([at(0.8, 0), { type: 'tick', at: END_DWELL_MS - 1 }]).read).toBe(false);
    expect(run([at(0.8, 0), { type: 'tick', at: END_DWELL_MS }])).toMatchObject({
      read: true,
      furthest: 1,
    });
    // Scrolling back above the mark before the moment is up does not count.
    expect(run([at(0.8, 0), at(0.5, 500), { type: 'tick', at: 5000 }]).read).toBe(false);
  });

  test('"the end" means seeing the end, not having scrolled past it', () => {
    expect(run([view(1, 0, false), { type: 'tick', at: 5000 }]).read).toBe(false);
  });

  test('scrolling past the end before the moment is up does not count', () => {
    expect(run([view(1, 0, true), view(0.6, 500), { type: 'tick', at: 5000 }]).read).toBe(false);
  });

  test('following the link to the next part counts as read', () => {
    expect(run([view(0.4, 0), { type: 'next-part' }])).toMatchObject({ read: true, furthest: 1 });
  });

  test('read stays read when the reader scrolls back up', () => {
    const state = run([view(1, 0, true), { type: 'tick', at: 2000 }, view(0.1, 3000)]);
    expect(state).toMatchObject({ read: true, furthest: 1, last: 0.1 });
  });

  test('garbage positions are clamped', () => {
    expect(run([view(Number.NaN, 0), view(7, 1)])).toMatchObject({ furthest: 1, last: 1 });
  });
});

describe('measure and scrollTargetFor', () => {
  test('half the body above the fold is position 0.5', () => {
    expect(measure({ top: -500, bottom: 1500 }, 500)).toEqual({ position: 0.5, endVisible: false });
    expect(measure({ top: -1500, bottom: 400 }, 500)).toMatchObject({ endVisible: true });
  });

  test('resuming puts the same point of the body at the bottom of the viewport', () => {
    expect(scrollTargetFor(0.5, 200, 2000, 600)).toBe(600);
    expect(scrollTargetFor(0, 200, 2000, 600)).toBe(0);
  });
});
