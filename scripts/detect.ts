import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { detectSeries, type Detection } from '../src/core/detect';
import { parseLikeBrowser } from './parse-page';

/**
 * Detection from the command line; JSON on stdout, anything else on stderr.
 *   npm run -s detect -- page.html [--url URL]      one Detection, or null
 *   npm run -s detect -- --jsonl LIST               LIST has lines {"file": PATH, "url": URL};
 *                                                   prints {"file", "detection"} per line, in order
 */
function detectFile(file: string, url: string): Detection | null {
  return detectSeries(parseLikeBrowser(readFileSync(file, 'utf8')), url);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function main(args: string[]): void {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    if (value === undefined) fail(`${name} needs a value`);
    args.splice(i, 2);
    return value;
  };
  const list = flag('--jsonl');
  if (list !== undefined) {
    const lines = readFileSync(list === '-' ? 0 : list, 'utf8').split('\n');
    for (const [n, line] of lines.entries()) {
      if (!line.trim()) continue;
      let entry: { file?: unknown; url?: unknown };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        fail(`line ${n + 1}: not JSON`);
      }
      if (typeof entry.file !== 'string') fail(`line ${n + 1}: "file" must be a string`);
      const url = typeof entry.url === 'string' ? entry.url : pathToFileURL(entry.file).href;
      let detection: Detection | null = null;
      try {
        detection = detectFile(entry.file, url);
      } catch (error) {
        console.error(`line ${n + 1}: ${entry.file}: ${String(error)}`);
      }
      process.stdout.write(`${JSON.stringify({ file: entry.file, detection })}\n`);
    }
    return;
  }
  const url = flag('--url');
  const [file] = args;
  if (!file) fail('usage: npm run -s detect -- page.html [--url URL] | --jsonl LIST');
  process.stdout.write(
    `${JSON.stringify(detectFile(file, url ?? pathToFileURL(file).href), null, 2)}\n`,
  );
}

main(process.argv.slice(2));
