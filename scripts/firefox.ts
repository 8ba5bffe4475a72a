import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { DemoServer } from '../demo/server';

export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve('dist/firefox');
export const GECKO_ID = 'instalments@instalments';
/**
 * The extension's internal UUID, pinned by a preference: WebDriver BiDi does not report it,
 * and pages of the extension are addressed by it.
 */
export const EXTENSION_UUID = '6f1d2c3b-7a4e-4f5a-9b8c-1d2e3f4a5b6c';

export interface FirefoxOptions {
  profileDir: string;
  demo: Pick<DemoServer, 'proxyPort'>;
  /** How long Firefox lets the event page idle before unloading it (default 30 s). */
  backgroundIdleMs?: number;
  /** Set in Firefox's environment on top of this process's own. */
  env?: Record<string, string>;
}

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core, with the built extension
 * installed as a temporary add-on (install again after every launch). The demo hosts reach
 * the local server through its CONNECT proxy; certificate errors are accepted, for the
 * extension's own requests too.
 */
export async function launchFirefox(options: FirefoxOptions): Promise<Browser> {
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_BUILD}: run "npm run build" first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: run "sudo apt-get install -y firefox-esr".`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: { ...process.env, ...options.env },
    userDataDir: options.profileDir,
    acceptInsecureCerts: true,
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.background.idle.timeout': options.backgroundIdleMs ?? 30_000,
      // Firefox's prompt for an optional permission is browser UI that BiDi cannot answer;
      // with this off, a request made in a click is granted as if the reader allowed it.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.demo.proxyPort,
      'network.proxy.no_proxies_on': '',
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

/**
 * Opens one of the extension's pages. `page.goto` never resolves for moz-extension:// (the
 * process switch is not tracked), so the page's BiDi browsing context navigates instead.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  const frame = page.mainFrame() as unknown as BidiFrame;
  await frame.browsingContext.navigate(`moz-extension://${EXTENSION_UUID}/${path}`, 'complete');
}
