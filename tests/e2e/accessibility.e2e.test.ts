import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { linkedinUrl } from '../../demo/linkedin';
import { demoPart } from '../../demo/posts';
import { violations } from './axe';
import { Harness, readSomeOfTheSeries } from './harness';

const part = demoPart;

describe('accessibility of the popup and the library', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ width: 1280, height: 360 });
    await readSomeOfTheSeries(h, linkedinUrl(part(3)) ?? '');
  });
  afterAll(async () => h?.stop());

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the popup, ${scheme} mode`, async () => {
      const popup = await h.openPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.continue__button').waitFor();
      expect(await violations(popup)).toEqual([]);
      // The corrections panels and a removal's question too.
      await popup
        .getByRole('button', { name: /^Manage the series / })
        .first()
        .click();
      await popup.getByRole('button', { name: `Manage ${part(2).title}` }).click();
      await popup.locator('.manage').nth(1).waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.getByRole('button', { name: 'Remove series' }).click();
      await popup.getByRole('alertdialog').waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    });

    test(`axe finds no violations in the library tab, ${scheme} mode`, async () => {
      const library = await h.newPage();
      await library.emulateMedia({ colorScheme: scheme });
      await library.goto(`chrome-extension://${h.browser.extensionId}/library/index.html`);
      await library.locator('article.series').first().waitFor();
      expect(await violations(library)).toEqual([]);
      await library.close();
    });
  }

  test('the keyboard reaches and operates every control, with a visible focus ring', async () => {
    const popup = await h.openPopup();
    await popup.locator('.continue__button').waitFor();
    const controls = await popup.locator('a[href], button, input, summary').count();
    const seen: string[] = [];
    for (let i = 0; i < controls + 2; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          name: `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          size: Math.min(rect.width, rect.height),
        };
      });
      if (!focused) continue;
      expect(focused.ring, `${focused.name} shows where focus is`).toBe(true);
      expect(focused.size, `${focused.name} is at least 24 px`).toBeGreaterThanOrEqual(24);
      seen.push(focused.name);
    }
    expect(new Set(seen).size).toBe(controls);

    // Operate them: a filter, the series' parts list, a bookmark.
    await popup.getByRole('button', { name: 'Finished' }).focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.getByRole('button', { name: 'Finished' }).getAttribute('aria-pressed'))
      .toBe('true');
    await popup.keyboard.press('Shift+Tab');
    await popup.getByRole('button', { name: 'All' }).focus();
    await popup.keyboard.press('Space');
    const toggle = popup.getByRole('button', { name: 'Bookmark Journey to the Cloud - 1' });
    await toggle.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await popup.locator('.series__parts summary').first().focus();
    const details = popup.locator('details.series__parts').first();
    const wasOpen = await details.evaluate((d) => (d as HTMLDetailsElement).open);
    await popup.keyboard.press('Enter');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!wasOpen);
    // "Why is this a series?" opens from the keyboard too, and says why in words.
    await popup.locator('.series__why summary').first().focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.series__why li').first().isVisible()).toBe(true);
    await popup.close();
  });
});
