import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { DEV_KEY } from './scripts/dev-key';

const target = process.env['TARGET'] === 'firefox' ? 'firefox' : 'chrome';
// Development builds of the Chrome extension carry a fixed key, so their id is stable and a
// managed-policy file can name it; `npm run package` builds releases without it.
const release = process.env['INSTALMENTS_RELEASE'] === '1';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Lets src/platform leave out what one browser never runs (Firefox-only parsing in the
  // Chrome service worker).
  define: { __BROWSER__: JSON.stringify(target) },
  build: { outDir: `dist/${target}`, emptyOutDir: true },
  plugins: [
    webExtension({
      browser: target,
      manifest: 'manifest.json',
      // Validation downloads a JSON schema at build time; web-ext lint and our manifest test
      // check the built manifests instead.
      skipManifestValidation: true,
      disableAutoLaunch: true,
      transformManifest: (manifest) =>
        target === 'chrome' && !release ? { ...manifest, key: DEV_KEY } : manifest,
      // Extension pages the manifest does not name, and the capture script injected on save.
      additionalInputs: [
        'library/index.html',
        'reader/index.html',
        'statement/index.html',
        'capture/extract.ts',
        ...(target === 'chrome' ? ['offscreen/index.html'] : []),
      ],
    }),
  ],
});
