import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { plural, t } from '../../src/core/i18n';
import { findHardCodedText, scan, sourceFiles } from './ui-strings';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Message
>;

/** Where the extension's pages and views live: every word in them is a message. */
const UI = ['src/ui', 'popup', 'library', 'options', 'reader'];

describe('every UI string goes through browser.i18n', () => {
  test('no component writes user-facing text into its code', () => {
    const found = scan('.', sourceFiles('.', UI));
    expect(found.map((f) => `${f.file}:${f.line} "${f.text}"`)).toEqual([]);
  });

  test('the check catches text, labels and sentences in strings, and leaves plumbing alone', () => {
    const caught = findHardCodedText(
      'x.tsx',
      `export const X = ({ n }: { n: number }) => (
        <section class="series wide" id="a-b" role="status">
          <h2>No series yet</h2>
          <button aria-label="Bookmark this part" title={n ? 'Remove bookmark' : 'Bookmark'}>
            {n > 1 ? \`\${n} parts read\` : t('oneRead')}
          </button>
          <img alt="A roadmap" src="/x.png" />
          <Field label="Largest image" />
        </section>
      );
      const quiet = (e: KeyboardEvent) => e.key === 'Escape' && console.warn('not shown to anyone');`,
    ).map((f) => f.text);
    expect(caught).toEqual([
      'No series yet',
      'Bookmark this part',
      'Remove bookmark',
      'Bookmark',
      '… parts read',
      'A roadmap',
      'Largest image',
    ]);
  });
});

describe('messages.json', () => {
  const keys = Object.keys(messages);
  const code = sourceFiles('.', [...UI, 'src', 'background', 'content'])
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const manifest = readFileSync('manifest.json', 'utf8');

  test('every message is used, so translators translate nothing dead', () => {
    const unused = keys.filter((key) => {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      return !code.includes(`'${base}'`) && !manifest.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });

  test('keys are valid, and every $NAME$ has a placeholder numbered in order', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) =>
        m[1]!.toLowerCase(),
      );
      const declared = Object.keys(entry.placeholders ?? {});
      expect(new Set(named), key).toEqual(new Set(declared));
      const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
      expect(contents, key).toEqual(declared.map((_, i) => `$${i + 1}`));
    }
  });

  test('every plural has its "other" form, which every language needs', () => {
    for (const key of keys.filter((k) => /_(zero|one|two|few|many)$/.test(k))) {
      expect(keys, key).toContain(key.replace(/_[a-z]+$/, '_other'));
    }
  });

  test('messages fill in their substitutions, with numbers written for the reader', () => {
    expect(t('exportProgress', 3, 12_000)).toBe('Preparing the export: 3 of 12,000 series…');
    expect(plural('importNewParts', 1)).toBe('1 new part');
    expect(plural('importNewParts', 2)).toBe('2 new parts');
    expect(t('forgetSiteLabel', 'blog.example.org')).toBe('Forget blog.example.org');
  });
});

describe('dates and numbers follow the words, not the browser’s region', () => {
  test('in a browser set to US English, the English text still reads "4 December 2026"', async () => {
    const chrome = (globalThis as unknown as { chrome: { i18n: { getUILanguage: () => string } } })
      .chrome;
    const before = chrome.i18n.getUILanguage;
    chrome.i18n.getUILanguage = () => 'en-US';
    try {
      vi.resetModules();
      const { formatDate, uiLanguage } = await import('../../src/core/i18n');
      expect(uiLanguage()).toBe('en-GB');
      expect(formatDate(Date.UTC(2026, 11, 4, 12))).toBe('4 December 2026');
    } finally {
      chrome.i18n.getUILanguage = before;
    }
  });
});
