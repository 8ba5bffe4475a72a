import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectSeries } from '../../src/core/detect';
import { ADAPTERS } from '../../src/core/detect/adapters';
import { parse } from './demo-pages';

// Golden files: each fixture page beside the Detection it must produce. Regenerate only on
// purpose, with UPDATE_FIXTURES=1, and read the diff.
const ROOT = 'tests/fixtures/platforms';
const update = process.env['UPDATE_FIXTURES'] === '1';

const fixtures = readdirSync(ROOT).flatMap((platform) =>
  readdirSync(join(ROOT, platform))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ platform, file: join(ROOT, platform, f) })),
);

function urlOf(html: string, file: string): string {
  const url = /^<!-- url: (\S+) -->/.exec(html)?.[1];
  if (!url) throw new Error(`${file} must start with <!-- url: … -->`);
  return url;
}

describe('platform fixtures', () => {
  test.each(fixtures)('$file matches its golden detection', ({ platform, file }) => {
    const html = readFileSync(file, 'utf8');
    const detection = detectSeries(parse(html, urlOf(html, file)), urlOf(html, file));
    const golden = file.replace(/\.html$/, '.json');
    // A missing golden file is written for review locally; in CI it is a failure, never a pass.
    if (update || (!existsSync(golden) && !process.env['CI'])) {
      writeFileSync(golden, `${JSON.stringify(detection, null, 2)}\n`);
    }
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
    expect(detection).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    // Generic series boxes are markup, not platforms: the page keeps its own platform.
    expect(
      detection?.platform === platform || ['series-list', 'ordered-series'].includes(platform),
    ).toBe(true);
  });
});

describe('meta', () => {
  test('every registered adapter has at least one fixture', () => {
    const covered = new Set(fixtures.map((f) => f.platform));
    expect(ADAPTERS.map((a) => a.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  test('the manifest runs the content script on every platform whose adapter names a host it matches', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
      content_scripts: { matches: string[] }[];
    };
    const hosts = manifest.content_scripts
      .flatMap((c) => c.matches)
      .map((m) => new URL(m.replace('*.', '')).hostname);
    for (const host of hosts) {
      expect(
        ADAPTERS.some((a) => a.hosts?.test(host)),
        host,
      ).toBe(true);
    }
  });
});
