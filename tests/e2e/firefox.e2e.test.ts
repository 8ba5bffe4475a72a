import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { linkedinUrl } from '../../demo/linkedin';
import { demoPart } from '../../demo/posts';
import { startDemoServer, type DemoOptions, type DemoServer } from '../../demo/server';
import { weeknoteUrl, weeknotes } from '../../demo/weeknotes';
import { launchFirefox, openExtensionPage } from '../../scripts/firefox';
import { startNotificationServer, type NotificationServer } from './notification-server';
import { canonicalUrl } from '../../src/core/identity/canonical-url';
import { decodeItems, encodeLibrary, SYNC_QUOTA } from '../../src/messaging/sync-items';

// The same Instalments in Debian's Firefox ESR: an MV3 event page instead of a service worker,
// no offscreen document (pages fetched for "Save all" are parsed in the event page itself).

const BODY = '.widget-mode-detail-text, .reader-article-content';
const title = (n: number) => demoPart(n).title;
// The extension API as far as these tests use it, inside an extension page's evaluate().
interface FirefoxApi {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readToEnd(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(BODY);
  for (let step = 0; step < 60; step++) {
    const done = await page.$eval(BODY, (el) => el.getBoundingClientRect().bottom <= innerHeight);
    if (done) break;
    await page.mouse.wheel({ deltaY: 400 });
    await sleep(60);
  }
  // A part is read once its end has stayed in view for a second.
  await sleep(1600);
}

const text = (page: Page, selector: string) =>
  page.evaluate(
    (s) => [...document.querySelectorAll(s)].map((el) => el.textContent?.trim() ?? ''),
    selector,
  );

async function click(page: Page, selector: string): Promise<void> {
  const handle = (await page.waitForSelector(selector)) as ElementHandle<Element>;
  await handle.click();
}

async function openPopup(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await openExtensionPage(page, 'popup/index.html');
  await page.waitForSelector('main:not([aria-busy])');
  return page;
}

function profile(): string {
  mkdirSync(resolve('.e2e-profiles'), { recursive: true });
  return mkdtempSync(resolve('.e2e-profiles', 'firefox-'));
}

/** A demo server and a Firefox profile for the tests of a `describe` block. */
interface FirefoxSuite {
  server: DemoServer;
  browser: Browser;
  /** The desktop's notification service, for a suite started with one. */
  notifications: NotificationServer | null;
  /** Closes Firefox and starts it again on the same profile. */
  restart(): Promise<void>;
}

function firefoxPerSuite({
  demo,
  notifications = false,
  ...options
}: { backgroundIdleMs?: number; demo?: DemoOptions; notifications?: boolean } = {}): FirefoxSuite {
  let profileDir = '';
  const launch = () =>
    launchFirefox({
      profileDir,
      demo: suite.server,
      env: suite.notifications?.env,
      ...options,
    });
  const suite: FirefoxSuite = {
    server: undefined as unknown as DemoServer,
    browser: undefined as unknown as Browser,
    notifications: null,
    restart: async () => {
      await suite.browser.close();
      suite.browser = await launch();
    },
  };
  beforeAll(async () => {
    suite.server = await startDemoServer(0, demo);
    if (notifications) suite.notifications = await startNotificationServer();
    profileDir = profile();
    suite.browser = await launch();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    await suite.notifications?.stop();
    rmSync(profileDir, { recursive: true, force: true });
  });
  return suite;
}

describe('Instalments in Firefox ESR', () => {
  // A 2-second idle limit, so the event page really is unloaded between the test's events.
  const ff = firefoxPerSuite({ backgroundIdleMs: 2000 });

  const popup = () => openPopup(ff.browser);

  test('two parts read: the popup and the badge show the progress', async () => {
    const tab = await ff.browser.newPage();
    await readToEnd(tab, khubUrl(demoPart(1)));
    await readToEnd(tab, khubUrl(demoPart(2)));
    const page = await popup();
    await expect.poll(() => text(page, '.series__count')).toEqual(['2 of 5 read']);
    expect(await text(page, '.part__state')).toEqual([
      '✓ Read',
      '✓ Read',
      '○ Unread',
      '○ Unread',
      '○ Unread',
    ]);
    // The toolbar badge on the tab showing part 2.
    const badge = await page.evaluate(
      async (url) => {
        const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const [shown] = await api.tabs.query({ url });
        return shown?.id === undefined ? null : api.action.getBadgeText({ tabId: shown.id });
      },
      khubUrl(demoPart(2)),
    );
    expect(badge).toBe('2/5');
    await page.close();
    await tab.close();
  });

  test('the Knowledge Hub part and its LinkedIn copy are one series', async () => {
    const tab = await ff.browser.newPage();
    await readToEnd(tab, linkedinUrl(demoPart(3)) ?? '');
    const page = await popup();
    await expect.poll(() => text(page, '.series__count')).toEqual(['3 of 5 read']);
    expect(await text(page, '.series__meta')).toEqual(['Sam Okafor · Knowledge Hub, LinkedIn']);
    await page.close();
    await tab.close();
  });

  test('the event page unloaded between events, and Firefox restarted: nothing is lost', async () => {
    // Longer than the idle limit: Firefox unloads the event page.
    await sleep(4000);
    const tab = await ff.browser.newPage();
    await readToEnd(tab, khubUrl(demoPart(5)));
    const before = await popup();
    await expect.poll(() => text(before, '.series__count')).toEqual(['4 of 5 read']);
    await before.close();
    await ff.restart();
    const page = await popup();
    await expect.poll(() => text(page, '.series__count')).toEqual(['4 of 5 read']);
    await page.close();
  });

  test('saved from the tab and by "Save all" (parsed in the event page), read with the network off', async () => {
    const tab = await ff.browser.newPage();
    await tab.goto(khubUrl(demoPart(1)));
    const page = await popup();
    await click(page, `[aria-label="Save ${title(1)} for offline reading"]`);
    await page.waitForSelector(`a[aria-label^="Read ${title(1)} offline"]`);
    await click(page, '.series__offline button');
    await expect
      .poll(() => text(page, '.job__text'), { timeout: 30_000 })
      .toEqual(['Saved 3 of 4. Not saved:']);
    expect(await text(page, '.job__failures li')).toEqual([
      `${title(4)}: needs you signed in: open this part once to save it`,
    ]);
    const hrefs = await page.$$eval('a.offline-link', (links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs).toHaveLength(4);
    await ff.server.close();

    const reader = await ff.browser.newPage();
    await openExtensionPage(reader, hrefs[0]!.slice(1));
    await reader.waitForSelector('.article p');
    expect(await text(reader, 'h1')).toEqual([title(1)]);
    expect((await text(reader, '.article'))[0]).toContain('the basement of the civic offices');
    await expect
      .poll(() => reader.$eval('.article img', (img) => (img as HTMLImageElement).naturalWidth))
      .toBe(128);
    await openExtensionPage(reader, hrefs[1]!.slice(1));
    await reader.waitForSelector('.article p');
    expect(await text(reader, 'h1')).toEqual([title(2)]);
    expect((await text(reader, '.article'))[0]).toContain('asset register');
    expect(await text(reader, '.reader__series')).toEqual(['Journey to the Cloud · Part 2 of 5']);
  });
});

describe('sync in Firefox', () => {
  const ff = firefoxPerSuite();
  const syncArea = (page: Page) =>
    page.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } };
        }
      ).browser.storage.sync.get(null),
    );

  test("a part read here goes to the browser's sync storage; another computer's progress comes back", async () => {
    const tab = await ff.browser.newPage();
    await readToEnd(tab, khubUrl(demoPart(1)));
    const page = await openPopup(ff.browser);
    await expect.poll(() => text(page, '.series__count')).toEqual(['1 of 5 read']);
    const part1 = canonicalUrl(khubUrl(demoPart(1)))!;
    const stateOfPart1 = async () =>
      decodeItems(await syncArea(page)).library.parts.find((p) => p.urls.includes(part1))?.state;
    await expect.poll(stateOfPart1, { timeout: 10_000 }).toBe('read');
    const written = await syncArea(page);
    expect(new TextEncoder().encode(JSON.stringify(written)).length).toBeLessThan(SYNC_QUOTA.bytes);
    const { library } = decodeItems(written);
    const read = library.parts.find((p) => p.urls.includes(part1))!;

    // Another computer read part 2: its item, as Instalments writes it.
    const at = Date.now();
    const items = encodeLibrary({
      ...library,
      parts: [
        ...library.parts,
        {
          ...read,
          urls: [canonicalUrl(khubUrl(demoPart(2)))!],
          number: 2,
          title: 'Journey to the Cloud - 2',
          updatedAt: at,
          positionAt: at,
          readAt: at,
          editedAt: at,
          firstSeenAt: at,
          movedAt: at,
        },
      ],
    }).items;
    await page.evaluate(
      (all) =>
        (
          globalThis as unknown as {
            browser: { storage: { sync: { set(i: object): Promise<void> } } };
          }
        ).browser.storage.sync.set(all),
      items,
    );
    await expect.poll(() => text(page, '.series__count')).toEqual(['2 of 5 read']);
    await page.close();
    await tab.close();
  });
});

