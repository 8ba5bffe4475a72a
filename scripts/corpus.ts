import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectSeries, isTracked, type Detection } from '../src/core/detect';
import { canonicalUrl } from '../src/core/identity/canonical-url';

/**
 * Scores the detector on the labelled corpus of real pages (../shared/corpus, or
 * INSTALMENTS_CORPUS): precision and recall of "is a series part", exact part numbers, and
 * sibling recall, as the team defined them. `npm run -s corpus` prints every miss.
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

export function corpusDir(): string | null {
  const candidates = [process.env['INSTALMENTS_CORPUS'], resolve('../shared/corpus')];
  return (
    candidates.find((dir): dir is string => Boolean(dir) && existsSync(`${dir}/labels.json`)) ??
    null
  );
}

export function loadLabels(dir: string): Label[] {
  return JSON.parse(readFileSync(`${dir}/labels.json`, 'utf8')) as Label[];
}

export function parsePage(dir: string, label: Label): Document {
  return parseHTML(readFileSync(`${dir}/${label.file}`, 'utf8')).document as unknown as Document;
}

const sameUrl = (u: string) =>
  (canonicalUrl(u) ?? u).replace(/^http:/, 'https:').replace('://www.', '://');

export function runPage(dir: string, label: Label): PageResult {
  const detection = detectSeries(parsePage(dir, label), label.url);
  const found = new Set((detection?.siblings ?? []).map((s) => sameUrl(s.url)));
  return {
    label,
    detection,
    tracked: detection !== null && isTracked(detection),
    missingSiblings: label.siblings.filter((s) => !found.has(sameUrl(s))),
  };
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

function main(): void {
  const dir = corpusDir();
  if (!dir) throw new Error('no corpus: set INSTALMENTS_CORPUS or check out ../shared/corpus');
  const results = loadLabels(dir).map((label) => runPage(dir, label));
  for (const r of results) {
    const d = r.detection;
    const wrong =
      r.label.is_series !== r.tracked ||
      (r.tracked && r.label.part !== null && d?.part !== r.label.part) ||
      (r.tracked && r.missingSiblings.length > 0);
    if (!wrong && !process.argv.includes('--all')) continue;
    console.log(
      `${r.label.ambiguous ? '?' : r.label.is_series ? 'S' : '-'} ${r.label.file.slice(6)}\n` +
        `   label part=${r.label.part} | got ${d ? `conf=${d.confidence} part=${d.part} title=${JSON.stringify(d.seriesTitle)} sib=${d.siblings.length}` : 'null'}\n` +
        (d ? `   evidence: ${d.evidence.join('; ')}\n` : '') +
        (r.tracked && r.missingSiblings.length
          ? `   missing siblings: ${r.missingSiblings.join(' ')}\n`
          : ''),
    );
  }
  console.log(JSON.stringify(score(results)));
}

if (process.argv[1]?.endsWith('corpus.ts')) main();
