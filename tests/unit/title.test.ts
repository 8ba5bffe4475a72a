import { describe, expect, test } from 'vitest';
import {
  datedNotes,
  notesFiledByDate,
  parseTitle,
  stripSiteName,
} from '../../src/core/detect/title';
import { TRAP_TITLES } from './title-traps';

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
    ['Adresacja IP cz. 2', 'Adresacja IP', 2, null],
    // A book, not a law.
    ['Clean Code Teil 2', 'Clean Code', 2, null],
    // A subtitle after a comma: words, not more numbers.
    [
      'Keycloak for IAM Identity Centre: Part two, configuring Keycloak',
      'Keycloak for IAM Identity Centre',
      2,
      null,
    ],
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

describe('parseTitle: every common convention, each by the rule that reads it', () => {
  test.each<[string, string, string | null, number, number | null]>([
    // Ends
    ['Journey to the Cloud - 3', 'dash-number', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud – 3', 'dash-number', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud: 3', 'colon-number', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud (3)', 'paren-number', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud #3', 'hash', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud No. 3', 'hash', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud Part 3', 'named-marker', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud Pt. 3', 'named-marker', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud Part III', 'named-marker', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud Part three', 'named-marker', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud (3 of 4)', 'fraction', 'Journey to the Cloud', 3, 4],
    ['Journey to the Cloud (Part 3 of 4)', 'named-marker', 'Journey to the Cloud', 3, 4],
    ['Journey to the Cloud - 3/4', 'slash-fraction', 'Journey to the Cloud', 3, 4],
    ['Journey to the Cloud [3/4]', 'fraction', 'Journey to the Cloud', 3, 4],
    ['Journey to the Cloud - 3 of 7', 'fraction', 'Journey to the Cloud', 3, 7],
    ['Migration vers le cloud, 2 sur 3', 'fraction', 'Migration vers le cloud', 2, 3],
    ['Revista del sector nº 3', 'hash', 'Revista del sector', 3, null],
    // Starts
    ['Part 3: Moving the data', 'bare-marker', null, 3, null],
    ['3 - Moving the data', 'number-first', null, 3, null],
    ['(16) Moving the data', 'number-first', null, 16, null],
    ['#5: Moving the data', 'number-first', null, 5, null],
    ['Tutorial 2: Forms and validation', 'bare-sequence', null, 2, null],
    ['Lesson 3 - Reading a CSV file', 'bare-sequence', null, 3, null],
    ['Step 4: Deploy', 'bare-sequence', null, 4, null],
    ['Chapter 5. The council meeting', 'bare-sequence', null, 5, null],
    ['Episode 4: The data', 'bare-marker', null, 4, null],
    ['Week 12: Discovery ends', 'bare-sequence', null, 12, null],
    ['Day 7 - Accessibility audit', 'bare-sequence', null, 7, null],
    ['Module 2: Risk', 'bare-sequence', null, 2, null],
    ['Session 6: Show and tell', 'bare-sequence', null, 6, null],
    ['Unit 8: Testing', 'bare-sequence', null, 8, null],
    ['Learn Rails, Lesson 3: Models', 'sequence-marker', 'Learn Rails', 3, null],
    // A name that ends like a law ("… Code") is still a series when the steps are days.
    ['Advent of Code 2021, Day 7', 'sequence-marker', 'Advent of Code 2021', 7, null],
    ['Weeknotes 14', 'notes', 'Weeknotes', 14, null],
    ['Devlog 3: Coding a redis clone', 'notes', 'Devlog', 3, null],
    ['Step 2 | Image manipulation with canvas', 'bare-sequence', null, 2, null],
    ['Data Pod S2E3: Open data', 'season-episode', 'Data Pod S2', 3, null],
    ['S01E04 - The budget', 'bare-season-episode', null, 4, null],
    // Other languages
    ['Cloud-Migration, Teil 2', 'named-marker', 'Cloud-Migration', 2, null],
    ['Cloud-Migration – Folge 4', 'named-marker', 'Cloud-Migration', 4, null],
    ['Migration vers le cloud, partie 2', 'named-marker', 'Migration vers le cloud', 2, null],
    ['Le podcast, épisode 12', 'named-marker', 'Le podcast', 12, null],
    ['Migración a la nube, parte 3', 'named-marker', 'Migración a la nube', 3, null],
    ['Migración a la nube, parte dos', 'named-marker', 'Migración a la nube', 2, null],
    ['Naar de cloud, deel 2', 'named-marker', 'Naar de cloud', 2, null],
    ['Verso il cloud (Parte 2 di 3)', 'named-marker', 'Verso il cloud', 2, 3],
    ['Chmura, część 2 z 3', 'named-marker', 'Chmura', 2, 3],
    ['Taith i’r Cwmwl - Rhan 2', 'named-marker', 'Taith i’r Cwmwl', 2, null],
    ['Taith i’r Cwmwl: rhan dau', 'named-marker', 'Taith i’r Cwmwl', 2, null],
    ['Rhan 3: Symud y data', 'bare-marker', null, 3, null],
    ['Teil zwei: Die Daten', 'bare-marker', null, 2, null],
    ['Lekcja 2: Struktura HTML', 'bare-sequence', null, 2, null],
    ['Урок 3. Нотация Кендалла', 'bare-sequence', null, 3, null],
    ['Jour 2: Variables et Types de Données', 'bare-sequence', null, 2, null],
    ['Tag 2 – Sonntag, 5. Juli', 'bare-sequence', null, 2, null],
    ['Lezione 5: Sviluppo Software', 'bare-sequence', null, 5, null],
    ['Capítulo 2', 'bare-sequence', null, 2, null],
    ['IMFD Part4 Target Interceptによる軌道修正', 'compact-marker', 'IMFD', 4, null],
    ['Part20 金星への打ち上げ', 'compact-marker', null, 20, null],
    [
      'AMSO アポロ11号チュートリアル Part3 （DOIとPDI）',
      'named-marker',
      'AMSO アポロ11号チュートリアル',
      3,
      null,
    ],
    [
      'はじめての Django アプリ作成、その 2',
      'cjk-ordinal',
      'はじめての Django アプリ作成',
      2,
      null,
    ],
    ['第三课：读代码（下）', 'cjk-ordinal', null, 3, null],
    ['ステップ4: ゲームパッドによるヒンジの制御', 'cjk-ordinal', null, 4, null],
    ['进阶教程 第12讲', 'cjk-ordinal', '进阶教程', 12, null],
    ['机器学习（二） K-近邻算法（kNN）', 'cjk-ordinal', '机器学习', 2, null],
    ['React에 대해 알아보자 - 2편', 'cjk-ordinal', 'React에 대해 알아보자', 2, null],
    // An ordinal before "part" or its translation.
    ['Second part: what we found', 'ordinal-marker', null, 2, null],
    ['Journey to the Cloud: The Third Part', 'ordinal-marker', 'Journey to the Cloud', 3, null],
    ['Journey to the Cloud – 2nd part', 'ordinal-marker', 'Journey to the Cloud', 2, null],
    ['Dritter Teil: Die Migration', 'ordinal-marker', null, 3, null],
    ['Der Weg in die Cloud – 3. Teil', 'ordinal-marker', 'Der Weg in die Cloud', 3, null],
    ['Le voyage vers le cloud, 2e partie', 'ordinal-marker', 'Le voyage vers le cloud', 2, null],
    ['Deuxième partie : les données', 'ordinal-marker', null, 2, null],
    ['El viaje a la nube (1ª parte)', 'ordinal-marker', 'El viaje a la nube', 1, null],
    ['Segunda parte: los datos', 'ordinal-marker', null, 2, null],
    ['De reis naar de cloud (tweede deel)', 'ordinal-marker', 'De reis naar de cloud', 2, null],
    ['Y daith i’r cwmwl, yr ail ran', 'ordinal-marker', 'Y daith i’r cwmwl', 2, null],
    ['100DaysOfHomelab 10/100 - Research Day', 'slash-fraction', '100DaysOfHomelab', 10, 100],
    ['#strobofm ep.5 マイニングは宝くじ', 'named-marker', '#strobofm', 5, null],
    ['Council Tech Talk ep. 12 The budget', 'named-marker', 'Council Tech Talk', 12, null],
    ['100DaysOfCode Day 10/100', 'sequence-marker', '100DaysOfCode', 10, 100],
    // A sequence word with its number spelt out.
    ['Chapter Three: The Return', 'bare-sequence', null, 3, null],
    ['Lesson Two: Forms', 'bare-sequence', null, 2, null],
    ['Chapter Three:', 'bare-sequence', null, 3, null],
    ['DAY TWO: There Are Not Enough DevOps Unicorns In The World', 'bare-sequence', null, 2, null],
    [
      'Journey to the Cloud - Part 3: review of the pilot',
      'named-marker',
      'Journey to the Cloud',
      3,
      null,
    ],
  ])('"%s" (%s) is "%s" part %i (of %s)', (title, id, base, part, total) => {
    expect(parseTitle(title)).toMatchObject({ id, base, part, total });
  });

  test('the evidence names the convention', () => {
    expect(parseTitle('Journey to the Cloud (3 of 4)')?.rule).toBe('title ends with "(3 of 4)"');
    expect(parseTitle('Tutorial 2: Forms')?.rule).toBe('title starts with "Tutorial 2"');
    expect(parseTitle('Taith i’r Cwmwl - Rhan 2')?.rule).toBe(
      'title has "Taith i’r Cwmwl" then "Rhan 2"',
    );
  });
});