describe('following a series in Firefox', () => {
  // The Knowledge Hub has published parts 1 and 2 so far. Firefox shows notifications through
  // the desktop's notification service (libnotify), here the test's own.
  const ff = firefoxPerSuite({ demo: { seriesPublished: 2 }, notifications: true });
  // The extension API as far as this test uses it, inside an extension page's evaluate().
  interface FollowApi {
    alarms: { create(name: string, info: { when: number }): Promise<void> };
    action: { getBadgeText(details: object): Promise<string> };
    notifications: { getAll(): Promise<Record<string, unknown>> };
  }
  // Serialised into the extension page: each names the page's own `browser`.
  const checkNow = () =>
    (globalThis as unknown as { browser: FollowApi }).browser.alarms.create('follow-check', {
      when: Date.now(),
    });
  const badge = () =>
    (globalThis as unknown as { browser: FollowApi }).browser.action.getBadgeText({});
  const listed = () =>
    (globalThis as unknown as { browser: FollowApi }).browser.notifications.getAll();

  test('part 3 comes out: the check (parsed in the event page) shows it New with +1, and clicking its notification lands on it', async () => {
    const tab = await ff.browser.newPage();
    await readToEnd(tab, khubUrl(demoPart(1)));
    await readToEnd(tab, khubUrl(demoPart(2)));
    await tab.close();
    ff.server.publishNext();
    const page = await openPopup(ff.browser);
    await expect.poll(() => text(page, '.series__count')).toEqual(['2 of 2 read']);
    const before = ff.server.requests.length;
    // The extension's own alarm, brought forward to now.
    await page.evaluate(checkNow);
    await expect.poll(() => text(page, '.new-parts li'), { timeout: 20_000 }).toHaveLength(1);
    expect((await text(page, '.new-parts li'))[0]).toContain(title(3));
    expect(await text(page, '.part__state')).toEqual(['✓ Read', '✓ Read', '★ New']);
    expect(await page.evaluate(badge)).toBe('+1');
    expect(ff.server.requests.slice(before)).toEqual(['khub.net/web/digital-leaders/-/blogs/rss']);

    // On the desktop: one notification, the series' title over "Part 3 is out", clickable.
    const desktop = ff.notifications!;
    await expect.poll(() => desktop.shown.length).toBe(1);
    const [shown] = desktop.shown;
    expect(shown).toMatchObject({
      appName: 'Firefox',
      summary: 'Journey to the Cloud',
      body: 'Part 3 is out',
      closed: false,
    });
    expect(shown?.actions).toContain('default');

    // A click there (ActionInvoked "default") opens part 3; it is no longer new.
    const opened = ff.browser.waitForTarget((target) => target.url() === khubUrl(demoPart(3)));
    desktop.click(shown!.id);
    await opened;
    await expect.poll(() => page.evaluate(badge)).toBe('');
    await expect.poll(() => page.evaluate(listed)).toEqual({});
    expect(desktop.shown).toHaveLength(1);
    expect(shown?.closed).toBe(true);
    await page.close();
  });
});

