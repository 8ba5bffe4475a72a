import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { linkedinUrl } from '../../demo/linkedin';
import { demoPart } from '../../demo/posts';
import { headedPerSuite } from './display';
import { readSomeOfTheSeries } from './harness';
import { LAYOUT_PROBLEMS } from './layout';
import { attachExtensionPage, openToolbarPopup } from './toolbar-popup';

// What the reader sees, at the sizes they see it: the popup as the toolbar opens it, the
// popup page at 360 and 400 px, the library at 320 px (a 1280 px window at 400 % zoom). The
// README's pictures are taken here, from the real popup beside a demo article.
const DIR = 'docs/screenshots';
const problems = (page: Page) => page.evaluate<string[]>(LAYOUT_PROBLEMS);

describe('layout at the real size', () => {
  const headed = headedPerSuite();
  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    await readSomeOfTheSeries(headed.h, linkedinUrl(demoPart(2)) ?? '');
  });

  test('the toolbar popup: 360-400 px wide, nothing overlaps, wraps into a column or scrolls sideways', async () => {
    const article = await headed.h.newPage();
    await article.setViewportSize({ width: 1000, height: 700 });
    await article.goto(khubUrl(demoPart(3)));
    await article.bringToFront();
    const popup = await openToolbarPopup(article, headed.h.browser.extensionId, () =>
      headed.display.press('alt+shift+i'),
    );
    await expect
      .poll(() => popup.evaluate<number>("document.querySelectorAll('.part__link').length"))
      .toBeGreaterThan(0);
    const width = await popup.evaluate<number>('innerWidth');
    expect(width).toBeGreaterThanOrEqual(360);
    expect(width).toBeLessThanOrEqual(400);
    expect(await popup.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);
    writeFileSync(`${DIR}/popup.png`, await popup.screenshot());

    // "Side panel" opens the real side panel beside the article, which then shows its series.
    const panel = await attachExtensionPage(
      article,
      `chrome-extension://${headed.h.browser.extensionId}/sidepanel/index.html`,
      () => popup.click('Side panel'),
    );
    await expect
      .poll(() => panel.evaluate<string>("document.querySelector('.here')?.textContent ?? ''"))
      .toContain(demoPart(3).title);
    const panelWidth = await panel.evaluate<number>('innerWidth');
    expect(panelWidth).toBeGreaterThanOrEqual(300);
    expect(await panel.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);
    writeFileSync(`${DIR}/side-panel.png`, await panel.screenshot());
    await article.close();
  });

  test.each([360, 400])('the popup page in a %i px window', async (width) => {
    const popup = await headed.h.openPopup();
    await popup.setViewportSize({ width, height: 600 });
    await popup.locator('.part__link').first().waitFor();
    expect(await problems(popup)).toEqual([]);
    // With a series' and a part's corrections open, and a removal asking first.
    await popup
      .getByRole('button', { name: /^Manage the series / })
      .first()
      .click();
    await popup.getByRole('button', { name: `Manage ${demoPart(2).title}` }).click();
    await popup.locator('.manage').nth(1).waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Remove from library' }).click();
    await popup.getByRole('alertdialog').waitFor();
    expect(await problems(popup)).toEqual([]);
    await popup.close();
  });

  test.each([320, 1000])('the library at %i px', async (width) => {
    const library = await headed.h.newPage();
    await library.setViewportSize({ width, height: 700 });
    await library.goto(`chrome-extension://${headed.h.browser.extensionId}/library/index.html`);
    await library.locator('.part__link').first().waitFor();
    expect(await problems(library)).toEqual([]);
    if (width === 1000) await library.screenshot({ path: `${DIR}/library.png` });
    await library.close();
  });
});
