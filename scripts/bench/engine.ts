import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_PATH } from '../chromium';

/**
 * An entry (by default the detector, Readability and capture) as one IIFE script, built in
 * memory for a bench page.
 */
export async function benchBundle(entry = 'scripts/bench/page-entry.ts'): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry,
        formats: ['iife'],
        name: 'InstalmentsBenchBundle',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((o) => o.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('the bench bundle produced no script');
}

/**
 * A page in Debian's Chromium at a real origin (IndexedDB needs one) with `entry` bundled into
 * it, for as long as `use` runs.
 */
export async function withBenchPage<T>(entry: string, use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const page = await browser.newPage();
    await page.route('https://bench.invalid/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('https://bench.invalid/');
    // tsx names functions with a `__name` helper, which page.evaluate then needs in the page.
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    await page.addScriptTag({ content: await benchBundle(entry) });
    return await use(page);
  } finally {
    await browser.close();
  }
}
