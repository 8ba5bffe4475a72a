// Evidence in words, as the extension shows it, from the real messages file.
import '../tests/unit/i18n-setup';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  assess,
  collectFacts,
  isTracked,
  type Detection,
  type PageFacts,
} from '../src/core/detect';
import { canonicalUrl } from '../src/core/identity/canonical-url';
import { PRIOR, PRIOR_PAGES } from '../src/core/detect/prior-weights';
import { WEIGHTS, type EvidenceId, type Weights } from '../src/core/detect/weights';
import { parseLikeBrowser } from './parse-page';

/**
 * Scores the detector on labelled real pages, as the team defined it: precision and recall of
 * "is a series part" (confidence >= 0.5), exact part numbers, sibling recall. Two corpora: the
 * team's shared one (../shared/corpus, or INSTALMENTS_CORPUS) and the one committed here
 * (tests/fixtures/corpus). Besides the in-sample score it reports leave-one-source-out: each
 * source repository's pages scored with every weight fitted without them.
 *
 *   npm run -s corpus             misses, scores, the leave-one-source-out table, the weights
 *   npm run -s corpus -- --all    every page, not only the misses
 *   npm run -s corpus -- --fit    also writes the fitted weights to src/core/detect/fitted-weights.ts
 */
export interface Label {
  file: string;
  url: string;
  is_series: boolean;
  ambiguous?: boolean;
  series_title: string | null;
  part: number | null;
  total: number | null;
  siblings: string[];
  source_repo?: string;
}

export interface PageResult {
  label: Label;
  detection: Detection | null;
  tracked: boolean;
  missingSiblings: string[];
}

export interface Scores {
  pages: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  partExact: number;
  siblingRecall: number;
}

/** The team's shared corpus, where this checkout can see it. */
export function corpusDir(): string | null {
  const candidates = [process.env['INSTALMENTS_CORPUS'], resolve('../shared/corpus')];
  return (
    candidates.find((dir): dir is string => Boolean(dir) && existsSync(`${dir}/labels.json`)) ??
    null
  );
}

/** The corpus committed with the project: pages collected and labelled for generalisation. */
export const OWN_CORPUS = resolve('tests/fixtures/corpus');

export function loadLabels(dir: string): Label[] {
  return JSON.parse(readFileSync(`${dir}/labels.json`, 'utf8')) as Label[];
}

export function parsePage(dir: string, label: Label): Document {
  return parseLikeBrowser(readFileSync(`${dir}/${label.file}`, 'utf8'));
}

const sameUrl = (u: string) =>
  (canonicalUrl(u) ?? u).replace(/^http:/, 'https:').replace('://www.', '://');

/** A page read once: its facts, so fitting can weigh it again and again without the DOM. */
export interface Page {
  corpus: string;
  label: Label;
  facts: PageFacts;
}

export function readPage(dir: string, label: Label, corpus = dir): Page {
  return { corpus, label, facts: collectFacts(parsePage(dir, label), label.url) };
}

export function judge(page: Page, weights: Weights = WEIGHTS): PageResult {
  const { detection } = assess(page.facts, weights);
  const found = new Set((detection?.siblings ?? []).map((s) => sameUrl(s.url)));
  return {
    label: page.label,
    detection,
    tracked: detection !== null && isTracked(detection),
    missingSiblings: page.label.siblings.filter((s) => !found.has(sameUrl(s))),
  };
}

export function runPage(dir: string, label: Label): PageResult {
  return judge(readPage(dir, label));
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function score(results: PageResult[]): Scores {
  const scored = results.filter((r) => !r.label.ambiguous);
  const tp = scored.filter((r) => r.label.is_series && r.tracked);
  const fp = scored.filter((r) => !r.label.is_series && r.tracked);
  const fn = scored.filter((r) => r.label.is_series && !r.tracked);
  const numbered = tp.filter((r) => r.label.part !== null);
  const labelledSiblings = tp.reduce((n, r) => n + r.label.siblings.length, 0);
  const missing = tp.reduce((n, r) => n + r.missingSiblings.length, 0);
  return {
    pages: scored.length,
    truePositives: tp.length,
    falsePositives: fp.length,
    falseNegatives: fn.length,
    precision: ratio(tp.length, tp.length + fp.length),
    recall: ratio(tp.length, tp.length + fn.length),
    partExact: ratio(
      numbered.filter((r) => r.detection?.part === r.label.part).length,
      numbered.length,
    ),
    siblingRecall: ratio(labelledSiblings - missing, labelledSiblings),
  };
}

export interface WeightRow {
  id: EvidenceId;
  /** Unambiguous pages that showed this evidence, and how many of them are series parts. */
  fired: number;
  right: number;
  prior: number;
  weight: number;
}

/**
 * Each kind of evidence's weight: its prior, moved towards how often the pages showing it are
 * series parts, as far as their number allows (PRIOR_PAGES pseudo-pages stand for the prior).
 */
export function fit(pages: readonly Page[]): { weights: Weights; table: WeightRow[] } {
  const counts = new Map<EvidenceId, { fired: number; right: number }>();
  for (const page of pages) {
    if (page.label.ambiguous) continue;
    for (const id of new Set(assess(page.facts, PRIOR).fired)) {
      const c = counts.get(id) ?? { fired: 0, right: 0 };
      c.fired += 1;
      if (page.label.is_series) c.right += 1;
      counts.set(id, c);
    }
  }
  const table = (Object.keys(PRIOR) as EvidenceId[]).map((id) => {
    const { fired, right } = counts.get(id) ?? { fired: 0, right: 0 };
    const prior = PRIOR[id];
    const weight = Math.round(((right + PRIOR_PAGES * prior) / (fired + PRIOR_PAGES)) * 100) / 100;
    return { id, fired, right, prior, weight };
  });
  return {
    weights: Object.fromEntries(table.map((r) => [r.id, r.weight])) as unknown as Weights,
    table,
  };
}

export interface SourceScore {
  source: string;
  pages: number;
  scores: Scores;
}

/** For each source repository: its pages scored with weights fitted on every other source. */
export function leaveOneSourceOut(pages: readonly Page[]): {
  bySource: SourceScore[];
  overall: Scores;
} {
  const sources = [...new Set(pages.map((p) => p.label.source_repo ?? p.corpus))].sort();
  const all: PageResult[] = [];
  const bySource = sources.map((source) => {
    const held = pages.filter((p) => (p.label.source_repo ?? p.corpus) === source);
    const { weights } = fit(pages.filter((p) => !held.includes(p)));
    const results = held.map((p) => judge(p, weights));
    all.push(...results);
    return { source, pages: held.length, scores: score(results) };
  });
  return { bySource, overall: score(all) };
}

/**
 * Pages of the committed corpus set aside: collected after the rules were last written and
 * never looked at while writing them. Their score, with weights fitted without them, is the
 * honest estimate for pages nobody here has seen.
 */
export function holdOut(pages: readonly Page[]): { files: string[]; scores: Scores } | null {
  const list = `${OWN_CORPUS}/holdout.txt`;
  if (!existsSync(list)) return null;
  const files = new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean));
  const held = pages.filter((p) => p.corpus === 'own' && files.has(p.label.file));
  const { weights } = fit(pages.filter((p) => !held.includes(p)));
  return { files: [...files], scores: score(held.map((p) => judge(p, weights))) };
}

