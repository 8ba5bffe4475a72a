import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { violations } from './axe';
import { harnessPerSuite, readSomeOfTheSeries, type Harness } from './harness';
import { LAYOUT_PROBLEMS } from './layout';

const title = (n: number) => demoPart(n).title;

declare const chrome: {
  windows: {
    create(options: {
      url: string;
      type: 'popup';
      width: number;
      height: number;
    }): Promise<unknown>;
  };
};

/**
 * The side panel's page in a window of its own beside the browser window, as the reader can
 * have it (and as a test can reach it: the browser opens the real panel only for a gesture).
 */
async function openPanel(h: Harness, width: number): Promise<Page> {
  const probe = await h.extensionPage();
  const [panel] = await Promise.all([
    h.browser.context.waitForEvent('page', (p) => p.url().endsWith('/sidepanel/index.html')),
    probe.evaluate(
      (w) =>
        chrome.windows.create({
          url: '/sidepanel/index.html',
          type: 'popup',
          width: w,
          height: 700,
        }),
      width,
    ),
  ]);
  await panel.setViewportSize({ width, height: 700 });
  return panel;
}

/** What "On this page" says, one line per piece. */
const here = (panel: Page) =>
  panel
    .locator('section[aria-labelledby="here-heading"]')
    .evaluate((section) =>
      [...section.querySelectorAll('.continue__title, .continue__meta')]
        .map((el) => el.textContent)
        .join('\n'),
    );

describe('the side panel beside an article', () => {
  const harness = harnessPerSuite({ width: 1280, height: 360 });

  test('shows the series of the page in the active tab, follows reading and tab switches, and fits 320-360 px', async () => {
    const h = harness();
    await readSomeOfTheSeries(h, khubUrl(demoPart(2)));
    const article = await h.newPage();
    await article.goto(khubUrl(demoPart(3)));
    await article.bringToFront();

    const panel = await openPanel(h, 360);
    await expect
      .poll(() => here(panel))
      .toMatch(
        new RegExp(
          `^${title(3)}\nJourney to the Cloud · 1 of 5 read · (\\d+ % read|Started)\nNext: ${title(4)}$`,
        ),
      );
    // Its series comes first, open.
    expect(await panel.locator('article.series h2').first().textContent()).toBe(
      'Journey to the Cloud',
    );
    expect(await panel.locator('li.part-entry').count()).toBe(5);

    // Reading on: the panel follows without being touched.
    await readToEnd(article, khubUrl(demoPart(3)));
    await expect.poll(() => here(panel)).toContain('2 of 5 read · Read');

    // Another tab comes to the front: so does its part.
    const first = await h.newPage();
    await first.goto(khubUrl(demoPart(1)));
    await first.bringToFront();
    await expect.poll(() => here(panel)).toMatch(new RegExp(`^${title(1)}\n`));

    // A page that is no part.
    await first.goto('https://khub.net/web/digital-leaders/-/blogs');
    await expect.poll(() => here(panel)).toContain('is not a part of any series in your library');

    await first.goto(khubUrl(demoPart(1)));
    await expect.poll(() => here(panel)).toMatch(new RegExp(`^${title(1)}\n`));
    for (const width of [360, 320]) {
      await panel.setViewportSize({ width, height: 700 });
      expect(await panel.evaluate<string[]>(LAYOUT_PROBLEMS), `${width} px`).toEqual([]);
    }
    expect(await violations(panel)).toEqual([]);
  });
});
