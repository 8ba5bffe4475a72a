import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { harnessPerSuite, readSomeOfTheSeries, type Harness } from './harness';

const title = (n: number) => demoPart(n).title;
const libraryUrl = (h: Harness) => `chrome-extension://${h.browser.extensionId}/library/index.html`;

/** What the popup says about the series: the count, each part's state, notes and bookmarks. */
async function whatThePopupSays(popup: Page) {
  await popup.locator('.series__count').first().waitFor();
  return {
    count: await popup.locator('.series__count').first().textContent(),
    states: await popup.locator('.part__state').allTextContents(),
    notes: await popup.locator('.note__text').allTextContents(),
    bookmarked: await popup.locator('[aria-pressed="true"][aria-label^="Bookmark"]').count(),
  };
}

describe('a library exported in one browser and imported in another', () => {
  // A short window, so part 2 is several screens long and stays part-read.
  const sender = harnessPerSuite({ width: 1280, height: 360 });
  const colleague = harnessPerSuite();

  test('arrives with the same progress, bookmarks and notes', async () => {
    const a = sender();
    await readSomeOfTheSeries(a, khubUrl(demoPart(2)));
    let popup = await a.openPopup();
    await popup.getByRole('button', { name: `Add a note to ${title(2)}` }).click();
    await popup
      .getByRole('textbox', { name: `Your note on ${title(2)}` })
      .fill('Start here: the inventory columns are the useful bit.');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup
      .getByRole('button', { name: 'Add a note to Journey to the Cloud', exact: true })
      .click();
    await popup.getByRole('textbox').fill('For the infrastructure team.');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('button', { name: `Bookmark ${title(2)}` }).click();
    await expect.poll(() => popup.locator('.note__text').count()).toBe(2);
    const sent = await whatThePopupSays(popup);
    expect(sent.count).toBe('1 of 5 read');
    expect(sent.states[1]).toMatch(/^◐ \d+ % read$/);
    expect(sent.bookmarked).toBe(1);

    // "Copy for a colleague" puts links on the clipboard as rich text, and plain text beside.
    await popup.bringToFront();
    // What reaches the clipboard, recorded on its way there (a test may not read it back).
    await popup.evaluate(() => {
      const write = navigator.clipboard.write.bind(navigator.clipboard);
      navigator.clipboard.write = async (items) => {
        const [item] = items;
        (window as { copied?: Promise<{ html: string; text: string }> }).copied = (async () => ({
          html: await (await item!.getType('text/html')).text(),
          text: await (await item!.getType('text/plain')).text(),
        }))();
        return write(items);
      };
    });
    await popup.getByRole('button', { name: 'Copy for a colleague: Journey to the Cloud' }).click();
    await expect
      .poll(() => popup.locator('.series__share-status').textContent())
      .toBe('Copied, with links: paste it into an email or a chat.');
    const clipboard = await popup.evaluate(
      () => (window as { copied?: Promise<{ html: string; text: string }> }).copied!,
    );
    expect(clipboard.html).toContain(`<a href="${khubUrl(demoPart(1))}">${title(1)}</a> (read)`);
    expect(clipboard.text).toContain(`1. ${title(1)} (read)\n   ${khubUrl(demoPart(1))}`);
    expect(clipboard.text).not.toMatch(/\\[-(]/);

    const library = await a.newPage();
    await library.goto(libraryUrl(a));
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'JSON backup', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^instalments-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'instalments-')), download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { format: string; parts: unknown[] };
    expect(backup).toMatchObject({ format: 'instalments', version: 1 });
    expect(backup.parts).toHaveLength(5);

    const b = colleague();
    const theirs = await b.newPage();
    await theirs.goto(libraryUrl(b));
    await theirs.getByLabel('Import a backup or a bookmarks file').setInputFiles(file);
    const preview = theirs.getByRole('region', { name: /^Importing instalments-/ });
    await expect
      .poll(() => preview.textContent())
      .toContain('1 new series · 5 new parts · 0 series updated · 0 parts updated');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => theirs.locator('.backup-panel__status').textContent())
      .toMatch(/^Imported: 1 new series · 5 new parts/);

    popup = await b.openPopup();
    expect(await whatThePopupSays(popup)).toEqual(sent);
  });

  test('a backup with bad rows: the preview names each one and why, and the rest imports', async () => {
    const b = colleague();
    const page = await b.newPage();
    await page.goto(libraryUrl(b));
    const at = Date.UTC(2026, 0, 10);
    const part = (id: string, number: number, url: string) => ({
      id,
      seriesId: 'series-1',
      number,
      userNumber: null,
      title: `Weeknotes ${number}`,
      urls: [url],
      platforms: ['web'],
      state: 'read',
      furthest: 1,
      lastPosition: 0,
      publishedAt: null,
      firstSeenAt: at,
      updatedAt: at,
      readAt: at,
      bookmarkedAt: null,
      note: null,
      offline: null,
    });
    await page.getByLabel('Import a backup or a bookmarks file').setInputFiles({
      name: 'shared.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'instalments',
          version: 1,
          exportedAt: new Date(at).toISOString(),
          series: [
            {
              id: 'series-1',
              key: 'weeknotes|',
              aliases: [],
              title: 'Weeknotes',
              userTitle: null,
              author: null,
              platforms: ['web'],
              evidence: [],
              createdAt: at,
              lastActivityAt: at,
              note: null,
            },
          ],
          parts: [
            part('part-1', 12, 'https://blog.example.org/weeknotes-12'),
            part('part-2', 13, 'javascript:alert(1)'),
          ],
          untracked: [{ url: 'javascript:alert(1)', createdAt: 1 }],
        }),
      ),
    });
    const preview = page.getByRole('region', { name: 'Importing shared.json' });
    await expect
      .poll(() => preview.getByRole('listitem').allTextContents())
      .toEqual([
        'Part row 2, “Weeknotes 13”: urls[0]: must be an http(s) URL',
        'Untracked page row 1: url: must be an http(s) URL',
      ]);
    await expect.poll(() => preview.textContent()).toContain('2 rows of the file will be left out');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.locator('.backup-panel__status').textContent())
      .toMatch(/^Imported: 1 new series · 1 new part.*2 rows of the file were left out\.$/);
    const popup = await b.openPopup();
    await expect.poll(() => popup.getByText('Weeknotes', { exact: true }).count()).toBe(1);
    expect(await popup.locator('a[href^="javascript:"]').count()).toBe(0);
  });

  test('a file that is not a backup is refused whole, with a reason', async () => {
    const b = colleague();
    const before = await b.openPopup();
    await before.locator('.series, .empty').first().waitFor();
    const library = await before.locator('body').innerText();
    const page = await b.newPage();
    await page.goto(libraryUrl(b));
    await page.getByLabel('Import a backup or a bookmarks file').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'instalments', version: 1, series: 'all' })),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^This backup cannot be imported: exportedAt: /);
    const after = await b.openPopup();
    await after.locator('.series').first().waitFor();
    expect(await after.locator('body').innerText()).toBe(library);
  });
});
