import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureDetection } from './bench/detection';
import { measureFollow } from './bench/follow';
import { measureImport } from './bench/import';
import { measurePopup } from './bench/popup';
import { measureSync } from './bench/sync';

/**
 * Prints one JSON object of named measurements (`npm run bench` builds first). Sizes are of
 * the minified files a browser loads per entry point, gzipped at level 9. Speeds are measured
 * in Debian's Chromium, as ratios against Readability on the same documents in the same run
 * where a target is a ratio (see scripts/bench/detection.ts).
 */
const DIST = 'dist/chrome';

function gzipBytes(files: string[]): number {
  return files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length,
    0,
  );
}

/** The JS and CSS an HTML entry loads, following the module imports Vite emitted. */
function htmlAssets(htmlFile: string): string[] {
  const html = readFileSync(join(DIST, htmlFile), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(join(dirname(file), m[1] ?? ''));
    }
  };
  refs.forEach(visit);
  return [...seen];
}

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  background: { service_worker: string };
  content_scripts: { js: string[] }[];
  action: { default_popup: string };
};

const results = {
  content_script_gzip_bytes: gzipBytes(manifest.content_scripts.flatMap((c) => c.js)),
  popup_gzip_bytes: gzipBytes(htmlAssets(manifest.action.default_popup)),
  background_gzip_bytes: gzipBytes([manifest.background.service_worker]),
  // Injected only when a part is saved; never part of the always-on content script.
  capture_script_gzip_bytes: gzipBytes(['capture/extract.js']),
  reader_gzip_bytes: gzipBytes(htmlAssets('reader/index.html')),
  ...(await measureDetection()),
  ...(await measurePopup()),
  ...(await measureImport()),
  ...(await measureFollow()),
  ...(await measureSync()),
};
console.log(JSON.stringify(results, null, 2));
