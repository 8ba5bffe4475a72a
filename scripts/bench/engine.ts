import { build } from 'vite';

/** The detector and Readability as one IIFE script, built in memory for the bench page. */
export async function benchBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: 'scripts/bench/page-entry.ts',
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