describe('parseTitle: numbers that are not parts', () => {
  test.each(TRAP_TITLES)('%s', (title) => {
    expect(parseTitle(title)).toBeNull();
  });
});

test('a day of the month is not a part: dated weeknotes have no number', () => {
  expect(parseTitle('Weeknotes: 24 November 2020')).toBeNull();
  expect(parseTitle('Sprint notes 3 March')).toBeNull();
  expect(parseTitle('Weeknotes 5 May 2024')).toBeNull();
  expect(parseTitle('Weeknotes 24 – marking time')).toMatchObject({ id: 'notes', part: 24 });
  // A year and its week, or a day and its month: no count of notes.
  expect(parseTitle('Week Notes - 26-05')).toBeNull();
  expect(parseTitle('Weeknotes 26/05')).toBeNull();
  expect(parseTitle('Weeknote 14/2020')).toBeNull();
});

describe('datedNotes: notes named by their date, not a number', () => {
  test.each([
    ['Weeknotes: 24 November 2020', 'Weeknotes'],
    ['Week notes w/c 3rd June', 'Week notes'],
    ['Weeknote, week ending 7 July 2023', 'Weeknote'],
    ['Weeknotes 24-28 Nov: shipping the alpha', 'Weeknotes'],
    ['Sprint notes – 2024-06-14', 'Sprint notes'],
    ['Weeknotes (12/06/2024)', 'Weeknotes'],
    ['Monthnotes: March 2024', 'Monthnotes'],
    ['Team Digital weeknotes — 5 May', 'Team Digital weeknotes'],
    ['Week Notes - 26-05', 'Week Notes'],
    ['Weeknotes 2026-05', 'Weeknotes'],
    ['Weeknote 14/2020', 'Weeknote'],
  ])('%s', (title, base) => {
    expect(datedNotes(title)?.base).toBe(base);
  });

  test.each([
    ['weeknotes 0', 'weeknotes'],
    ['GalvanizeU Week[0]', 'GalvanizeU Week'],
    ['Sprint 0: set-up', 'Sprint'],
  ])('%s: notes counted from zero', (title, base) => {
    expect(datedNotes(title)?.base).toBe(base);
  });

  test.each([
    'Weeknotes: a guide',
    'How to write weeknotes in 2024',
    'Weeknotes: May the fourth',
    'Version 0',
    'Weeknotes 10',
  ])('%s is no dated notes', (title) => {
    expect(datedNotes(title)).toBeNull();
  });
});

