import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

type Manifest = {
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  content_scripts: { js: string[] }[];
  action: { default_popup: string };
  icons: Record<string, string>;
};

const built = (target: string): Manifest =>
  JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')) as Manifest;

describe('the built extension', () => {
  test('the always-on content script carries neither the polyfill nor a UI library', () => {
    const m = built('chrome');
    for (const file of m.content_scripts.flatMap((c) => c.js)) {
      const code = readFileSync(`dist/chrome/${file}`, 'utf8');
      // webextension-polyfill refuses to load outside an extension with this sentence.
      expect(code).not.toContain('This script should only be loaded in a browser extension');
      expect(code).not.toMatch(/__H|createElement\(/);
    }
  });

  test('Chrome gets an MV3 service worker and no Firefox keys', () => {
    const m = built('chrome');
    expect(m.background).toEqual({ service_worker: 'background/index.js' });
    expect(m.browser_specific_settings).toBeUndefined();
  });

  test('Firefox gets an event page and its gecko settings', () => {
    const m = built('firefox');
    expect(m.background).toEqual({ scripts: ['background/index.js'] });
    expect(m.browser_specific_settings?.gecko).toMatchObject({
      id: 'instalments@instalments',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  test.each(['chrome', 'firefox'])('every file the %s manifest names is in the build', (target) => {
    const m = built(target);
    const files = [
      ...(m.background.scripts ?? [m.background.service_worker ?? '']),
      ...m.content_scripts.flatMap((c) => c.js),
      m.action.default_popup,
      ...Object.values(m.icons),
    ];
    for (const file of files) expect(existsSync(`dist/${target}/${file}`), file).toBe(true);
  });
});

describe('no network calls of its own', () => {
  /** Every place a built script could reach the network, with the code around it. */
  function networkCalls(target: string): { file: string; around: string }[] {
    const dir = `dist/${target}`;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    return files.flatMap((file) => {
      const code = readFileSync(`${dir}/${file}`, 'utf8');
      return [...code.matchAll(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource/g)].map(
        (m) => ({ file, around: code.slice(Math.max(0, m.index - 800), m.index + 200) }),
      );
    });
  }

  test.each(['chrome', 'firefox'])(
    '%s: the only requests are for the parts and images being saved, and the extension’s own modules',
    (target) => {
      const calls = networkCalls(target);
      const kinds = calls.map(({ file, around }) => {
        // fetchPart (a part for "Save all", 30 s limit) and fetchImageBytes (an article's
        // image, 20 s limit): the page being saved and its pictures.
        const near = around.slice(-320);
        if (/AbortSignal\.timeout\(3e4\)/.test(near)) return `part in ${file}`;
        if (/AbortSignal\.timeout\(2e4\)/.test(near)) return `image in ${file}`;
        // Vite's modulepreload polyfill, which fetches the extension's own script files.
        if (/modulepreload/.test(around) && /fetch\(e\.href/.test(around)) return 'own modules';
        return `unexpected in ${file}: ${around.slice(-300)}`;
      });
      expect(kinds.filter((k) => k.startsWith('unexpected'))).toEqual([]);
      expect(new Set(kinds)).toEqual(
        new Set([
          'part in background/index.js',
          'image in background/index.js',
          'image in capture/extract.js',
          'own modules',
        ]),
      );
    },
  );
});
