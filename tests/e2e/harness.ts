import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoOptions, type DemoServer } from '../../demo/server';
import { launchChromium, type Launched, type LaunchOptions } from '../../scripts/chromium';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { popupUrl, readToEnd } from '../../scripts/reading';
import { startNotificationServer, type NotificationServer } from './notification-server';

const PROFILES = resolve('.e2e-profiles');

/** One demo server and one Chromium profile that can be closed and relaunched. */
export class Harness {
  private constructor(
    readonly server: DemoServer,
    readonly profileDir: string,
    public browser: Launched,
    private readonly viewport: LaunchOptions['viewport'],
    /** The desktop's notification service, when the harness was started with one. */
    readonly notifications: NotificationServer | null,
  ) {}

  /**
   * `viewport` sizes every tab, including those the extension opens itself. With
   * `notifications`, Chromium shows its notifications through a notification service of the
   * test's own (see notification-server.ts) instead of the machine's, if it has one.
   */
  static async start(
    viewport?: LaunchOptions['viewport'],
    {
      headless = true,
      demo = {},
      notifications = false,
    }: { headless?: boolean; demo?: DemoOptions; notifications?: boolean } = {},
  ): Promise<Harness> {
    mkdirSync(PROFILES, { recursive: true });
    const profileDir = mkdtempSync(resolve(PROFILES, 'chromium-'));
    const server = await startDemoServer(0, demo);
    const service = notifications ? await startNotificationServer() : null;
    const browser = await launchChromium({
      profileDir,
      demo: server,
      headless,
      viewport,
      env: service?.env,
    });
    return new Harness(server, profileDir, browser, viewport, service);
  }

  async relaunch(): Promise<void> {
    this.probe = null;
    await this.browser.context.close();
    this.browser = await launchChromium({
      profileDir: this.profileDir,
      demo: this.server,
      headless: true,
      viewport: this.viewport,
      env: this.notifications?.env,
    });
  }

  async newPage(): Promise<Page> {
    return this.browser.context.newPage();
  }

  async openPopup(): Promise<Page> {
    const popup = await this.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl(this.browser.extensionId));
    return popup;
  }

  private probe: Page | null = null;

  /** An extension page kept open to call the extension API from tests. */
  async extensionPage(): Promise<Page> {
    if (!this.probe || this.probe.isClosed()) {
      this.probe = await this.newPage();
      await this.probe.goto(popupUrl(this.browser.extensionId));
    }
    return this.probe;
  }

  async stop(): Promise<void> {
    await this.browser.context.close();
    await this.server.close();
    await this.notifications?.stop();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/**
 * One harness for the tests of a `describe` block, started before them and stopped after:
 * call it in the block, then call what it returns inside the tests.
 */
export function harnessPerSuite(...args: Parameters<typeof Harness.start>): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await Harness.start(...args);
  });
  afterAll(async () => h?.stop());
  return () => {
    if (!h) throw new Error('the harness did not start');
    return h;
  };
}

/**
 * A library with something in every state: part 1 read to the end, and `partly` (a page of
 * the series) opened and scrolled a little, then left.
 */
export async function readSomeOfTheSeries(h: Harness, partly: string): Promise<void> {
  const reader = await h.newPage();
  await readToEnd(reader, khubUrl(demoPart(1)));
  await recordedRead(h, khubUrl(demoPart(1)));
  await reader.goto(partly);
  await reader.mouse.wheel(0, 300);
  await until(
    async () => ((await partRecord(h, partly))?.furthest ?? 0) > 0,
    `${partly} read a little`,
  );
  await reader.close({ runBeforeUnload: true });
}

/**
 * Stops every service worker the way Chrome does when one has been idle, and waits until
 * DevTools reports the extension's worker as stopped. (Playwright keeps its handle to a
 * stopped worker, so tests talk to the extension through an extension page instead.)
 */
export async function stopWorkers(h: Harness, page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const mine = versions.filter((v) => v.scriptURL.includes(h.browser.extensionId));
      if (mine.length > 0 && mine.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

// The extension API as far as these helpers use it, inside an extension page's evaluate().
declare const chrome: {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/**
 * The toolbar badge text Chrome shows for `page`'s tab. The extension may not read tab URLs
 * (it asks for no "tabs" permission), so the page is brought to the front and an extension
 * page asks for the active tab.
 */
export async function badgeFor(h: Harness, page: Page): Promise<string | null> {
  const probe = await h.extensionPage();
  await page.bringToFront();
  return probe.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/**
 * What the content script in `page`'s tab made of its page, once its first detection is
 * done ({ tracked: false } for a page it looked at and left alone), or null while none
 * answers there. A page it left alone sends nothing afterwards, so this is where a test that
 * something did not happen can stop waiting.
 */
export async function contentStatus(h: Harness, page: Page): Promise<unknown> {
  const probe = await h.extensionPage();
  await page.bringToFront();
  return probe.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    return chrome.tabs.sendMessage(tab.id, { type: 'content/status' }).catch(() => null);
  });
}

/**
 * How the library records the part at `url` (its state and furthest point), read from the
 * extension's own IndexedDB in an extension page: what the popup would show, without a
 * fixed wait for the throttled write to land.
 */
export async function partRecord(
  h: Harness,
  url: string,
): Promise<{ state: string; furthest: number } | null> {
  const probe = await h.extensionPage();
  return probe.evaluate(
    (address) =>
      new Promise<{ state: string; furthest: number } | null>((resolve, reject) => {
        const open = indexedDB.open('instalments');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('parts')) return resolve(null);
          const get = db.transaction('parts').objectStore('parts').index('urls').get(address);
          get.onsuccess = () => {
            const row = get.result as { state: string; furthest: number } | undefined;
            db.close();
            resolve(row ? { state: row.state, furthest: row.furthest } : null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    url,
  );
}

/** Polls `done` until it holds (also in beforeAll, where expect.poll is not allowed). */
async function until(done: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the part at `url` is recorded as read. */
export async function recordedRead(h: Harness, url: string): Promise<void> {
  await until(async () => (await partRecord(h, url))?.state === 'read', `${url} read`);
}

/**
 * Resolves once the page has painted twice: by then the scroll and mouse events a test just
 * caused have reached every listener (a content script's too), with no fixed wait.
 */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