test('notes filed by date under their own section are notes when a title names them', () => {
  const titles = [
    'Weeknotes This week at Digital Land',
    'This week at Digital Land | Weeknotes | Digital Land',
  ];
  expect(notesFiledByDate('https://land.example/weeknote/2019-10-07/', titles)?.base).toBe(
    'Weeknotes',
  );
  expect(
    notesFiledByDate('https://team.example/sprint-notes/2024/06/14/alpha/', ['Sprint notes'])?.base,
  ).toBe('Sprint notes');
  // Right below the section, the address is enough: "Trust - 8 to 12 June" names the week's theme.
  expect(
    notesFiledByDate('https://antony.example/weeknotes/13-06-2026/', ['Trust - 8 to 12 June'])
      ?.base,
  ).toBe('Weeknotes');
  // The section's index, a dated post elsewhere, or a deeper page whose titles never say "notes".
  expect(notesFiledByDate('https://land.example/weeknote/', titles)).toBeNull();
  expect(notesFiledByDate('https://land.example/blog/2019-10-07/', titles)).toBeNull();
  expect(
    notesFiledByDate('https://land.example/weeknote/team/2019-10-07/', [
      'This week at Digital Land',
    ]),
  ).toBeNull();
});

test("a part of a film or book under review is not a part of the page's series", () => {
  for (const title of [
    'Dune: Part Two - A Review',
    'Wicked: Part One – film review',
    'Dune: Part Two, reviewed',
  ]) {
    expect(parseTitle(title), title).toBeNull();
  }
  expect(parseTitle('Journey to the Cloud - Part 3: review of the pilot')?.part).toBe(3);
});

