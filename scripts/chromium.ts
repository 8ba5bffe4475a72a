import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { hostResolverRules, type DemoServer } from '../demo/server';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve('dist/chrome');

export interface LaunchOptions {
  profileDir: string;
  /** The demo server: where its hosts go, and the certificate to trust for them. */
  demo: Pick<DemoServer, 'port' | 'spki'>;
  headless: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  /** Set in Chromium's environment on top of this process's own. */
  env?: Record<string, string>;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
}

/**
 * Debian's Chromium with the built extension loaded and the demo hosts mapped to the local
 * server, so the production manifest's match patterns are what runs.
 */
export async function launchChromium(options: LaunchOptions): Promise<Launched> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run "sudo apt-get install -y chromium".`);
  }
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    env: { ...process.env, ...options.env },
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostResolverRules(options.demo.port)}`,
      // Playwright's ignoreHTTPSErrors covers pages only; the extension's own fetches (Save
      // all) need the browser to trust the demo's certificate itself, and only that one.
      `--ignore-certificate-errors-spki-list=${options.demo.spki}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
