import { describe, expect, test } from 'vitest';
import { parseTitle, stripSiteSuffix } from '../../src/core/detect/title';

describe('parseTitle', () => {
  test.each([
    ['Journey to the Cloud - 3', 'Journey to the Cloud', 3],
    ['Journey to the Cloud – Part 3: Moving the data', 'Journey to the Cloud', 3],
    ['Journey to the Cloud — 12', 'Journey to the Cloud', 12],
    ['Office 365 adoption diaries: Part 2', 'Office 365 adoption diaries', 2],
    ['Data strategy, part 4', 'Data strategy', 4],
    ['Journey to the Cloud - 2 | LinkedIn', 'Journey to the Cloud', 2],
    ['Journey to the Cloud - 5 - Knowledge Hub', 'Journey to the Cloud', 5],
  ])('"%s" is "%s" part %i', (title, base, part) => {
    expect(parseTitle(title)).toMatchObject({ base, part });
  });

  test('a bare "Part N" has a part but no series name', () => {
    expect(parseTitle('Part 3: Choosing a hosting partner')).toMatchObject({ base: null, part: 3 });
  });

  test.each([
    'SARS-CoV-2 guidance for schools',
    'Catch-22',
    'Drupal 10 migration',
    'macOS 14 upgrade notes',
    'Top 20 tips for digital leaders',
    'Budget: 2023/24',
    'Windows 11 rollout - what we learned',
    'Cloud: 3 reasons to move',
    'Journey to the Cloud - 0',
    'Running accessible online consultations',
  ])('%s is not a part', (title) => {
    expect(parseTitle(title)).toBeNull();
  });

  test('evidence says which rule matched', () => {
    expect(parseTitle('Journey to the Cloud - 3')?.rule).toBe('title ends with "- 3"');
  });
});

describe('stripSiteSuffix', () => {
  test('removes the platform name a page title carries', () => {
    expect(stripSiteSuffix('Weeknotes - 7 | LinkedIn')).toBe('Weeknotes - 7');
    expect(stripSiteSuffix('Weeknotes - 7 - Knowledge Hub')).toBe('Weeknotes - 7');
  });
});