test('laws are divided into parts and chapters, not days: those stay negative', () => {
  for (const title of ['Highway Code, Chapter 3', 'Criminal Code, Part 2', 'Finance Act 2024 #3']) {
    expect(parseTitle(title), title).toBeNull();
  }
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

test('digits of other scripts number a title as 0–9 do', () => {
  expect(parseTitle('第３回 勉強会のまとめ')).toMatchObject({ part: 3, id: 'cjk-ordinal' });
  expect(parseTitle('Part ٢: the data')).toMatchObject({ part: 2 });
  expect(parseTitle('Journey to the Cloud - ３')).toMatchObject({
    base: 'Journey to the Cloud',
    part: 3,
  });
  // A full-width year is still a year.
  expect(parseTitle('Budget ２０２４/２５')).toBeNull();
});

test('a few parts counted after a plain space: "Introduction à la SDR 1/2"', () => {
  expect(parseTitle('Introduction à la SDR 1/2')).toMatchObject({
    base: 'Introduction à la SDR',
    part: 1,
    total: 2,
    id: 'spaced-fraction',
  });
  expect(parseTitle('Tunnel Routier 2/2 - the write-up')).toMatchObject({ part: 2, total: 2 });
  // More done than there are, more than twelve, or a day of a month.
  expect(parseTitle('Tunnel Routier 3/2')).toBeNull();
  expect(parseTitle('Meetup 3/14')).toBeNull();
});

test('the unit and its number before the notes word: "Week 45 notes", "Sprint 12 notes: …"', () => {
  expect(parseTitle('Week 45 notes')).toMatchObject({ part: 45, id: 'notes' });
  expect(parseTitle('Sprint 12 notes: the new search')).toMatchObject({ part: 12, id: 'notes' });
  expect(parseTitle('Alpha sprint 3 round-up')).toMatchObject({ base: 'Alpha sprint', part: 3 });
  expect(parseTitle('iPhone 12 update')).toBeNull();
  expect(parseTitle('Top 10 notes')).toBeNull();
  expect(parseTitle('Week 45 notes and thoughts')).toBeNull();
});

test('"Name - 3" followed by a subtitle, or by a group the page named nowhere else', () => {
  expect(parseTitle('Journey to the Cloud - 3 - Moving email')).toMatchObject({
    base: 'Journey to the Cloud',
    part: 3,
    id: 'dash-number',
  });
  expect(parseTitle('Journey to the Cloud - 3 - Socitm - Knowledge Hub')).toMatchObject({
    base: 'Journey to the Cloud',
    part: 3,
  });
  expect(parseTitle('Project 2023 - 24 - Review')).toBeNull();
});
