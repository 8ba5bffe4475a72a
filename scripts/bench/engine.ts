import { build } from 'vite';

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