describe('other sites in Firefox', () => {
  const ff = firefoxPerSuite();

  interface SitesApi {
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
  }
  // Serialised into the extension page: it names the page's own `browser`.
  const granted = () =>
    (globalThis as unknown as { browser: SitesApi }).browser.permissions.contains({
      origins: ['*://*/*'],
    });

  test('any-site detection registers the content script, and a self-hosted blog is tracked', async () => {
    const options = await ff.browser.newPage();
    await openExtensionPage(options, 'options/index.html');
    const anySite = async () =>
      (await options.waitForFunction(() =>
        [...document.querySelectorAll('[role="switch"]')].find((input) =>
          input.parentElement?.textContent?.includes('Detect series on any site'),
        ),
      )) as ElementHandle<HTMLInputElement>;
    const registered = () =>
      options.evaluate(async () =>
        (
          await (
            globalThis as unknown as { browser: SitesApi }
          ).browser.scripting.getRegisteredContentScripts()
        ).flatMap((s) => s.matches ?? []),
      );
    await (await anySite()).click();
    await expect.poll(() => options.evaluate(granted)).toBe(true);
    await expect.poll(registered).toEqual(['https://*/*', 'http://*/*']);
    expect(await (await anySite()).evaluate((input) => input.checked)).toBe(true);

    const tab = await ff.browser.newPage();
    await tab.goto(weeknoteUrl(weeknotes[1]!));
    const page = await openPopup(ff.browser);
    await expect.poll(() => text(page, 'article.series h2')).toEqual(['Retiring the mainframe']);
    await page.close();

    await (await anySite()).click();
    await expect.poll(registered).toEqual([]);
    expect(await options.evaluate(granted)).toBe(false);
  });
});

