import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchChromium, type Launched } from '../../scripts/chromium';
import { popupUrl } from '../../scripts/reading';

const PROFILES = resolve('.e2e-profiles');

/** One demo server and one Chromium profile that can be closed and relaunched. */
export class Harness {
  private constructor(
    readonly server: DemoServer,
    readonly profileDir: string,
    public browser: Launched,
  ) {}

  static async start(): Promise<Harness> {
    mkdirSync(PROFILES, { recursive: true });
    const profileDir = mkdtempSync(resolve(PROFILES, 'chromium-'));
    const server = await startDemoServer();
    const browser = await launchChromium({ profileDir, demoPort: server.port, headless: true });
    return new Harness(server, profileDir, browser);
  }

  async relaunch(): Promise<void> {
    await this.browser.context.close();
    this.browser = await launchChromium({
      profileDir: this.profileDir,
      demoPort: this.server.port,
      headless: true,
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

  async stop(): Promise<void> {
    await this.browser.context.close();
    await this.server.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
