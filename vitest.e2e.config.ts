import { defineConfig } from 'vitest/config';

// Real browsers on a 2-core machine: one file at a time, generous timeouts per test.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A part is read a second after its end comes into view, and writes are throttled: give
    // polled expectations room on a busy 2-core machine.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