/** Every labelled page of both corpora that this checkout has. */
export function loadPages(): Page[] {
  const shared = corpusDir();
  const corpora: [string, string][] = [];
  if (shared) corpora.push(['shared', shared]);
  if (existsSync(`${OWN_CORPUS}/labels.json`)) corpora.push(['own', OWN_CORPUS]);
  return corpora.flatMap(([name, dir]) => loadLabels(dir).map((l) => readPage(dir, l, name)));
}

function describeMiss(r: PageResult, all: boolean): string | null {
  const d = r.detection;
  const wrong =
    r.label.is_series !== r.tracked ||
    (r.tracked && r.label.part !== null && d?.part !== r.label.part) ||
    (r.tracked && r.missingSiblings.length > 0);
  if (!wrong && !all) return null;
  return (
    `${r.label.ambiguous ? '?' : r.label.is_series ? 'S' : '-'} ${r.label.file.slice(6)}\n` +
    `   label part=${r.label.part} | got ${d ? `conf=${d.confidence} part=${d.part} title=${JSON.stringify(d.seriesTitle)} sib=${d.siblings.length}` : 'null'}\n` +
    (d ? `   evidence: ${d.evidence.join('; ')}\n` : '') +
    (r.tracked && r.missingSiblings.length
      ? `   missing siblings: ${r.missingSiblings.join(' ')}\n`
      : '')
  );
}

function writeWeights(table: WeightRow[]): void {
  const rows = table.map((r) => `  '${r.id}': ${r.weight},`).join('\n');
  writeFileSync(
    resolve('src/core/detect/fitted-weights.ts'),
    `import type { Weights } from './weights';\n\n` +
      `/** Written by \`npm run corpus -- --fit\` from the labelled corpora; do not edit by hand. */\n` +
      `export const FITTED: Weights = {\n${rows}\n};\n`,
  );
}

function main(): void {
  const all = process.argv.includes('--all');
  const pages = loadPages();
  if (pages.length === 0)
    throw new Error('no corpus: set INSTALMENTS_CORPUS or check out ../shared/corpus');
  for (const corpus of ['shared', 'own']) {
    const results = pages.filter((p) => p.corpus === corpus).map((p) => judge(p));
    if (results.length === 0) continue;
    console.log(`\n== ${corpus} corpus: misses ==`);
    for (const r of results) {
      const line = describeMiss(r, all);
      if (line) console.log(line);
    }
    console.log(`${corpus} in-sample: ${JSON.stringify(score(results))}`);
  }
  const loso = leaveOneSourceOut(pages);
  console.log('\n== leave-one-source-out (weights fitted without the source) ==');
  console.log('source'.padEnd(44), 'pages', 'P', 'R', 'part', 'siblings');
  for (const s of loso.bySource) {
    const c = s.scores;
    console.log(
      s.source.padEnd(44),
      String(s.pages).padStart(5),
      c.precision,
      c.recall,
      c.partExact,
      c.siblingRecall,
    );
  }
  console.log(`leave-one-source-out overall: ${JSON.stringify(loso.overall)}`);
  const held = holdOut(pages);
  if (held) {
    console.log(`held-out pages (${held.files.length}): ${JSON.stringify(held.scores)}`);
  }
  const { table } = fit(pages);
  console.log('\n== evidence weights (fitted on every page) ==');
  console.log('evidence'.padEnd(22), 'fired', 'right', 'prior', 'weight', 'in use');
  for (const r of table) {
    console.log(
      r.id.padEnd(22),
      String(r.fired).padStart(5),
      String(r.right).padStart(5),
      r.prior.toFixed(2).padStart(5),
      r.weight.toFixed(3).padStart(6),
      (WEIGHTS[r.id]?.toFixed(3) ?? '-').padStart(6),
    );
  }
  if (process.argv.includes('--fit')) {
    writeWeights(table);
    console.log('wrote src/core/detect/fitted-weights.ts');
  }
}

if (process.argv[1]?.endsWith('corpus.ts')) main();
