import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { Harness } from './harness';

// Extension shortcuts are browser accelerators: a key event sent to the page never reaches
// them. So this suite runs Chromium headed on its own Xvfb display and presses the keys
// through the X server, as a person would.
let DISPLAY = '';

/** Starts Xvfb on a free display (it picks one and writes its number to fd 3). */
async function startXvfb(): Promise<ChildProcess> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.stdio[3]?.on('data', (data: Buffer) => resolve(data.toString().trim()));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): is it installed?`)));
  });
  DISPLAY = `:${number}`;
  return xvfb;
}

const part = demoPart;

function press(keys: string): void {
  const env = { ...process.env, DISPLAY };
  // There is no window manager on the display: give Chromium's window the keyboard first.
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], {
    env,
  })
    .toString()
    .trim()
    .split('\n');
  for (const id of windows) execFileSync('xdotool', ['windowfocus', '--sync', id], { env });
  execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
}

describe('keyboard shortcuts, pressed on a real (virtual) display', () => {
  let xvfb: ChildProcess;
  let h: Harness;
  const display = process.env['DISPLAY'];

  beforeAll(async () => {
    xvfb = await startXvfb();
    process.env['DISPLAY'] = DISPLAY;
    h = await Harness.start(undefined, { headless: false });
  });
  afterAll(async () => {
    await h?.stop();
    xvfb?.kill();
    if (display === undefined) delete process.env['DISPLAY'];
    else process.env['DISPLAY'] = display;
  });

  test('Alt+Shift+K bookmarks the part on screen, and it shows under Bookmarked', async () => {
    const page = await h.newPage();
    await readToEnd(page, khubUrl(part(2)));
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
    await page.waitForTimeout(1500);
    await page.bringToFront();
    press('alt+shift+k');
    const popup = await h.openPopup();
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
    const page = await h.newPage();
    await readToEnd(page, khubUrl(part(1)));
    await page.waitForTimeout(1500);
    await page.bringToFront();
    press('alt+shift+o');
    const popup = await h.openPopup();
    await popup
      .getByRole('link', { name: /^Read Journey to the Cloud - 1 offline/ })
      .waitFor({ timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  test('Alt+Shift+J opens the next unread part of the series', async () => {
    // Part 4 is for members of the group: this reader is one.
    await h.browser.context.addCookies([
      { name: 'KHUB_SESSION', value: 'member', domain: 'khub.net', path: '/', secure: true },
    ]);
    const page = await h.newPage();
    await readToEnd(page, khubUrl(part(3)));
    await page.waitForTimeout(1500);
    await page.bringToFront();
    press('alt+shift+j');
    // Parts 2 and 3 are read; the next unread one after part 3 is part 4.
    await page.waitForURL(khubUrl(part(4)));
    await page.close();
  });
});
