import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { Harness, painted, partRecord, recordedRead } from './harness';

const part = demoPart;

const BODY = '.widget-mode-detail-text';

/** Scrolls so that `fraction` of the article body is above the bottom of the viewport. */
async function scrollToFraction(page: Page, fraction: number): Promise<void> {
  await page.locator(BODY).evaluate((body, f) => {
    const rect = body.getBoundingClientRect();
    scrollTo({ top: rect.top + scrollY + f * rect.height - innerHeight, behavior: 'instant' });
  }, fraction);
}

async function positionIn(page: Page): Promise<number> {
  return page.locator(BODY).evaluate((body) => {
    const rect = body.getBoundingClientRect();
    return (innerHeight - rect.top) / rect.height;
  });
}

describe('reading progress, Continue and bookmarks', () => {
  let h: Harness;
  beforeAll(async () => {
    // A short window, so the demo's parts are several screens long, as real posts are.
    h = await Harness.start({ width: 1280, height: 360 });
  });
  afterAll(async () => h?.stop());

  test('part 1 read to the end and part 2 read halfway: "1 of 5 read", part 2 about half read', async () => {
    const reader = await h.newPage();
    await readToEnd(reader, khubUrl(part(1)));
    await recordedRead(h, khubUrl(part(1)));
    await reader.goto(khubUrl(part(2)));
    await reader.locator(BODY).waitFor();
    // Tracking has started once the library knows the part.
    await expect.poll(() => partRecord(h, khubUrl(part(2)))).not.toBeNull();
    await scrollToFraction(reader, 0.5);
    await painted(reader);
    // Leaving the page flushes the last position at once, inside the two-second throttle.
    await reader.goto('https://khub.net/web/digital-leaders/-/blogs');
    await reader.close();
    const popup = await h.openPopup();
    await expect
      .poll(() => popup.locator('.series__count').first().textContent())
      .toBe('1 of 5 read');
    const states = await popup.locator('.part__state').allTextContents();
    expect(states[0]).toBe('✓ Read');
    expect(states[1]).toMatch(/^◐ (4\d|5\d) % read$/);
    await popup.close();
  });

  test('Continue opens part 2 where the reader stopped', async () => {
    const popup = await h.openPopup();
    const button = popup.locator('.continue__button');
    await expect.poll(() => button.textContent()).toContain('Journey to the Cloud - 2');
    const opened = h.browser.context.waitForEvent('page');
    await button.click();
    const page = await opened;
    await page.waitForURL(khubUrl(part(2)));
    await page.locator(BODY).waitFor();
    // Where the page settles: under load the tab may still be reflowing as it opens.
    await expect
      .poll(async () => Math.abs((await positionIn(page)) - 0.5), { timeout: 10_000 })
      .toBeLessThan(0.1);
    await page.close();
  });

  test('a bookmark set in the popup shows under Bookmarked', async () => {
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Bookmark Journey to the Cloud - 3' }).click();
    await expect
      .poll(() =>
        popup
          .getByRole('button', { name: 'Bookmark Journey to the Cloud - 3' })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    await popup.getByRole('button', { name: 'Bookmarked' }).click();
    await expect
      .poll(() => popup.locator('article.series h2').allTextContents())
      .toEqual(['Journey to the Cloud']);
    await popup.close();
  });
});
