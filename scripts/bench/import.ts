import { withBenchPage } from './engine';

declare const InstalmentsImportBench: (
  series: number,
  perSeries: number,
) => Promise<{ bulkPutMs: number; importMs: number; parts: number }>;

const RUNS = 3;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Import speed in Debian's Chromium on real IndexedDB: 20,000 parts in 2,000 series
 * imported into an empty library, against a raw bulkPut of the same rows, in the same page.
 */
export async function measureImport(): Promise<Record<string, number>> {
  return withBenchPage('scripts/bench/import-entry.ts', async (page) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await page.evaluate(() => InstalmentsImportBench(2000, 10)));
    }
    const bulkPut = median(runs.map((r) => r.bulkPutMs));
    const imported = median(runs.map((r) => r.importMs));
    return {
      import_parts: runs[0]?.parts ?? 0,
      import_20k_ms: Math.round(imported),
      bulkput_20k_ms: Math.round(bulkPut),
      import_20k_vs_bulkput_ratio: Math.round((imported / bulkPut) * 100) / 100,
    };
  });
}
