import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { khubUrl } from '../../demo/khub';
import { linkedinUrl } from '../../demo/linkedin';
import { demoPart } from '../../demo/posts';
import { DEV_KEY, extensionIdFor } from '../../scripts/dev-key';
import { badgeFor, contentStatus, Harness } from './harness';

/**
 * An organisation's policy as Chromium really reads it: a JSON file in the machine-wide
 * managed-policy folder, naming the extension by the id its development key fixes. Writing
 * there needs root; as anyone else the suite is skipped, and says why.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/instalments-e2e-test.json`;
const isRoot = process.getuid?.() === 0;
const EXTENSION_ID = extensionIdFor(DEV_KEY);

const POLICY = {
  enabledPlatforms: ['khub'],
  autoSaveOffline: true,
  allowAnySite: false,
  exportReminderDays: 30,
  syncEnabled: false,
};

declare const chrome: {
  storage: {
    managed: { get(): Promise<Record<string, unknown>> };
    sync: { get(keys: null): Promise<Record<string, unknown>> };
  };
};

describe.skipIf(!isRoot)(
  `an organisation's policy file (${isRoot ? POLICY_FILE : 'skipped: writing the managed-policy folder needs root'})`,
  () => {
    let h: Harness;
    beforeAll(async () => {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(
        POLICY_FILE,
        JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }),
      );
      h = await Harness.start();
    });
    afterAll(async () => {
      // Never leave a policy behind: it would govern every later Chromium on this machine.
      rmSync(POLICY_FILE, { force: true });
      await h?.stop();
    });

    test('the development build has the id the policy names', async () => {
      expect(h.browser.extensionId).toBe(EXTENSION_ID);
      const page = await h.extensionPage();
      expect(await page.evaluate(() => chrome.storage.managed.get())).toEqual(POLICY);
    });

    test('the options page shows every policy in force, locked and marked as the organisation’s', async () => {
      const options = await h.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/options/index.html`);
      const toggle = (name: string) => options.getByRole('switch', { name, exact: true });
      await expect.poll(() => toggle('Knowledge Hub').isDisabled()).toBe(true);
      expect(await toggle('Knowledge Hub').isChecked()).toBe(true);
      expect(await toggle('LinkedIn').isChecked()).toBe(false);
      expect(await toggle('LinkedIn').isDisabled()).toBe(true);
      const autoSave = options.getByRole('checkbox', {
        name: 'Save series parts for offline reading when I finish reading them',
      });
      expect(await autoSave.isChecked()).toBe(true);
      expect(await autoSave.isDisabled()).toBe(true);
      const anySite = toggle('Detect series on any site');
      expect(await anySite.isChecked()).toBe(false);
      expect(await anySite.isDisabled()).toBe(true);
      const reminder = options.getByRole('combobox', { name: 'Remind me to export my library' });
      expect(await reminder.inputValue()).toBe('30');
      expect(await reminder.isDisabled()).toBe(true);
      const sync = options.getByRole('checkbox', {
        name: 'Keep the library the same on every computer where you use this browser account',
      });
      expect(await sync.isChecked()).toBe(false);
      expect(await sync.isDisabled()).toBe(true);
      expect(await options.getByText('Set by your organisation').count()).toBe(5);
      expect(await options.textContent('main')).toContain(
        'Your organisation keeps Instalments to the platforms above.',
      );
      await options.close();
    });

    test('the platforms the policy leaves out are not looked at', async () => {
      const linkedin = await h.newPage();
      await linkedin.goto(linkedinUrl(demoPart(2)) ?? '');
      await expect.poll(() => contentStatus(h, linkedin)).toEqual({ tracked: false });
      expect(await badgeFor(h, linkedin)).toBe('');
      const khub = await h.newPage();
      await khub.goto(khubUrl(demoPart(1)));
      await expect.poll(() => badgeFor(h, khub)).toMatch(/^\d\/\d$/);
      // Recorded here, and nothing of it in the browser's sync storage.
      const probe = await h.extensionPage();
      expect(await probe.evaluate(() => chrome.storage.sync.get(null))).toEqual({});
      await linkedin.close();
      await khub.close();
    });
  },
);
