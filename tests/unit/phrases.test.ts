import { describe, expect, test } from 'vitest';
import { findPhrases } from '../../src/core/detect/phrases';

describe('sentences that place an article in a series', () => {
  test.each([
    ['This post is part of a series on moving a council to the cloud.', 'part-of-series', null],
    ['This article is part of our ongoing series about data.', 'part-of-series', null],
    ['This post is part of the “WHOIS in PHP: consuming the API” series.', 'part-of-series', null],
    ['This will be a series of blog posts on learning Rails.', 'part-of-series', null],
    ['This is a post in the Hugo 101 series. Other posts in this series:', 'part-of-series', null],
    ['This is the third post in my series on procurement.', 'nth-in-series', 3],
    ['Welcome to the second article in this series.', 'nth-in-series', 2],
    ['In part 1 we looked at discovery. Now we build.', 'earlier-part', null],
    ['In the first part of this series, I described the problem.', 'earlier-part', null],
    ['Missed it? Read part 2 here.', 'read-part', null],
    ['Previously: we chose a hosting partner.', 'previously', null],
    ['(Previously: Prologue, Part 1 – Monday, Part 2 – Tuesday)', 'previously', null],
    ['We moved the servers.\nPreviously on Journey to the Cloud: the plan', 'previously', null],
    ['(Teil 3, siehe auch Teil1 und Teil 2)', 'read-part', null],
    ['See also part 1, on discovery.', 'read-part', null],
    ['Voir aussi la partie 1.', 'read-part', null],
    ['Zie ook deel 2.', 'read-part', null],
    ['Next in the series: testing with users.', 'next-in-series', null],
    ['Dies ist Teil 2 der dreiteiligen Serie über Daten.', 'teil-der-serie', 2],
    ['Dieser Beitrag ist Teil einer Serie über die Cloud.', 'part-of-series', null],
    ['Cet article fait partie d’une série sur le cloud.', 'part-of-series', null],
    ['Este artículo forma parte de una serie sobre datos.', 'part-of-series', null],
    ['Dit artikel maakt deel uit van een serie over data.', 'part-of-series', null],
    ["Mae'r erthygl hon yn rhan o gyfres am y cwmwl.", 'part-of-series', null],
    ['Ho deciso di dividere il post in una serie di puntate.', 'part-of-series', null],
    ['This is the second post about the Cloud World Forum in London.', 'nth-in-series', 2],
    ['This blog post is the third in a series about our discovery work.', 'nth-in-series', 3],
    ['This is the first in a series of blog posts about the new platform.', 'nth-in-series', 1],
    ['Welcome to part two of our series on user research.', 'nth-in-series', 2],
    ['This is the final part of our series on data maturity.', 'part-of-series', null],
    ['In my previous post in this series, Rob explained the plan.', 'earlier-part', null],
    ['In the first post in this series we looked at discovery.', 'earlier-part', null],
    ['Dies ist der zweite Teil unserer Artikelserie über Daten.', 'nth-in-series', 2],
    ['Voici la troisième partie de notre série sur le cloud.', 'nth-in-series', 3],
    ['Cet article est le deuxième d’une série sur les données.', 'nth-in-series', 2],
    ['Este es el segundo artículo de la serie sobre datos.', 'nth-in-series', 2],
    ['Questa è la seconda parte della serie.', 'nth-in-series', 2],
    ['Este é o terceiro artigo da série sobre dados.', 'nth-in-series', 3],
    ['Dit is het tweede deel van de reeks over data.', 'nth-in-series', 2],
    ['Dyma’r ail flog mewn cyfres am ein gwaith digidol.', 'nth-in-series', 2],
    ["Dyma'r drydedd ran o'r gyfres.", 'nth-in-series', 3],
    ['Part 2 of my series on accessibility.', 'nth-in-series', 2],
    ['This is the third in a series about discovery.', 'nth-in-series', 3],
    ['This is the second in our series on data.', 'nth-in-series', 2],
    ['We moved.\n(Part 3 of 5 in a series about data)', 'nth-in-series', 3],
    ['The first part of this series covered discovery.', 'earlier-part', null],
  ])('%s', (text, id, part) => {
    expect(findPhrases(text)).toContainEqual(expect.objectContaining({ id, part }));
  });

  test.each([
    'This is part of our commitment to open data.',
    'In part because of the budget, we waited.',
    'You can read part of the report online.',
    'We published the series of maps last year.',
    'Previously unreleased data shows a rise.',
    'The next step in the process is a review.',
    'A series of workshops ran in March.',
    'Er ist Teil des Teams.',
    'This will be a series-defining moment for the league.',
    'See also partner organisations.',
    'We said so.\nPreviously unreleased data shows a rise.',
    'This is the first post about my new job.',
    'This is my second post about Rust.',
    'This is the second time in a series of meetings that we disagreed.',
    'This is the final episode of the series, and the best.',
    'This is the second season of the series.',
    'Dies ist der zweite Versuch unserer Stadt.',
    'Este es el segundo año de la encuesta.',
    'Welcome to part of the world we call home.',
    'Part 2 of the report covers costs.',
    'This is the second in a series of strikes planned by the unions.',
    'The last episode of the series was great.',
  ])('not a series: %s', (text) => {
    expect(findPhrases(text)).toEqual([]);
  });
});

test('"This is Part 1 of the series" gives the part', () => {
  expect(findPhrases('This is Part 1 of the in-progress article series.')).toContainEqual(
    expect.objectContaining({ id: 'nth-in-series', part: 1 }),
  );
});

test('the sentence says how many parts there are, when it does', () => {
  const total = (text: string) => findPhrases(text).find((p) => p.id === 'nth-in-series')?.total;
  // WordPress' Organize Series and WP Post Series plugins write these.
  expect(total('This entry is part 2 of 5 in the series Journey to the Cloud.')).toBe(5);
  expect(total('This is post 2 of 5 in the series “Getting started with Azure”.')).toBe(5);
  expect(total('This is part 3 of a 5-part series on accessibility.')).toBe(5);
  expect(total('This is the first of a three-part series.')).toBe(3);
  expect(total('This is part 3 of our series. We wrote 5-part plans.')).toBeNull();
});
