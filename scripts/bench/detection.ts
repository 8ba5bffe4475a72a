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
  /** The part of it that runs in the page: reading the facts, without weighing them. */
  readMs: number;
  /** The background's part: the facts checked at its door and weighed. */
  weighMs: number;
  readabilityMs: number;
  captureMs: number;
}

declare const InstalmentsBench: {
  detectSeries: (doc: Document, url: string) => unknown;
  readPage: (doc: Document, url: string) => unknown;
  weigh: (facts: unknown) => unknown;
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

/**
 * Text that makes patterns backtrack: blank runs, and markers and numbers over and over. The
 * background weighs every tab's facts, so one page's worst case is everyone's wait.
 */
const HOSTILE_FRAGMENTS = [
  ' ',
  '\n',
  '\n ',
  '\u00a0',
  '\t\n',
  '-',
  ' - ',
  '1 ',
  '12',
  '1.',
  'ii',
  'Part ',
  'Part 1 ',
  'Part 2/',
  'part 1 of ',
  '(',
  '([',
  '#',
  '/',
  ': ',
  'of ',
  'the second post in my series ',
  'previously ',
  '\n(previously',
  'Teil 2 ',
  'rhan ',
  '第',
  'S1E',
  'Week notes ',
  '“',
];

/** The slowest weighing of facts made of one fragment, at the largest the door lets through. */
function hostileFacts(fragments: string[]) {
  const doc = new DOMParser().parseFromString(
    '<title>Notes</title><article><p>Text.</p></article>',
    'text/html',
  );
  const base = InstalmentsBench.readPage(doc, 'https://example.org/notes') as object;
  const time = (facts: unknown) => {
    const start = performance.now();
    InstalmentsBench.weigh(facts);
    return performance.now() - start;
  };
  time(base);
  let worst = 0;
  for (const fragment of fragments) {
    const fill = (n: number) => fragment.repeat(Math.ceil(n / fragment.length)).slice(0, n);
    const line = fill(300);
    worst = Math.max(
      worst,
      time({
        ...base,
        titles: Array.from({ length: 8 }, () => line),
        documentTitle: line,
        bodyText: fill(8001),
        asides: fill(4000),
        links: Array.from({ length: 3000 }, (_, i) => ({
          href: `/p/${i}`,
          text: line,
          rel: '',
          zone: 'body',
          prose: i % 2 === 0,
        })),
      }),
    );
  }
  return { worst };
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
            let readMs = 0;
            for (let i = 0; i < detectReps; i++) {
              const fresh = parse();
              const start = performance.now();
              InstalmentsBench.readPage(fresh, url);
              readMs += performance.now() - start;
            }
            readMs /= detectReps;
            const facts = InstalmentsBench.readPage(parse(), url);
            let weighMs = 0;
            for (let i = 0; i < detectReps; i++) {
              const start = performance.now();
              InstalmentsBench.weigh(facts);
              weighMs += performance.now() - start;
            }
            weighMs /= detectReps;
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
              readMs,
              weighMs,
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
    const hostile = await page.evaluate(hostileFacts, HOSTILE_FRAGMENTS);
    const detect = timings.map((t) => t.detectMs);
    const read = timings.map((t) => t.readMs);
    const weigh = timings.map((t) => t.weighMs);
    const readability = timings.map((t) => t.readabilityMs);
    const capture = timings.map((t) => t.captureMs);
    return {
      corpus_pages: timings.length,
      detect_median_ms: round(quantile(detect, 0.5)),
      detect_p99_ms: round(quantile(detect, 0.99)),
      readability_median_ms: round(quantile(readability, 0.5)),
      detect_vs_readability_median_ratio: round(quantile(detect, 0.5) / quantile(readability, 0.5)),
      // What the page's own thread spends: the content script reads, the background decides.
      detect_in_page_median_ms: round(quantile(read, 0.5)),
      detect_in_page_p99_ms: round(quantile(read, 0.99)),
      detect_in_background_median_ms: round(quantile(weigh, 0.5)),
      detect_in_background_p99_ms: round(quantile(weigh, 0.99)),
      // Saving a part: the document serialised, parsed again, Readability and DOMPurify (the
      // images, which depend on the network, are not included).
      capture_ms_median: round(quantile(capture, 0.5)),
      capture_ms_p99: round(quantile(capture, 0.99)),
      // The background weighing the worst facts a page can send (3,000 links, every text at
      // its limit, made of one fragment over and over).
      hostile_facts_cases: HOSTILE_FRAGMENTS.length,
      hostile_facts_worst_weigh_ms: round(hostile.worst),
      synthetic_page_nodes: synthetic.nodes,
      synthetic_page_detect_ms: round(synthetic.ms),
    };
  } finally {
    await browser.close();
  }
}
