// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderMarkdown } from '../../src/ui/markdown';

const html = (source: string) => {
  const box = document.createElement('div');
  box.append(renderMarkdown(document, source));
  return box.innerHTML;
};

test('our documents’ Markdown becomes headings, paragraphs, lists, bold, code and links', () => {
  expect(
    html(
      '# Title\n\nOne **bold** line\nwrapped, with `code`.\n\n## Part\n\n- first [link](/library/index.html)\n  continued\n- second',
    ),
  ).toBe(
    '<h1>Title</h1><p>One <strong>bold</strong> line wrapped, with <code>code</code>.</p>' +
      '<h2>Part</h2><ul><li>first <a href="/library/index.html">link</a> continued</li><li>second</li></ul>',
  );
});

test('markup in a document stays text', () => {
  expect(html('<script>alert(1)</script> <b>x</b>')).toBe(
    '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;x&lt;/b&gt;</p>',
  );
});

test('the privacy notice and the accessibility statement render whole', () => {
  for (const [file, title] of [
    ['docs/privacy.md', 'Instalments and your privacy'],
    ['docs/accessibility.md', 'Accessibility statement'],
  ] as const) {
    const box = document.createElement('div');
    box.append(renderMarkdown(document, readFileSync(file, 'utf8')));
    expect(box.querySelector('h1')?.textContent).toBe(title);
    expect(box.querySelectorAll('h2').length).toBeGreaterThanOrEqual(3);
    // No Markdown left unrendered.
    expect(box.textContent).not.toMatch(/\*\*|^#|\]\(/m);
  }
});
