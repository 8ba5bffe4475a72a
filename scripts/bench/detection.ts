import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../chromium';
import { corpusDir, loadLabels } from '../corpus';
import { benchBundle } from './engine';

/**
 * Detection speed on Chromium's own DOM (documents from DOMParser, so page scripts never run):
 * per corpus page, the detector against Readability.parse on the same document, in the same
 * run; and one synthetic 100,000-node page with 10,000 links.
 */
interface Timing {
  detectMs: number;
  readabilityMs: number;
  captureMs: number;
}

declare const InstalmentsBench: {
  detectSeries: (doc: Document, url: string) => unknown;
  Readability: new (doc: Document) => { parse: () => unknown };
  capture: (doc: Document) => unknown;
};

const DETECT_REPS = 20;
const READABILITY_REPS = 3;

export function syntheticPage(links = 10_000, nodes = 100_000): string {
  const perBlock = Math.floor(nodes / links) - 2;
  const filler = '<span>word</span>'.repeat(Math.max(0, perBlock));
  const blocks = Array.from(
    { length: links },
    (_, i) =>
      `<div class="item"><a href="/posts/${i}">Post number ${i} - ${i % 7}</a>${filler}</div>`,
  );
  return `<!doctype html><title>Archive</title><h1>Archive</h1><main>${blocks.join('')}</main>`;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const round = (n: number) => Math.round(n * 1000) / 1000;

export async function measureDetection(): Promise<Record<string, number>> {
  const dir = corpusDir();
  if (!dir) throw new Error('the detection bench needs ../shared/corpus (or INSTALMENTS_CORPUS)');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const page = await browser.newPage();
    // tsx names functions with a `__name` helper, which page.evaluate then needs in the page.
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    await page.addScriptTag({ content: await benchBundle() });
    const timings: Timing[] = [];
    for (const label of loadLabels(dir)) {
      const html = readFileSync(`${dir}/${label.file}`, 'utf8');
      timings.push(
        await page.evaluate(
          ({ html, url, detectReps, readabilityReps }) => {
            const parse = () => new DOMParser().parseFromString(html, 'text/html');
            InstalmentsBench.detectSeries(parse(), url); // warm the code paths once
            // Each run on a fresh document, as the content script meets a page: no class or
            // tag collection is cached yet. Parsing is outside the timing.
            let detectMs = 0;
            for (let i = 0; i < detectReps; i++) {
              const fresh = parse();
              const start = performance.now();
              InstalmentsBench.detectSeries(fresh, url);
              detectMs += performance.now() - start;
            }
            detectMs /= detectReps;
            let readabilityMs = 0;
            for (let i = 0; i < readabilityReps; i++) {
              const fresh = parse();
              const start = performance.now();
              new InstalmentsBench.Readability(fresh).parse();
              readabilityMs += performance.now() - start;
            }
            let captureMs = 0;
            for (let i = 0; i < readabilityReps; i++) {
              const fresh = parse();
              const start = performance.now();
              InstalmentsBench.capture(fresh);
              captureMs += performance.now() - start;
            }
            return {
              detectMs,
              readabilityMs: readabilityMs / readabilityReps,
              captureMs: captureMs / readabilityReps,
            };
          },
          { html, url: label.url, detectReps: DETECT_REPS, readabilityReps: READABILITY_REPS },
        ),
      );
    }
    const synthetic = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        InstalmentsBench.detectSeries(doc, 'https://example.org/archive');
        runs.push(performance.now() - start);
      }
      return {
        ms: runs.sort((a, b) => a - b)[2] ?? 0,
        nodes: doc.getElementsByTagName('*').length,
      };
    }, syntheticPage());
    const detect = timings.map((t) => t.detectMs);
    const readability = timings.map((t) => t.readabilityMs);
    const capture = timings.map((t) => t.captureMs);
    return {
      corpus_pages: timings.length,
      detect_median_ms: round(quantile(detect, 0.5)),
      detect_p99_ms: round(quantile(detect, 0.99)),
      readability_median_ms: round(quantile(readability, 0.5)),
      detect_vs_readability_median_ratio: round(quantile(detect, 0.5) / quantile(readability, 0.5)),
      // Saving a part: the document serialised, parsed again, Readability and DOMPurify (the
      // images, which depend on the network, are not included).
      capture_ms_median: round(quantile(capture, 0.5)),
      capture_ms_p99: round(quantile(capture, 0.99)),
      synthetic_page_nodes: synthetic.nodes,
      synthetic_page_detect_ms: round(synthetic.ms),
    };
  } finally {
    await browser.close();
  }
}
