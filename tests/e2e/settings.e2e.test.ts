import { describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { linkedinUrl } from '../../demo/linkedin';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { violations } from './axe';
import { badgeFor, contentStatus, harnessPerSuite } from './harness';

// The extension API this test uses, inside an extension page's evaluate().
declare const chrome: {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } };
};

describe('platform switches on the options page', () => {
  const harness = harnessPerSuite();

  test('a platform switched off is left alone; switched on again, its open tab is tracked', async () => {
    const h = harness();
    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options/index.html`);
    const khub = options.getByRole('switch', { name: 'Knowledge Hub' });
    await khub.waitFor();
    expect(await violations(options)).toEqual([]);
    // The privacy notice is one click away, and as accessible.
    await options.getByRole('link', { name: /what leaves the browser/ }).click();
    await options.getByRole('heading', { name: 'Instalments and your privacy' }).waitFor();
    expect(await options.locator('main').textContent()).toContain('no analytics or telemetry');
    expect(await violations(options)).toEqual([]);
    await options.goBack();
    // So is the accessibility statement, rendered from docs/accessibility.md.
    await options.getByRole('link', { name: 'Accessibility statement' }).click();
    await options.getByRole('heading', { name: 'Accessibility statement' }).waitFor();
    expect(await options.locator('main').textContent()).toContain('WCAG) 2.2 at level AA');
    expect(await options.title()).toBe('Accessibility statement');
    expect(await violations(options)).toEqual([]);
    await options.goBack();
    await khub.waitFor();
    await khub.uncheck();

    const tab = await h.newPage();
    await tab.goto(khubUrl(demoPart(1)));
    const other = await h.newPage();
    await other.goto(linkedinUrl(demoPart(2)) ?? '');
    const popup = await h.openPopup();
    // Only the LinkedIn copy was looked at.
    await expect
      .poll(() => popup.locator('.series__meta').allTextContents())
      .toEqual(['Sam Okafor · LinkedIn']);
    // The switched-off Knowledge Hub tab was looked at and left alone: it reports nothing.
    await expect.poll(() => contentStatus(h, tab)).toEqual({ tracked: false });
    expect(await popup.locator('.series__meta').allTextContents()).toEqual([
      'Sam Okafor · LinkedIn',
    ]);

    // On again: the Knowledge Hub tab, still open and never reloaded, is tracked now.
    await khub.check();
    await expect
      .poll(() => popup.locator('.series__meta').allTextContents())
      .toEqual(['Sam Okafor · LinkedIn, Knowledge Hub']);
  });

  test('"three quarters counts as read" applies to an open tab without a reload', async () => {
    const h = harness();
    const tab = await h.newPage();
    // A short window, so that 85 % of the article leaves its end off screen.
    await tab.setViewportSize({ width: 1000, height: 300 });
    await tab.goto(khubUrl(demoPart(3)));
    const scrollTo = (fraction: number) =>
      tab.locator('.widget-mode-detail-text').evaluate((body, f) => {
        const r = body.getBoundingClientRect();
        window.scrollTo(0, scrollY + r.top + f * r.height - innerHeight);
        return body.getBoundingClientRect().bottom > innerHeight;
      }, fraction);
    const popup = await h.openPopup();
    const stateOfPart3 = () =>
      popup
        .locator('li.part-entry')
        .filter({ hasText: 'Journey to the Cloud - 3' })
        .locator('.part__state')
        .textContent();

    expect(await scrollTo(0.85)).toBe(true); // the end is still below the window
    await expect.poll(stateOfPart3).toMatch(/8\d % read/);
    await tab.waitForTimeout(2000);
    expect(await stateOfPart3()).toMatch(/8\d % read/);

    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options/index.html`);
    await options
      .getByRole('combobox', { name: 'A part counts as read when' })
      .selectOption({ label: 'I have read three quarters of it' });
    await tab.bringToFront();
    expect(await scrollTo(0.86)).toBe(true);
    await expect.poll(stateOfPart3).toContain('Read');
  });

  test('"Delete everything" asks first, then leaves Instalments as it was when installed', async () => {
    const h = harness();
    const tab = await h.newPage();
    await readToEnd(tab, khubUrl(demoPart(1)));
    await expect.poll(() => badgeFor(h, tab)).toMatch(/^\d\/\d$/);
    const options = await h.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options/index.html`);
    const readAt = options.getByRole('combobox', { name: 'A part counts as read when' });
    await readAt.selectOption({ label: 'I have read 90 % of it' });

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = options.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('This cannot be undone');
    await options.getByRole('button', { name: 'Keep my library' }).click();
    const popup = await h.openPopup();
    await expect
      .poll(() => popup.locator('article.series h2').allTextContents())
      .toEqual(['Journey to the Cloud']);

    await options.bringToFront();
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    // Synced (the default), the reader chooses; on all computers, the sync area keeps only
    // the wipe and the default settings, for the others to apply.
    expect(await dialog.textContent()).toContain('sync switches off here');
    await options.getByRole('button', { name: 'Delete on all your computers' }).click();
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContain('Everything is deleted. Instalments is as it was when you installed it.');
    await expect.poll(() => readAt.inputValue()).toBe('1');
    await popup.reload();
    await expect.poll(() => popup.textContent('main')).toContain('No series yet');
    expect(await badgeFor(h, tab)).toBe('');
    await expect
      .poll(() =>
        options
          .evaluate(() => chrome.storage.sync.get(null))
          .then((all) => Object.keys(all).sort()),
      )
      .toEqual(['meta', 'o']);
    // …and the settings every computer takes are the defaults again.
    expect(await options.evaluate(() => chrome.storage.sync.get(null))).toMatchObject({
      o: { s: { readAt: 1 } },
    });

    // The tab that was open all along is scrolled back to the top, and closed: each sends a
    // report at once. Then part 2 is opened: the series comes back from part 2 alone, part 1 unread.
    await tab.bringToFront();
    await tab.evaluate(async () => {
      scrollTo(0, 0);
      // The content script measures on the next frame, and reports at once.
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)));
    });
    await tab.close({ runBeforeUnload: true });
    const part2 = await h.newPage();
    await part2.goto(khubUrl(demoPart(2)));
    await popup.bringToFront();
    const stateOf = (title: string) =>
      popup
        .locator('li.part-entry')
        .filter({ hasText: title })
        .locator('.part__state')
        .allTextContents()
        .then((states) => states.join());
    await expect.poll(() => stateOf('Journey to the Cloud - 2')).toMatch(/read|Started/);
    expect(await stateOf('Journey to the Cloud - 1')).toBe('○ Unread');
  });
});
