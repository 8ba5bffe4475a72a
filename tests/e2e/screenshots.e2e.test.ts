import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { linkedinUrl } from '../../demo/linkedin';
import { demoPart } from '../../demo/posts';
import { Harness, readSomeOfTheSeries } from './harness';

// The README's pictures, taken from the real extension on the demo site on every run.
const DIR = 'docs/screenshots';

const part = demoPart;

describe('screenshots for the README', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    h = await Harness.start({ width: 1280, height: 360 });
    await readSomeOfTheSeries(h, linkedinUrl(part(2)) ?? '');
  });
  afterAll(async () => h?.stop());

  test('popup and a series expanded', async () => {
    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('.continue__button').waitFor();
    await popup.locator('main').screenshot({ path: `${DIR}/popup.png` });
    const details = popup.locator('details.series__parts').first();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await popup
      .locator('article.series')
      .first()
      .screenshot({ path: `${DIR}/series-expanded.png` });
    await popup.close();
  });

  test('library tab', async () => {
    const library = await h.newPage();
    await library.setViewportSize({ width: 1000, height: 700 });
    await library.goto(`chrome-extension://${h.browser.extensionId}/library/index.html`);
    await library.locator('article.series').first().waitFor();
    await library.screenshot({ path: `${DIR}/library.png` });
    await library.close();
  });
});
