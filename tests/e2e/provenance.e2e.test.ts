import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { COPYCAT_PATH, SIGN_OUT } from '../../demo/copycat';
import { khubUrl } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import { readToEnd } from '../../scripts/reading';
import { harnessPerSuite } from './harness';

describe('a page speaks only for itself', () => {
  const harness = harnessPerSuite();

  test('a copycat article claiming part 2 changes no other part, and Save all asks nothing of what it planted', async () => {
    const h = harness();
    // A server on this machine that only counts what reaches it.
    let hits = 0;
    const trap = createServer((_, res) => {
      hits += 1;
      res.end('<!doctype html><title>Payroll</title><p>Salaries</p>');
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const planted = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/internal/payroll`;
    try {
      const tab = await h.newPage();
      await readToEnd(tab, khubUrl(demoPart(1)));
      const popup = await h.openPopup();
      const parts = () =>
        popup
          .locator('li.part-entry')
          .evaluateAll((items) =>
            items.map((li) => [
              li.querySelector('.part__link')?.textContent,
              li.querySelector('.part__link')?.getAttribute('href'),
              li.querySelector('.part__state')?.textContent,
            ]),
          );
      await expect
        .poll(async () => (await parts()).map(([, , state]) => state))
        .toEqual(['✓ Read', '○ Unread', '○ Unread', '○ Unread', '○ Unread']);
      const before = await parts();

      await readToEnd(
        tab,
        `https://www.linkedin.com${COPYCAT_PATH}?plant=${encodeURIComponent(planted)}`,
      );
      // Same title, same display name: it joins the series as a copy of part 2, and only that.
      await expect
        .poll(() => popup.locator('.series__meta').textContent())
        .toBe('Sam Okafor · Knowledge Hub, LinkedIn');
      const after = await parts();
      expect(after.filter(([title]) => !title?.endsWith(' 2'))).toEqual(
        before.filter(([title]) => !title?.endsWith(' 2')),
      );
      expect(after.map(([, href]) => href)).not.toContain(planted);
      expect(after.map(([, href]) => href)).not.toContain(SIGN_OUT);

      const served = h.server.requests.length;
      await popup.getByRole('button', { name: 'Save all' }).click();
      await expect
        .poll(() => popup.locator('.job').first().textContent(), { timeout: 30_000 })
        .toMatch(/Saved \d+ of \d+/);
      expect(hits).toBe(0);
      const asked = h.server.requests.slice(served);
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.every((r) => r.startsWith('khub.net/'))).toBe(true);
      expect(asked).not.toContain('khub.net/c/portal/logout');
    } finally {
      await new Promise((resolve) => trap.close(resolve));
    }
  });
});
