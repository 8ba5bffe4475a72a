import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { badgeFor, Harness, stopWorkers } from './harness';

const part = demoPart;

async function seriesCount(h: Harness): Promise<string | null> {
  const popup = await h.openPopup();
  try {
    await popup.locator('.series__count').first().waitFor({ timeout: 5000 });
    return await popup.locator('.series__count').first().textContent();
  } finally {
    await popup.close();
  }
}

describe('a background that is stopped at any moment loses nothing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => h?.stop());

  test('the badge shows "read/known" on a part and is cleared elsewhere', async () => {
    const page = await h.newPage();
    await readToEnd(page, khubUrl(part(1)));
    await expect.poll(() => badgeFor(h, page), { timeout: 10_000 }).toBe('1/5');
    await page.goto('https://khub.net/web/digital-leaders/-/blogs');
    await expect.poll(() => badgeFor(h, page)).toBe('');
    await page.close();
  });

  test('stopping the worker between a visit and the end of the article loses neither event', async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(khubUrl(part(2)));
    await expect.poll(() => badgeFor(h, page)).toBe('1/5');
    await stopWorkers(h, page);
    // The end of the article comes into view while no worker is running.
    await readToEnd(page, khubUrl(part(2)));
    await expect.poll(() => badgeFor(h, page), { timeout: 10_000 }).toBe('2/5');
    await stopWorkers(h, page);
    // The badge outlives the worker, and the library is all on disk.
    expect(await badgeFor(h, page)).toBe('2/5');
    expect(await seriesCount(h)).toBe('2 of 5 read');
    await page.close();
  });

  test('two tabs reading two parts at once are both recorded', async () => {
    const [a, b] = await Promise.all([h.newPage(), h.newPage()]);
    if (!a || !b) throw new Error('two tabs');
    await stopWorkers(h, a);
    // Both pages load with no worker running: it is woken to weigh their facts, then to record.
    await Promise.all([readToEnd(a, khubUrl(part(3))), readToEnd(b, khubUrl(part(5)))]);
    await expect.poll(() => seriesCount(h), { timeout: 15_000 }).toBe('4 of 5 read');
    expect(await badgeFor(h, a)).toBe('4/5');
    await Promise.all([a.close(), b.close()]);
  });
});
