import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Unit tests take the event page's path (Firefox), which needs no offscreen document.
  define: { __BROWSER__: JSON.stringify('firefox') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', './tests/unit/i18n-setup.ts'],
  },
});
