import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { WEEKNOTES_HOST, weeknoteUrl, weeknotes } from '../../demo/weeknotes';
import { headedPerSuite } from './display';
import { badgeFor } from './harness';
import { openToolbarPopup } from './toolbar-popup';

// A self-hosted WordPress blog is on no platform list: Instalments reaches it only when the
// reader asks. The browser's own permission prompt and the toolbar popup (the one place that
// grants activeTab) need a headed Chromium, so this suite runs on its own Xvfb display.
const weeknote = (n: number) => weeknoteUrl(weeknotes[n - 1]!);
const SITE = `https://${WEEKNOTES_HOST}`;
/** The badge of a tracked part, such as "1/3"; a page Instalments leaves alone has none. */
const COUNT = /^\d\/\d$/;

// The extension API as the tests use it, inside an extension page's evaluate().
declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
};

describe('sites beyond the supported platforms', () => {
  const headed = headedPerSuite();

  /**
   * Answers the browser's "Add permissions?" prompt with Allow (Tab, then Enter). Chrome
   * does not ask again for a permission the reader allowed before and the extension gave
   * back: then `granted` is already true and there is nothing to answer.
   */
  async function allowInPrompt(page: Page, granted: () => Promise<boolean>): Promise<void> {
    await page.waitForTimeout(1500);
    if (await granted()) return;
    headed.display.press('Tab', { focus: false });
    headed.display.press('Return', { focus: false });
  }

  const registered = async () =>
    (
      await (
        await headed.h.extensionPage()
      ).evaluate(() => chrome.scripting.getRegisteredContentScripts())
    )
      .flatMap((s) => s.matches ?? [])
      .sort();

  /** Alt+Shift+I opens the popup as the toolbar button does, which grants activeTab. */
  async function toolbarPopup(page: Page) {
    await page.bringToFront();
    return openToolbarPopup(page, headed.h.browser.extensionId, () =>
      headed.display.press('alt+shift+i'),
    );
  }

  const anySiteGranted = async () =>
    (await headed.h.extensionPage()).evaluate(() =>
      chrome.permissions.contains({ origins: ['*://*/*'] }),
    );

  async function optionsPage(): Promise<Page> {
    const page = await headed.h.newPage();
    await page.goto(`chrome-extension://${headed.h.browser.extensionId}/options/index.html`);
    return page;
  }

  /** Opens a page and gives any content script time to have reported it. */
  async function visit(url: string): Promise<Page> {
    const page = await headed.h.newPage();
    await page.goto(url);
    await page.waitForTimeout(1500);
    return page;
  }

  test('a blog is left alone until the reader checks it from the toolbar, then remembered on request', async () => {
    const page = await visit(weeknote(1));
    expect(await badgeFor(headed.h, page)).toBe('');
    const library = await headed.h.openPopup();
    await expect.poll(() => library.textContent('main')).toContain('No series yet');
    await library.close();

    const popup = await toolbarPopup(page);
    await expect
      .poll(() => popup.text())
      .toContain(`Instalments does not look at pages on ${WEEKNOTES_HOST}`);
    await popup.click('Check this page for a series');
    await expect
      .poll(() => popup.text())
      .toContain('Found “Retiring the mainframe: part 1 of 3”: it is in your library now.');
    expect(await popup.violations()).toEqual([]);
    await expect.poll(() => badgeFor(headed.h, page)).toMatch(COUNT);

    // Reopened on the page it checked, the popup picks up where the check left off.
    const again = await toolbarPopup(page);
    await expect.poll(() => again.text()).toContain('Retiring the mainframe');
    expect(await again.text()).not.toContain('Check this page for a series');
    // "Always look for series here", from another page: the browser asks, the reader allows.
    const second = await visit(weeknote(2));
    expect(await badgeFor(headed.h, second)).toBe('');
    const onSecond = await toolbarPopup(second);
    await onSecond.click('Check this page for a series');
    await expect.poll(() => onSecond.text()).toContain('part 2 of 3');
    await onSecond.click(`Always look for series on ${WEEKNOTES_HOST}`);
    await allowInPrompt(second, async () => (await registered()).length > 0);
    await expect.poll(registered).toEqual([`${SITE}/*`]);
    // The prompt closed the popup that asked; the next one says it worked.
    const confirmed = await toolbarPopup(second);
    await expect
      .poll(() => confirmed.text())
      .toContain(`Instalments will look for series on ${WEEKNOTES_HOST} from now on.`);

    // Part 3 is tracked on load, without asking.
    const third = await visit(weeknote(3));
    await expect.poll(() => badgeFor(headed.h, third)).toMatch(COUNT);

    // The options page lists the site; forgetting it stops the script there.
    const options = await optionsPage();
    await options.getByRole('button', { name: `Forget ${WEEKNOTES_HOST}` }).click();
    await expect.poll(registered).toEqual([]);
    await expect.poll(() => options.textContent('main')).toContain('None yet.');
    const afterwards = await visit(weeknote(3));
    expect(await badgeFor(headed.h, afterwards)).toBe('');
    for (const p of [page, second, third, options, afterwards]) await p.close();
  });

  test('"Check this page" has a shortcut once the reader assigns one', async () => {
    // chrome://extensions/shortcuts, as a reader would set it: Chrome suggests only four.
    const shortcuts = await headed.h.newPage();
    await shortcuts.goto('chrome://extensions/shortcuts');
    await shortcuts.evaluate(
      (extensionId) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateExtensionCommand(u: object): Promise<void> } };
          }
        ).chrome.developerPrivate.updateExtensionCommand({
          extensionId,
          commandName: 'check-page',
          keybinding: 'Alt+Shift+L',
        }),
      headed.h.browser.extensionId,
    );
    await shortcuts.close();
    const page = await visit(weeknote(3));
    expect(await badgeFor(headed.h, page)).toBe('');
    await page.bringToFront();
    headed.display.press('alt+shift+l');
    await expect.poll(() => badgeFor(headed.h, page)).toMatch(COUNT);
    await page.close();
  });

  test('refused at the prompt, the switch stays off and says so', async () => {
    const options = await optionsPage();
    const anySite = options.getByRole('switch', { name: 'Detect series on any site' });
    await anySite.click();
    // Enter alone takes the prompt's default button: Deny.
    await options.waitForTimeout(1500);
    headed.display.press('Return', { focus: false });
    await expect
      .poll(() => options.textContent('main'))
      .toContain('Instalments was not given access to every site');
    expect(await anySite.isChecked()).toBe(false);
    expect(await registered()).toEqual([]);
    await options.close();
  });

  test('any-site detection is granted through the browser’s prompt, and switched off again', async () => {
    // A part already open in a tab, which Instalments may not read yet.
    const open = await visit(weeknote(2));
    expect(await badgeFor(headed.h, open)).toBe('');
    const options = await optionsPage();
    const anySite = options.getByRole('switch', { name: 'Detect series on any site' });
    await expect.poll(() => anySite.isChecked()).toBe(false);
    await anySite.click();
    await allowInPrompt(options, anySiteGranted);
    await expect.poll(() => anySite.isChecked()).toBe(true);
    await expect.poll(registered).toEqual(['http://*/*', 'https://*/*']);
    // The open tab is looked at without a reload; a page opened now, on load.
    await expect.poll(() => badgeFor(headed.h, open)).toMatch(COUNT);
    const page = await visit(weeknote(3));
    await expect.poll(() => badgeFor(headed.h, page)).toMatch(COUNT);

    await options.bringToFront();
    await anySite.click();
    await expect.poll(() => anySite.isChecked()).toBe(false);
    await expect.poll(registered).toEqual([]);
    expect(await anySiteGranted()).toBe(false);
    const afterwards = await visit(weeknote(3));
    expect(await badgeFor(headed.h, afterwards)).toBe('');
    for (const p of [open, options, page, afterwards]) await p.close();
  });

  test('a grant the reader removes in the browser’s own extension settings stops detection', async () => {
    const options = await optionsPage();
    const anySite = options.getByRole('switch', { name: 'Detect series on any site' });
    await anySite.click();
    await allowInPrompt(options, anySiteGranted);
    await expect.poll(registered).toEqual(['http://*/*', 'https://*/*']);

    // chrome://extensions → Details → Site access → "On click", as a reader would set it.
    const settings = await headed.h.newPage();
    await settings.goto(`chrome://extensions/?id=${headed.h.browser.extensionId}`);
    await settings.evaluate(
      (extensionId) =>
        (
          globalThis as unknown as {
            chrome: {
              developerPrivate: {
                updateExtensionConfiguration(update: object): Promise<void>;
              };
            };
          }
        ).chrome.developerPrivate.updateExtensionConfiguration({
          extensionId,
          hostAccess: 'ON_CLICK',
        }),
      headed.h.browser.extensionId,
    );
    await expect.poll(registered).toEqual([]);
    await options.bringToFront();
    await expect.poll(() => anySite.isChecked()).toBe(false);
    for (const p of [options, settings]) await p.close();
  });
});