describe('a backup imported into a fresh Firefox profile', () => {
  const ff = firefoxPerSuite();

  test('arrives with its progress and notes', async () => {
    const library = await ff.browser.newPage();
    await openExtensionPage(library, 'library/index.html');
    const input = (await library.waitForSelector(
      'input[type="file"]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(resolve('tests/fixtures/backups/v1.json'));
    await library.waitForSelector('.preview');
    expect((await text(library, '.preview p'))[0]).toContain('2 new series · 6 new parts');
    await click(library, '.preview button');
    await expect
      .poll(() => text(library, '.backup-panel__status'))
      .toEqual([
        'Imported: 2 new series · 6 new parts · 0 series updated · 0 parts updated · 1 offline copy.',
      ]);
    const page = await ff.browser.newPage();
    await openExtensionPage(page, 'popup/index.html');
    await expect
      .poll(() => text(page, 'article.series h2'))
      .toEqual(['Weeknotes', 'Journey to the Cloud (Harbour BC)']);
    expect(await text(page, '.series__count')).toEqual(['1 of 1 read', '1 of 5 read']);
    expect(await text(page, '.note__text')).toEqual([
      'Start here: the inventory columns are the useful bit.',
      'For the infrastructure team — honest about what went wrong.',
    ]);
  });
});

describe('the sidebar in Firefox', () => {
  const ff = firefoxPerSuite();

  test('shows the series of the page in the active tab, and follows a tab switch', async () => {
    const first = await ff.browser.newPage();
    await readToEnd(first, khubUrl(demoPart(1)));
    const article = await ff.browser.newPage();
    await article.goto(khubUrl(demoPart(2)));
    // The sidebar's page in a window of its own (the browser opens the real sidebar only for
    // the reader's gesture); it follows the browser window's active tab as the sidebar does.
    const opener = await ff.browser.newPage();
    await openExtensionPage(opener, 'popup/index.html');
    await opener.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          browser: { windows: { create(o: object): Promise<unknown> } };
        }
      ).browser;
      await api.windows.create({
        url: '/sidepanel/index.html',
        type: 'popup',
        width: 360,
        height: 700,
      });
    });
    let panel: Page | undefined;
    await expect
      .poll(async () => {
        // A window an extension opens can still be listed as about:blank: ask the page.
        for (const page of await ff.browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.endsWith('/sidepanel/index.html')) panel = page;
        }
        return panel !== undefined;
      })
      .toBe(true);
    if (!panel) throw new Error('no sidebar page');
    await opener.close();
    await article.bringToFront();
    const here = () => text(panel!, '.here .continue__title, .continue__button');
    await expect.poll(here).toEqual([title(2), `Next: ${title(3)}`]);
    await first.bringToFront();
    await expect.poll(here).toEqual([title(1), `Next: ${title(2)}`]);
    expect(await panel!.evaluate('document.documentElement.scrollWidth <= innerWidth')).toBe(true);
  });
});
