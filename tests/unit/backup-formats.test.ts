// @vitest-environment happy-dom
import { toShareHtml, toShareText } from '../../src/core/backup/share';
import { readImportFile } from '../../src/ui/import-file';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fromBookmarksHtml, toBookmarksHtml } from '../../src/core/backup/bookmarks';
import { cell, toCsv } from '../../src/core/backup/csv';
import { toMarkdown } from '../../src/core/backup/markdown';
import { checkBackup, readBackupText } from '../../src/messaging/backup-schema';
import { KHUB } from './fixtures';

const V1 = readFileSync('tests/fixtures/backups/v1.json', 'utf8');
const NOW = Date.UTC(2026, 10, 26);

describe('export formats', () => {
  const backup = readBackupText(V1).backup;

  test('Markdown: a reading list with links in order, status and notes', () => {
    const md = toMarkdown(backup);
    expect(md).toContain('## Journey to the Cloud \\(Harbour BC\\)');
    expect(md).toContain('Sam Okafor · Knowledge Hub, LinkedIn');
    expect(md).toContain('> For the infrastructure team — honest about what went wrong\\.');
    expect(md).toContain(
      `1. [Journey to the Cloud \\- 1](<${KHUB}-1>) (read)\n2. [Journey to the Cloud \\- 2](<${KHUB}-2>) (58 % read)\n   Also at <https://www.linkedin.com/pulse/journey-cloud-2-sam-okafor-8kq2c>`,
    );
    expect(toMarkdown(backup, { readStatus: false })).not.toContain('(read)');
  });

  test('CSV: one row per part, quoted, and no cell a spreadsheet would run', () => {
    const hostile = structuredClone(backup);
    hostile.parts[0]!.title = '=HYPERLINK("https://evil.example","click")';
    const lines = toCsv(hostile).split('\r\n');
    expect(lines[0]).toBe(
      'series,author,part,title,state,percent_read,url,other_urls,bookmarked,note,series_note',
    );
    expect(lines).toHaveLength(backup.parts.length + 2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
  });

  test('every format names a state as the popup does: read, started, unread', () => {
    const states = toCsv(backup)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[4]);
    expect(new Set(states)).toEqual(new Set(['read', 'started', 'unread']));
    const md = toMarkdown(backup);
    expect(md).toMatch(/\(unread\)/);
    expect(md).not.toMatch(/not read yet|unvisited/);
  });

  test('bookmarks HTML round-trips through a browser’s parser', () => {
    const doc = new DOMParser().parseFromString(toBookmarksHtml(backup), 'text/html');
    const back = fromBookmarksHtml(doc, NOW);
    expect(back.series.map((s) => [s.title, s.key, s.note?.text ?? null])).toEqual(
      backup.series.map((s) => [s.userTitle ?? s.title, s.key, s.note?.text ?? null]),
    );
    expect(
      back.parts.map((p) => [
        p.number,
        p.state,
        p.urls,
        p.note?.text ?? null,
        p.bookmarkedAt !== null,
      ]),
    ).toEqual(
      backup.parts.map((p) => [
        p.userNumber ?? p.number,
        p.state,
        p.urls,
        p.note?.text ?? null,
        p.bookmarkedAt !== null,
      ]),
    );
    expect(() => checkBackup(back)).not.toThrow();
  });

  test('another browser’s folder is a series only when its links are titled as parts', () => {
    const html = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
<DT><H3>Reading</H3>
<DL><p>
<DT><A HREF="https://blog.example.org/data-1">Our data platform, part 1</A>
<DT><A HREF="https://blog.example.org/data-2">Our data platform, part 2</A>
<DT><A HREF="https://news.example.org/x">Budget 2023/24 explained</A>
</DL><p>
<DT><H3>Misc</H3>
<DL><p>
<DT><A HREF="https://a.example/">Top 20 tools</A>
<DT><A HREF="javascript:alert(1)">Part 1 of evil</A>
</DL><p>
</DL><p>`;
    const back = fromBookmarksHtml(new DOMParser().parseFromString(html, 'text/html'), NOW);
    expect(back.series.map((s) => s.title)).toEqual(['Our data platform']);
    expect(back.parts.map((p) => [p.number, p.urls[0]])).toEqual([
      [1, 'https://blog.example.org/data-1'],
      [2, 'https://blog.example.org/data-2'],
    ]);
  });
});

describe('CSV cells a spreadsheet would run', () => {
  test.each([
    '=HYPERLINK("http://x","y")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    ' =1+1',
    '\n=1+1',
    '\u00a0=1+1',
    '\uff1d1+1',
    '\t=1',
  ])('%j is written as text', (title) => {
    expect(cell(title).replace(/^"/, '')).toMatch(/^'/);
  });

  test.each(['Journey to the Cloud - 3', '3 - Moving', 'Why = matters'])('%j as it is', (title) => {
    expect(cell(title)).toBe(title);
  });
});

describe('choosing a file to import', () => {
  test('our own CSV export is refused with what to import instead', async () => {
    const csv = toCsv(readBackupText(V1).backup);
    for (const name of ['instalments.csv', 'export.txt']) {
      await expect(readImportFile(new File([csv], name))).rejects.toThrow(
        `“${name}” is a spreadsheet (CSV) export. Instalments imports its own JSON backup or a bookmarks file`,
      );
    }
  });
});

describe('copied for a colleague', () => {
  const backup = readBackupText(V1).backup;

  test('rich text with links, and plain text with no Markdown escapes', () => {
    const html = toShareHtml(backup);
    expect(html).toContain(`<a href="${KHUB}-1">Journey to the Cloud - 1</a> (read)`);
    expect(html).toContain('(58 % read)');
    const text = toShareText(backup);
    expect(text).toContain(`1. Journey to the Cloud - 1 (read)\n   ${KHUB}-1`);
    expect(text).not.toMatch(/\\[-(.]/);
    expect(toShareText(backup, { readStatus: false })).not.toContain('(read)');
  });

  test('a hostile title stays text in the HTML', () => {
    const hostile = structuredClone(backup);
    hostile.parts[0]!.title = '<img src=x onerror=alert(1)>"&';
    const doc = new DOMParser().parseFromString(toShareHtml(hostile), 'text/html');
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('li a')?.textContent).toBe('<img src=x onerror=alert(1)>"&');
  });
});
