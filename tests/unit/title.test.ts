import { describe, expect, test } from 'vitest';
import { parseTitle, stripSiteName } from '../../src/core/detect/title';

describe('parseTitle: series parts', () => {
  test.each<[string, string | null, number, number | null]>([
    ['Journey to the Cloud - 3', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud – Part 3: Moving the data', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud — 12', 'Journey to the Cloud', 12, null],
    ['Part 3: Choosing a hosting partner', null, 3, null],
    ['Data strategy, part 4', 'Data strategy', 4, null],
    ['Data strategy (part 3 of 5)', 'Data strategy', 3, 5],
    ['Data strategy [3/7]', 'Data strategy', 3, 7],
    ['(2/4) Data strategy', 'Data strategy', 2, 4],
    ['Data strategy: Part IX', 'Data strategy', 9, null],
    ['Data strategy: Part XIV', 'Data strategy', 14, null],
    ['Data strategy: Part Four', 'Data strategy', 4, null],
    ['Data strategy, part one', 'Data strategy', 1, null],
    ['Data strategy pt. 3', 'Data strategy', 3, null],
    ['Data strategy #8', 'Data strategy', 8, null],
    ['Data strategy No. 5', 'Data strategy', 5, null],
    ['Digital podcast, Episode 9', 'Digital podcast', 9, null],
    ['Weeknotes 31', 'Weeknotes', 31, null],
    ['Weeknote #7', 'Weeknote', 7, null],
    ['Sprint notes 9', 'Sprint notes', 9, null],
    ['Scapy p.04', 'Scapy', 4, null],
    [
      'Die Haubenfahrzeuge der Nachkriegszeit - Teil 49',
      'Die Haubenfahrzeuge der Nachkriegszeit',
      49,
      null,
    ],
    ['KI @ China (Teil 2): Wie das Fernost-Facebook …', 'KI @ China', 2, null],
    ['Folge 70: Star Trek: Picard', null, 70, null],
    ['Scherenschnitt (3)', 'Scherenschnitt', 3, null],
    ['Office 365 adoption diaries – Part 2', 'Office 365 adoption diaries', 2, null],
    ['Jekyll Part 13: Creating an Article Series', 'Jekyll', 13, null],
    ['Tweet of the Week #67: Dealing With Chikan', 'Tweet of the Week', 67, null],
    ['Journey to the Cloud - 2 | LinkedIn', 'Journey to the Cloud', 2, null],
    ['Journey to the Cloud - 5 - Knowledge Hub', 'Journey to the Cloud', 5, null],
    ['Cloud notes, part 2 | by Sam Okafor | Medium', 'Cloud notes', 2, null],
    ['« Mockito + PowerMock – Part 1: Simple Mocking', 'Mockito + PowerMock', 1, null],
  ])('"%s" is "%s" part %i (of %s)', (title, base, part, total) => {
    expect(parseTitle(title)).toMatchObject({ base, part, total });
  });
});

describe('parseTitle: numbers that are not parts', () => {
  test.each([
    'macOS 14 upgrade notes',
    'Drupal 10 migration',
    'SARS-CoV-2 guidance for schools',
    '7 habits of highly effective councils',
    'Top 20 tips for digital leaders',
    'What the 2019 spending review means',
    'Budget 2023/24',
    'Budget: 2023/24',
    'Henry V at the Globe',
    'Formula 1 comes to town',
    'Catch-22',
    'Remembering 9/11',
    'Article 50 explained',
    'Tier 1 support',
    'A part-funded pilot',
    'How to take part in the consultation',
    'Why data is part of our strategy',
    'Search results: Page 3 of 12',
    'Windows 11 rollout - what we learned',
    'Cloud: 3 reasons to move',
    'Journey to the Cloud - 0',
    'Running accessible online consultations',
    '‘This Is The End’ Opens #1 With $7.8M',
    "Zendaya's outfits for 'Dune: Part Two' premiere",
  ])('%s', (title) => {
    expect(parseTitle(title)).toBeNull();
  });
});

test('evidence says which rule matched', () => {
  expect(parseTitle('Journey to the Cloud - 3')?.rule).toBe('title ends with "- 3"');
  expect(parseTitle('Scherenschnitt (3)')?.rule).toBe('title ends with "(3)"');
});

describe('stripSiteName', () => {
  test.each([
    [
      'An Illusionist in Skyrim: Part 1 | PC Gamer',
      [],
      'www.pcgamer.com',
      'An Illusionist in Skyrim: Part 1',
    ],
    [
      'Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 - BOS-Fahrzeuge - Einsatzfahrzeuge und Wachen weltweit',
      [],
      'bos-fahrzeuge.info',
      'Die Haubenfahrzeuge der Nachkriegszeit - Teil 49',
    ],
    ['Weeknotes 31 – Digital Team', ['Digital Team'], 'example.org', 'Weeknotes 31'],
    ['Journey to the Cloud - 3', [], 'example.org', 'Journey to the Cloud - 3'],
  ])('%s', (title, names, host, expected) => {
    expect(stripSiteName(title, names, host)).toBe(expected);
  });
});
