import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { linkedinUrl } from '../../demo/linkedin';
import { demoPart, posts } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { contentStatus, Harness } from './harness';

const part = demoPart;
const unrelated = posts.find((p) => p.slug === 'running-accessible-online-consultations');

async function seriesState(popup: Page) {
  const cards = popup.locator('article.series');
  return {
    cards: await cards.count(),
    count: await cards
      .first()
      .locator('.series__count')
      .textContent({ timeout: 1000 })
      .catch(() => null),
    meta: await cards
      .first()
      .locator('.series__meta')
      .textContent({ timeout: 1000 })
      .catch(() => null),
  };
}

// The demo's Knowledge Hub pages have the real title shape ("Entry - Group - Knowledge Hub",
// no h1 naming the group), so this suite reads the seed's series as a reader would.
describe('Instalments in Chromium, on the demo hosts', () => {
  let h: Harness;
  let popup: Page;
  let reader: Page;

  beforeAll(async () => {
    h = await Harness.start();
    popup = await h.openPopup();
    reader = await h.newPage();
    // A laptop-sized window: the demo parts are longer than one screen, as real posts are.
    await reader.setViewportSize({ width: 1280, height: 600 });
  });
  afterAll(async () => h?.stop());

  test('a new library shows the empty state', async () => {
    await expect.poll(() => popup.locator('main').textContent()).toContain('No series yet');
  });

  test('reading parts 1 and 2 on the Knowledge Hub fills the open popup live: "2 of 5 read"', async () => {
    await readToEnd(reader, khubUrl(part(1)));
    // Every part lists the whole series, so all five are known from the first.
    await expect.poll(() => seriesState(popup)).toMatchObject({ cards: 1, count: '1 of 5 read' });

    await readToEnd(reader, khubUrl(part(2)));
    await expect.poll(() => seriesState(popup)).toMatchObject({ cards: 1, count: '2 of 5 read' });

    const bar = popup.getByRole('progressbar', { name: /Journey to the Cloud/ });
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    expect(await bar.getAttribute('aria-valuemax')).toBe('5');
    expect(await popup.locator('.part__state').allTextContents()).toEqual([
      '✓ Read',
      '✓ Read',
      '○ Unread',
      '○ Unread',
      '○ Unread',
    ]);
  });

  test('a part opened but not read to the end is "Reading", not read', async () => {
    await reader.goto(khubUrl(part(3)));
    const endInView = await reader
      .locator('.widget-mode-detail-text')
      .evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight);
    expect(endInView, 'the end of part 3 starts below the fold').toBe(false);
    // Positions are written at most every two seconds.
    await expect
      .poll(async () => (await popup.locator('.part__state').allTextContents())[2] ?? '', {
        timeout: 5000,
      })
      .toMatch(/^◐ \d+ % read$/);
    await reader.waitForTimeout(1500);
    expect((await seriesState(popup)).count).toBe('2 of 5 read');
  });

  test('the LinkedIn copy of part 2 joins the same series and the same part', async () => {
    const url = linkedinUrl(part(2));
    if (!url) throw new Error('part 2 is cross-posted in the demo');
    await readToEnd(reader, url);
    await expect
      .poll(() => seriesState(popup))
      .toEqual({ cards: 1, count: '2 of 5 read', meta: 'Sam Okafor · Knowledge Hub, LinkedIn' });
    // One series with every part, read on either site, in order.
    expect(await popup.locator('.part__link').allTextContents()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Journey to the Cloud - ${n}`),
    );
  });

  test('an unrelated post adds nothing', async () => {
    if (!unrelated) throw new Error('the demo has an unrelated post');
    await readToEnd(reader, khubUrl(unrelated));
    // Looked at, and left alone: nothing will be reported from it.
    await expect.poll(() => contentStatus(h, reader)).toEqual({ tracked: false });
    expect(await seriesState(popup)).toMatchObject({ cards: 1, count: '2 of 5 read' });
  });

  test('the library is still there after the browser is closed and relaunched', async () => {
    await h.relaunch();
    popup = await h.openPopup();
    await expect
      .poll(() => seriesState(popup))
      .toEqual({ cards: 1, count: '2 of 5 read', meta: 'Sam Okafor · Knowledge Hub, LinkedIn' });
  });
});
