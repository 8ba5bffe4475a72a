import { describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { canonicalUrl } from '../../src/core/identity/canonical-url';
import type { SyncLibrary } from '../../src/core/sync/library';
import { decodeItems, encodeLibrary, itemBytes, SYNC_QUOTA } from '../../src/messaging/sync-items';
import { harnessPerSuite, recordedRead, type Harness } from './harness';
import { LAYOUT_PROBLEMS } from './layout';

// The extension API this test uses, inside an extension page's evaluate().
declare const chrome: {
  storage: {
    sync: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

/** What this browser has written to its sync area so far. */
async function syncArea(h: Harness): Promise<Record<string, unknown>> {
  const probe = await h.extensionPage();
  return probe.evaluate(() => chrome.storage.sync.get(null));
}

const seriesItems = (items: Record<string, unknown>) =>
  Object.keys(items).filter((k) => k.startsWith('s:'));

describe('sync through the browser account (Chromium)', () => {
  const harness = harnessPerSuite();

  test('what is read here is written to sync within the quotas; another computer’s progress shows in the open popup within a second', async () => {
    const h = harness();
    const reader = await h.newPage();
    await readToEnd(reader, khubUrl(demoPart(1)));
    await recordedRead(h, khubUrl(demoPart(1)));
    await reader.close();

    // This computer's writes: one item for the series, part 1 read, within every quota.
    const part1 = canonicalUrl(khubUrl(demoPart(1)))!;
    await expect
      .poll(
        async () =>
          decodeItems(await syncArea(h)).library.parts.find((p) => p.urls.includes(part1))?.state,
        { timeout: 15_000 },
      )
      .toBe('read');
    const written = await syncArea(h);
    expect(seriesItems(written)).toHaveLength(1);
    const sizes = Object.entries(written).map(([k, v]) => itemBytes(k, v));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    const { library, skipped } = decodeItems(written);
    expect(skipped).toEqual([]);

    // The reader has the popup open at its real width.
    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    const firstThree = async () =>
      (await popup.locator('.part__state').allTextContents()).slice(0, 3);
    // Part 1 read; 2 and 3 known from the page's links, not yet opened.
    await expect.poll(firstThree).toEqual(['✓ Read', '○ Unread', '○ Unread']);

    // Another computer, on the same account, read part 2 to the end and started part 3: its
    // writes arrive in this browser's sync area, in the shape Instalments writes.
    const at = Date.now();
    const series = library.series[0]!;
    const elsewhere: SyncLibrary = {
      ...library,
      series: [{ ...series, lastActivityAt: at }],
      parts: [
        ...library.parts.filter((p) => p.urls.includes(part1)),
        ...[2, 3].map((n) => ({
          ...library.parts.find((p) => p.urls.includes(part1))!,
          urls: [canonicalUrl(khubUrl(demoPart(n)))!],
          number: n,
          title: `Journey to the Cloud - ${n}`,
          state: n === 2 ? ('read' as const) : ('reading' as const),
          furthest: n === 2 ? 1 : 0.4,
          lastPosition: n === 2 ? 1 : 0.4,
          positionAt: at,
          updatedAt: at,
          firstSeenAt: at,
          movedAt: at,
          readAt: n === 2 ? at : null,
          editedAt: n === 2 ? at : 0,
          bookmark: n === 3 ? at : 0,
        })),
      ],
    };
    const probe = await h.extensionPage();
    await probe.evaluate((items) => chrome.storage.sync.set(items), encodeLibrary(elsewhere).items);
    await expect
      .poll(firstThree, { timeout: 1_000 })
      .toEqual(['✓ Read', '✓ Read', expect.stringMatching(/40\s?%/)]);
    // The bookmark came across too, and at 360 px nothing overlaps or is cut.
    const bookmark = popup.getByRole('button', {
      name: 'Bookmark Journey to the Cloud - 3',
      exact: true,
    });
    expect(await bookmark.getAttribute('aria-pressed')).toBe('true');
    expect(await popup.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);

    // The options page says when this computer last synced.
    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options/index.html`);
    await expect
      .poll(() => options.locator('.sync-status').textContent())
      .toMatch(/^Last synced \d/);
  });
});
