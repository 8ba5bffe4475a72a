import { describe, expect, test, vi } from 'vitest';
import { createRouter, type Handlers } from '../../src/messaging/router';
import { LIMITS } from '../../src/core/limits';
import { pageStatus } from '../../src/messaging/to-content';
import { report } from './fixtures';

const ORIGIN = 'chrome-extension://abc/';
const fromTab = { tab: { id: 7 }, url: 'https://khub.net/x' };
const fromPopup = { url: `${ORIGIN}popup/index.html` };

const refuse = async () => Promise.reject(new Error('not under test'));
const others = {
  'series/rename': refuse,
  'offline/save': refuse,
  'offline/save-series': refuse,
  'offline/cancel': refuse,
  'offline/dismiss': refuse,
  'offline/resume': refuse,
  'offline/delete': refuse,
  'reader/progress': refuse,
  'note/set': refuse,
  'library/import': refuse,
  'library/wipe': refuse,
  'part/set-number': refuse,
  'series/merge': refuse,
  'series/split': refuse,
  'page/untrack': refuse,
  'part/open': refuse,
  'part/resume': refuse,
  'part/bookmark': refuse,
  'part/mark': refuse,
  'part/mark-through': refuse,
  'parts/move': refuse,
  'parts/remove': refuse,
  'series/remove': refuse,
  'follow/set': refuse,
  'follow/check': refuse,
  'page/detect': refuse,
} satisfies Omit<Handlers, 'part/report'>;

function setup() {
  const handler = vi.fn<Handlers['part/report']>(async () => ({ seriesId: 's', partId: 'p' }));
  const route = createRouter({ ...others, 'part/report': handler }, ORIGIN);
  return { handler, route };
}

describe('the background router', () => {
  test('answers a valid message from a content script with {ok, value}', async () => {
    const { route, handler } = setup();
    const reply = await route({ type: 'part/report', payload: report(2) }, fromTab);
    expect(reply).toEqual({ ok: true, value: { seriesId: 's', partId: 'p' } });
    expect(handler).toHaveBeenCalledWith(report(2), { tabId: 7, url: 'https://khub.net/x' });
  });

  test.each([
    null,
    'hello',
    42,
    {},
    { type: 'other/verb' },
    { type: 'constructor' },
    { type: '__proto__' },
  ])('leaves %j to other listeners', (message) => {
    expect(setup().route(message, fromTab)).toBeUndefined();
  });

  test('refuses a page-only message from a content script, before validating it', async () => {
    const { route } = setup();
    const reply = await route(
      { type: 'page/untrack', payload: { url: 'https://khub.net/x' } },
      fromTab,
    );
    expect(reply).toEqual({ ok: false, error: 'page/untrack is not accepted from this sender' });
  });

  test('refuses a content-script message from an extension page', async () => {
    const { route, handler } = setup();
    const reply = await route({ type: 'part/report', payload: report(1) }, fromPopup);
    expect(reply).toEqual({ ok: false, error: 'part/report is not accepted from this sender' });
    expect(handler).not.toHaveBeenCalled();
  });

  const hostile: [string, unknown][] = [
    ['a javascript: page URL', { ...report(1), url: 'javascript:alert(1)' }],
    [
      'a data: sibling',
      {
        ...report(1),
        detection: {
          ...report(1).detection,
          siblings: [{ url: 'data:text/html,x', title: null, part: 1 }],
        },
      },
    ],
    [
      'too many siblings',
      {
        ...report(1),
        detection: {
          ...report(1).detection,
          siblings: Array.from({ length: LIMITS.siblings + 1 }, (_, i) => ({
            url: `https://x.org/${i}`,
            title: null,
            part: null,
          })),
        },
      },
    ],
    ['a 10,000-character title', { ...report(1), title: 'x'.repeat(10_000) }],
    [
      'a fractional part number',
      { ...report(1), detection: { ...report(1).detection, part: 1.5 } },
    ],
    ['confidence above 1', { ...report(1), detection: { ...report(1).detection, confidence: 7 } }],
    ['an unexpected key', { ...report(1), extra: true }],
    ['a missing detection', { url: 'https://khub.net/x', title: null, state: 'read' }],
  ];
  test.each(hostile)('rejects %s with a message naming the problem', async (_, payload) => {
    const { route, handler } = setup();
    const reply = await route({ type: 'part/report', payload }, fromTab);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^part\/report rejected: .+/),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  test('a failing handler becomes {ok: false}, never a throw across the wire', async () => {
    const route = createRouter(
      { ...others, 'part/report': async () => Promise.reject(new Error('disk full')) },
      ORIGIN,
    );
    expect(await route({ type: 'part/report', payload: report(1) }, fromTab)).toEqual({
      ok: false,
      error: 'disk full',
    });
  });
});

describe('a content script’s answer about its page', () => {
  test('is taken only in its own shape, with the page’s title bounded', () => {
    expect(pageStatus({ tracked: false })).toEqual({ tracked: false });
    expect(pageStatus({ tracked: true, title: 'Part 2' })).toEqual({
      tracked: true,
      title: 'Part 2',
    });
    expect(pageStatus({ tracked: true, title: 'x'.repeat(5000) })?.title).toHaveLength(300);
    for (const odd of [undefined, null, 'yes', { tracked: 'true' }, [true]]) {
      expect(pageStatus(odd)).toBeNull();
    }
  });
});
