import { getMessage } from './i18n-setup';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEMO_HOSTS } from '../../demo/server';
import { DEV_KEY, extensionIdFor } from '../../scripts/dev-key';
import { WEEKNOTES_HOST } from '../../demo/weeknotes';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  version: string;
  name: string;
  icons: Record<string, string>;
  content_scripts: { matches: string[] }[];
  default_locale?: string;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Chrome's match-pattern rules for the https patterns we use: host wildcard and path glob. */
function matches(pattern: string, url: string): boolean {
  const m = /^(https):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`unsupported pattern ${pattern}`);
  const [, scheme, anySub, host, path] = m;
  const u = new URL(url);
  const hostOk = anySub
    ? u.hostname === host || u.hostname.endsWith(`.${host}`)
    : u.hostname === host;
  const pathRe = new RegExp(
    `^${(path ?? '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  );
  return u.protocol === `${scheme}:` && hostOk && pathRe.test(u.pathname);
}

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.json', () => {
  test('is named Instalments and carries the package version', () => {
    expect(getMessage(manifest.name.replace(/^__MSG_(\w+)__$/, '$1'))).toBe('Instalments');
    expect(manifest.version).toBe(pkg.version);
  });

  test('every message the manifest names is in _locales/en', () => {
    const named = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    for (const key of named) expect(getMessage(key), key).not.toBe('');
    expect(manifest.default_locale).toBe('en');
  });

  test('docs/admin.md gives the development build’s id, as its key fixes it', () => {
    expect(readFileSync('docs/admin.md', 'utf8')).toContain(`\`${extensionIdFor(DEV_KEY)}\``);
  });

  test('every icon exists at the size it claims', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(manifest.icons)) {
      expect(pngSize(`public/${file}`)).toEqual([Number(size), Number(size)]);
    }
  });

  const patterns = manifest.content_scripts.flatMap((c) => c.matches);
  test.each([
    'https://khub.net/web/digital-leaders/-/blogs/journey-to-the-cloud-2',
    'https://www.khub.net/web/x/-/blogs/y',
    'https://www.linkedin.com/pulse/journey-cloud-2-sam-okafor-8kq2c',
  ])('the content script runs on %s', (url) => {
    expect(patterns.some((p) => matches(p, url))).toBe(true);
  });

  test.each(['https://www.linkedin.com/feed/', 'https://evil-khub.net/', 'http://khub.net/'])(
    'the content script stays off %s',
    (url) => {
      expect(patterns.some((p) => matches(p, url))).toBe(false);
    },
  );

  test('covers the demo’s platforms, and not its self-hosted blog (reached only on request)', () => {
    const covered = (host: string) =>
      patterns.some((p) => new URL(p.replace('*.', '')).hostname === host);
    for (const host of DEMO_HOSTS) expect(covered(host), host).toBe(host !== WEEKNOTES_HOST);
  });
});
