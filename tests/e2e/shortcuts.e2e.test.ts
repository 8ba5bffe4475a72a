import { describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { headedPerSuite } from './display';
import { recordedRead } from './harness';

// Extension shortcuts are browser accelerators: a key event sent to the page never reaches
// them. So this suite runs Chromium headed on its own Xvfb display and presses the keys
// through the X server, as a person would.
const part = demoPart;

describe('keyboard shortcuts, pressed on a real (virtual) display', () => {
  const headed = headedPerSuite();
  const press = (keys: string) => headed.display.press(keys);

  test('Alt+Shift+K bookmarks the part on screen, and it shows under Bookmarked', async () => {
    const page = await headed.h.newPage();
    await readToEnd(page, khubUrl(part(2)));
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
    await recordedRead(headed.h, khubUrl(part(2)));
    await page.bringToFront();
    press('alt+shift+k');
    const popup = await headed.h.openPopup();
    await popup.getByRole('button', { name: 'Bookmarked' }).click();
    await expect
      .poll(() => popup.locator('article.series h2').allTextContents())
      .toEqual(['Journey to the Cloud']);
    expect(
      await popup
        .getByRole('button', { name: 'Bookmark Journey to the Cloud - 2' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await popup.close();
    await page.close();
  });

  test('Alt+Shift+O saves the part on screen for offline reading', async () => {
    const page = await headed.h.newPage();
    await readToEnd(page, khubUrl(part(1)));
    await recordedRead(headed.h, khubUrl(part(1)));
    await page.bringToFront();
    press('alt+shift+o');
    const popup = await headed.h.openPopup();
    await popup
      .getByRole('link', { name: /^Read Journey to the Cloud - 1 offline/ })
      .waitFor({ timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  test('Alt+Shift+J opens the next unread part of the series', async () => {
    // Part 4 is for members of the group: this reader is one.
    await headed.h.browser.context.addCookies([
      { name: 'KHUB_SESSION', value: 'member', domain: 'khub.net', path: '/', secure: true },
    ]);
    const page = await headed.h.newPage();
    await readToEnd(page, khubUrl(part(3)));
    await recordedRead(headed.h, khubUrl(part(3)));
    await page.bringToFront();
    press('alt+shift+j');
    // Parts 2 and 3 are read; the next unread one after part 3 is part 4.
    await page.waitForURL(khubUrl(part(4)));
    await page.close();
  });
});
