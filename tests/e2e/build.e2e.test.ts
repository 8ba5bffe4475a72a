import { existsSync, readFileSync } from 'node:fs';
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
