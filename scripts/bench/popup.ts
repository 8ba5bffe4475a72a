import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../chromium';
import { popupUrl } from '../reading';

/**
 * The popup's time to first render of the list, in real Chromium with the built extension,
 * on a profile seeded with `series` × `partsPerSeries` parts. Rows are written straight into
 * the extension's IndexedDB from one of its own pages, as the background would store them.
 */
const RUNS = 5;

async function firstRenderMs(series: number, partsPerSeries: number): Promise<number> {
  mkdirSync(resolve('.e2e-profiles'), { recursive: true });
  const profileDir = mkdtempSync(resolve('.e2e-profiles', 'bench-'));
  const launch = () => launchChromium({ profileDir, demo: { port: 9, spki: '' }, headless: true });
  let { context, extensionId } = await launch();
  try {
    const seed = await context.newPage();
    await seed.goto(popupUrl(extensionId));
    await seed.locator('main:not([aria-busy])').waitFor();
    await seed.evaluate(
      async ({ series, partsPerSeries }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const open = indexedDB.open('instalments');
          open.onsuccess = () => ok(open.result);
          open.onerror = () => fail(open.error);
        });
        const tx = db.transaction(['series', 'parts'], 'readwrite');
        const now = Date.now();
        for (let s = 0; s < series; s++) {
          const id = `series-${s}`;
          tx.objectStore('series').put({
            id,
            key: `series ${s}`,
            aliases: [],
            title: `Series ${s}`,
            userTitle: null,
            author: 'Author',
            platforms: ['khub'],
            createdAt: now - s,
            lastActivityAt: now - s,
          });
          for (let p = 1; p <= partsPerSeries; p++) {
            tx.objectStore('parts').put({
              id: `${id}-part-${p}`,
              seriesId: id,
              number: p,
              userNumber: null,
              title: `Series ${s} - ${p}`,
              urls: [`https://example.org/${s}/${p}`],
              platforms: ['khub'],
              state: p <= 3 ? 'read' : p === 4 ? 'reading' : 'unvisited',
              furthest: p <= 3 ? 1 : p === 4 ? 0.4 : 0,
              lastPosition: p === 4 ? 0.4 : 0,
              publishedAt: null,
              firstSeenAt: now - s,
              updatedAt: now - s,
              readAt: p <= 3 ? now - s : null,
            });
          }
        }
        await new Promise<void>((ok, fail) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { series, partsPerSeries },
    );
    await seed.close();
    // Measure as a reader meets the popup: on a profile the browser has reopened since.
    await context.close();
    ({ context, extensionId } = await launch());
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const popup = await context.newPage();
      await popup.goto(popupUrl(extensionId), { waitUntil: 'commit' });
      // Milliseconds since this page's navigation began, read in the first animation frame
      // that has the list.
      const rendered = await popup.waitForFunction(
        () => (document.querySelector('article.series') ? performance.now() : 0),
        undefined,
        { polling: 'raf' },
      );
      times.push((await rendered.jsonValue()) as number);
      await popup.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

export async function measurePopup(): Promise<Record<string, number>> {
  const small = await firstRenderMs(2, 10);
  const large = await firstRenderMs(2000, 10);
  return {
    popup_first_render_ms_20_parts: Math.round(small),
    popup_first_render_ms_20000_parts: Math.round(large),
    popup_render_ratio_20k_vs_20: Math.round((large / small) * 100) / 100,
  };
}
