import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { detectSeries } from '../../src/core/detect';
import { parseLikeBrowser } from '../../scripts/parse-page';

// `npm run detect` and the corpus scorer parse pages with linkedom; a browser implies the
// <html> a page leaves out, and so must they, or such a page has no title.
test.each([
  '<head><title>Part two</title></head><body><h1>Web Components:</h1></body>',
  '<!doctype html><head><title>Part two</title></head><body><h1>Web Components:</h1></body>',
  '<!DOCTYPE html><html lang="en"><head><title>Part two</title></head><body></body></html>',
  // A mirror's stray <meta> before <head>, and a byte-order mark before the doctype.
  '<!DOCTYPE html><html><meta charset="UTF-8" /><head><title>Part two</title></head><body></body></html>',
  '\uFEFF<!DOCTYPE html><html><head><title>Part two</title></head><body></body></html>',
])('a page is read as a browser reads it: %s', (html) => {
  const doc = parseLikeBrowser(html);
  expect(doc.title).toBe('Part two');
  expect(doc.documentElement.tagName).toBe('HTML');
});

test('a real page without <html> is detected by the command line as in the browser', () => {
  const html = readFileSync('tests/fixtures/corpus/pages/thepassle__part-two-word.html', 'utf8');
  const url = 'https://thepassle.github.io/webcomponents-from-zero-to-hero/part-two.html';
  expect(detectSeries(parseLikeBrowser(html), url)?.part).toBe(2);
});
