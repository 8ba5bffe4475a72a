import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The folder rules from DESIGN.md are lint rules; this proves they still bite.
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? 0;
}

describe('untrusted HTML', () => {
  test.each([
    [
      'popup/x.tsx',
      'export const X = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;',
    ],
    ['content/x.ts', 'export const f = (el: Element, t: string) => { el.innerHTML = t; };'],
    [
      'background/x.ts',
      "export const f = (el: Element, t: string) => el.insertAdjacentHTML('beforeend', t);",
    ],
  ])('%s may not inject HTML', async (filePath, code) => {
    const [result] = await eslint.lintText(code, { filePath });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
});

describe('storage keys are named once', () => {
  const ruled = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
    return result?.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length ?? 0;
  };
  test.each([
    "await browser.storage.local.get('settings');",
    'await browser.storage.session.set({ badge: 1 });',
    "await browser.storage.local.remove(['a', 'b']);",
    'await browser.storage.sync.get(`index`);',
  ])('background may not write a bare key: %s', async (code) => {
    expect(
      await ruled('background/x.ts', `import browser from 'webextension-polyfill';\n${code}`),
    ).toBeGreaterThan(0);
  });
  test.each([
    'await browser.storage.local.get(SETTINGS_KEY);',
    'await browser.storage.session.set({ [`${BADGE_PREFIX}${1}`]: true });',
    'await browser.storage.session.get(null);',
  ])('background may use a named key: %s', async (code) => {
    const imports =
      "import browser from 'webextension-polyfill';\nimport { SETTINGS_KEY, BADGE_PREFIX } from '../src/settings/storage-key';";
    expect(await ruled('background/x.ts', `${imports}\n${code}`)).toBe(0);
  });
});

describe('import boundaries', () => {
  test.each([
    ['src/core/detect/x.ts', "import { LibraryDb } from '../../db/schema';"],
    ['src/core/x.ts', "import Dexie from 'dexie';"],
    ['src/db/x.ts', "import browser from 'webextension-polyfill';"],
    ['content/x.ts', "import { recordPart } from '../src/db/repository';"],
    ['content/x.ts', "import Dexie from 'dexie';"],
    ['popup/x.ts', "import { recordPart } from '../src/db/repository';"],
    ['popup/x.ts', "import { createHandlers } from '../background/handlers';"],
    ['background/x.ts', "import { App } from '../popup/app';"],
    ['library/x.ts', "import { mount } from '../popup/popup';"],
    ['src/ui/x.ts', "import { recordPart } from '../db/repository';"],
    ['src/core/detect/x.ts', "import { App } from '../../ui/app';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBeGreaterThan(0);
  });

  test.each([
    ['src/core/detect/x.ts', "import { seriesKey } from '../identity/series-key';"],
    ['background/x.ts', "import { recordPart } from '../src/db/repository';"],
    ['popup/x.ts', "import { listSeries } from '../src/db/queries';"],
    ['library/x.ts', "import { mount } from '../src/ui/main';"],
    ['src/ui/x.ts', "import { readLibrary } from '../db/queries';"],
    ['src/platform/x.ts', "import browser from 'webextension-polyfill';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(0);
  });
});

describe('every entry folder is closed to every other', () => {
  const ENTRIES = [
    'background',
    'content',
    'capture',
    'popup',
    'library',
    'reader',
    'offscreen',
    'options',
    'statement',
    'sidepanel',
  ];
  const pairs = ENTRIES.flatMap((from) =>
    ENTRIES.filter((to) => to !== from).map((to) => [from, to] as const),
  );

  test('the list names every entry folder on disk', async () => {
    const { readdirSync, existsSync } = await import('node:fs');
    const onDisk = readdirSync('.').filter(
      (dir) => existsSync(`${dir}/index.html`) || existsSync(`${dir}/index.ts`),
    );
    expect(ENTRIES).toEqual(expect.arrayContaining(onDisk));
  });

  test.each(pairs)('%s may not import from %s', async (from, to) => {
    const code = `import { x } from '../${to}/index';\nexport const y = x;\n`;
    expect(await restrictedImports(`${from}/x.ts`, code)).toBeGreaterThan(0);
  });

  test.each([
    ['content/x.ts', "import { h } from 'preact';"],
    ['background/x.ts', "import { App } from '../src/ui/app';"],
    ['content/x.ts', "import browser from 'webextension-polyfill';"],
    ['options/x.ts', "import { recordPart } from '../src/db/repository';"],
    ['src/settings/x.ts', "import { browser } from '../platform/browser';"],
    ['src/reading/x.ts', "import { LibraryDb } from '../db/schema';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBeGreaterThan(0);
  });
});

describe('every tab carries only the page half of detection', () => {
  test.each([
    ['content/x.ts', "import { decide } from '../src/core/detect';"],
    ['content/x.ts', "import { decide } from '../src/core/detect/index';"],
    ['content/x.ts', "import { parseTitle } from '../src/core/detect/title';"],
    ['content/x.ts', "import { findPhrases } from '../src/core/detect/phrases';"],
    ['src/core/detect/page-facts.ts', "import { parseTitle } from './title';"],
    ['src/core/detect/scan.ts', "import { findSiblings } from './siblings';"],
    ['src/core/detect/adapters/x.ts', "import { parseTitle } from '../title';"],
    ['src/core/detect/adapters/x.ts', "import { WEIGHTS } from '../weights';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBeGreaterThan(0);
  });

  test.each([
    ['content/x.ts', "import { collectFacts } from '../src/core/detect/page-facts';"],
    ['src/core/detect/page-facts.ts', "import { cleanTitle } from './site-name';"],
    ['src/core/detect/siblings.ts', "import { parseTitle } from './title';"],
    ['background/x.ts', "import { decide } from '../src/core/detect';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(0);
  });
});
