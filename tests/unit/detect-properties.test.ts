import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { detectSeries, isTracked } from '../../src/core/detect';
import { parseTitle } from '../../src/core/detect/title';
import { DetectionSchema } from '../../src/messaging/schemas';
import { parse } from './demo-pages';
import { TRAP_TITLES } from './title-traps';

const PAGE = 'https://example.org/blog/notes-3';

const word = fc.constantFrom(
  'Part',
  'part',
  'Teil',
  'Folge',
  'Episode',
  '#',
  '-',
  '–',
  ':',
  '(',
  ')',
  '[',
  ']',
  '/',
  'of',
  'Journey',
  'to',
  'the',
  'Cloud',
  'Weeknotes',
  'IX',
  'Four',
  'p.',
  'No.',
  '3',
  '12',
  '2023/24',
  '9/11',
  '\u0000',
  '<script>',
  'Ünïcödé',
  '漢字',
  '   ',
);
const title = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.array(word, { maxLength: 14 }).map((w) => w.join(' ')),
);

const href = fc.oneof(
  fc.constantFrom(
    '/blog/notes-1',
    '/blog/notes-2',
    'notes-4',
    PAGE,
    `${PAGE}#top`,
    'javascript:alert(1)',
    'data:text/html,x',
    'mailto:a@b.c',
    '//other.example/notes-2',
    'https://[broken',
    '%E0%A4%A',
  ),
  fc.webUrl(),
);
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    title.map(escape),
    fc.tuple(href, title).map(([h, t]) => `<a href="${escape(h)}">${escape(t)}</a>`),
    fc
      .tuple(
        fc.constantFrom(
          'div',
          'ul',
          'li',
          'nav',
          'aside',
          'article',
          'main',
          'p',
          'h1',
          'h2',
          'section',
        ),
        fc.constantFrom(
          '',
          'entry-content',
          'comments',
          'series-switcher',
          'seriesbox',
          'position',
          'title',
          'current',
        ),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([tag, cls, kids]) => `<${tag} class="${cls}">${kids.join('')}</${tag}>`),
  ),
})).node;
const page = fc
  .tuple(title, fc.array(element, { maxLength: 8 }))
  .map(
    ([t, body]) =>
      `<!doctype html><title>${escape(t)}</title><h1>${escape(t)}</h1>${body.join('')}`,
  );

describe('detection never misbehaves on arbitrary input', () => {
  test('parseTitle never throws and only returns plausible part numbers', () => {
    fc.assert(
      fc.property(title, (t) => {
        const parsed = parseTitle(t);
        if (parsed) {
          expect(parsed.part).toBeGreaterThanOrEqual(1);
          expect(parsed.part).toBeLessThanOrEqual(999);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('detectSeries returns null or a Detection the background accepts', () => {
    fc.assert(
      fc.property(page, (html) => {
        const detection = detectSeries(parse(html, PAGE), PAGE);
        if (detection === null) return;
        expect(v.safeParse(DetectionSchema, detection).success).toBe(true);
        expect(detection.confidence).toBeGreaterThanOrEqual(0);
        expect(detection.confidence).toBeLessThanOrEqual(1);
        const urls = detection.siblings.map((s) => s.url);
        expect(new Set(urls).size).toBe(urls.length);
        for (const url of urls) {
          expect(url).toMatch(/^https?:\/\//);
          expect(url).not.toBe(PAGE);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

test('the generated pages include series parts, so the property above is exercised', () => {
  const detected = fc
    .sample(page, { numRuns: 300, seed: 42 })
    .filter((html) => detectSeries(parse(html, PAGE), PAGE) !== null);
  expect(detected.length).toBeGreaterThan(15);
});

test('a series with no name on a page with a very long address still gets a key the background accepts', () => {
  const url = `https://example.org/${'a'.repeat(1500)}/docker-mounting`;
  const html = `<h1>Docker - Mounting</h1><ul>
    <li><a href="/docker-getting-started">Part 1 - Docker - Getting Started</a></li>
    <li class="current"><span>Part 2 - This Article</span></li>
    <li><a href="/docker-as-a-service">Part 3 - Docker as a Service</a></li></ul>`;
  const detection = detectSeries(parse(html, url), url);
  expect(detection?.part).toBe(2);
  expect(v.safeParse(DetectionSchema, detection).success).toBe(true);
});

test('wrapping a trap title in any site or group name never makes it a series', () => {
  const separator = fc.constantFrom(' - ', ' – ', ' | ', ' :: ', ' · ', ': ', ' » ');
  const name = fc.oneof(
    fc.constantFrom('Knowledge Hub', 'Socitm', 'Digital Leaders', 'GOV.UK', 'Medium', 'LinkedIn'),
    fc
      .array(fc.constantFrom('Council', 'Digital', 'Blog', 'Team', 'Hub', 'NHS', 'Cymru'), {
        minLength: 1,
        maxLength: 3,
      })
      .map((w) => w.join(' ')),
  );
  const wrapped = fc.tuple(
    fc.constantFrom(...TRAP_TITLES),
    fc.array(fc.tuple(separator, name), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  );
  fc.assert(
    fc.property(wrapped, ([trap, suffixes, heading]) => {
      const title = trap + suffixes.map(([sep, n]) => `${sep}${n}`).join('');
      const html = `<!doctype html><title>${escape(title)}</title>${
        heading ? `<h1>${escape(trap)}</h1>` : ''
      }<article><p>Text.</p><p>More text.</p><p>The end.</p></article>`;
      const detection = detectSeries(parse(html, PAGE), PAGE);
      expect(detection === null || !isTracked(detection), `${title}: ${detection?.evidence}`).toBe(
        true,
      );
    }),
    { numRuns: 1500 },
  );
}, 60_000);
