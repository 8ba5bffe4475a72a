import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FEED_PATH, khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { violations } from './axe';
import { Harness, recordedRead, stopWorkers } from './harness';
import type { ShownNotification } from './notification-server';
import { LAYOUT_PROBLEMS } from './layout';

// The extension API this test uses, inside an extension page's evaluate().
declare const chrome: {
  alarms: { create(name: string, info: { when: number }): Promise<void> };
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
};

/**
 * Parts 1 and 2 read, the reader away, the author publishes part 3 and the extension's own
 * alarm (brought forward to now) checks the feed: what the reader then has on screen.
 */
async function partThreeComesOut(h: Harness) {
  const reader = await h.newPage();
  for (const n of [1, 2]) {
    await readToEnd(reader, khubUrl(demoPart(n)));
    await recordedRead(h, khubUrl(demoPart(n)));
  }
  await reader.close();
  // As the demo page's button does.
  h.server.publishNext();
  const before = h.server.requests.length;
  const probe = await h.extensionPage();
  await probe.evaluate(() => chrome.alarms.create('follow-check', { when: Date.now() }));

  const popup = await h.openPopup();
  const fresh = popup.locator('.new-parts li');
  await expect.poll(() => fresh.count(), { timeout: 20_000 }).toBe(1);
  expect(await fresh.textContent()).toContain('Journey to the Cloud - 3');
  await expect
    .poll(() => popup.locator('.part__state').allTextContents())
    .toEqual(['✓ Read', '✓ Read', '★ New']);
  expect(await probe.evaluate(() => chrome.action.getBadgeText({}))).toBe('+1');
  // One request, to the group's own feed on the site the series was read on.
  expect(h.server.requests.slice(before)).toEqual([`khub.net${FEED_PATH}`]);
  return { probe, popup, fresh };
}

/** What the desktop shows: one notification, the series' title over "Part 3 is out". */
async function desktopNotification(h: Harness): Promise<ShownNotification> {
  const desktop = h.notifications;
  if (!desktop) throw new Error('the harness has no notification service');
  await expect.poll(() => desktop.shown.length).toBe(1);
  const [shown] = desktop.shown;
  expect(shown).toMatchObject({
    appName: 'Chromium',
    summary: 'Journey to the Cloud',
    body: 'Part 3 is out',
    closed: false,
  });
  // Clicking the body invokes "default"; Chromium only clicks through when it was offered.
  expect(shown?.actions).toContain('default');
  return shown!;
}

describe('following a series: part 3 comes out while the reader is away', () => {
  let h: Harness;
  beforeAll(async () => {
    // The Knowledge Hub has published parts 1 and 2 so far.
    h = await Harness.start(undefined, { demo: { seriesPublished: 2 }, notifications: true });
  });
  afterAll(async () => h?.stop());

  test('read 1-2, the author publishes 3, the check finds it: New in the popup, the badge, a notification', async () => {
    const { probe, popup, fresh } = await partThreeComesOut(h);
    await desktopNotification(h);
    const notifications = await probe.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toHaveLength(1);
    // The series' menu says it is followed and what the check found; at 360 px nothing
    // overlaps or shrinks, and axe finds nothing.
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup
      .getByRole('button', { name: /Journey to the Cloud/ })
      .first()
      .waitFor();
    await popup.locator('.series__head button').click();
    await expect
      .poll(() => popup.locator('.follow__status').textContent())
      .toMatch(/^Checked .*: 1 new part\.$/);
    expect(await popup.locator('.follow input[type="checkbox"]').isChecked()).toBe(true);
    expect(await popup.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);
    expect(await violations(popup)).toEqual([]);

    // Opening the new part from the popup lands on it, and it is no longer new.
    const opened = h.browser.context.waitForEvent('page');
    await fresh.getByRole('button').click();
    const page = await opened;
    await page.waitForURL(khubUrl(demoPart(3)));
    await expect.poll(() => probe.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    // Read without the notification, it leaves the desktop all the same.
    await expect.poll(() => probe.evaluate(() => chrome.notifications.getAll())).toEqual({});
  });
});

// The click a person makes on the desktop's popup: the notification service tells Chromium
// (ActionInvoked "default"), Chromium tells the extension (notifications.onClicked).
describe('following a series: the reader clicks the notification that part 3 is out', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start(undefined, { demo: { seriesPublished: 2 }, notifications: true });
  });
  afterAll(async () => h?.stop());

  test('the click, with the worker stopped meanwhile, lands on part 3; the badge clears and the notification is gone', async () => {
    const { probe } = await partThreeComesOut(h);
    const shown = await desktopNotification(h);
    const desktop = h.notifications!;
    // The reader clicks later, when Chrome has long stopped the idle worker: the click has to
    // wake it.
    await stopWorkers(h, probe);

    const opened = h.browser.context.waitForEvent('page');
    desktop.click(shown.id);
    const page = await opened;
    await page.waitForURL(khubUrl(demoPart(3)));
    await expect.poll(() => probe.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await expect.poll(() => probe.evaluate(() => chrome.notifications.getAll())).toEqual({});
    // Closed on the desktop, and nothing announced again on the way.
    expect(desktop.shown).toHaveLength(1);
    expect(shown.closed).toBe(true);
  });
});
