import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergePart, type PartProgress } from '../../src/core/progress/merge';

const base: PartProgress = {
  number: 2,
  userNumber: null,
  title: 'Journey to the Cloud - 2',
  urls: ['https://khub.net/a'],
  platforms: ['khub'],
  state: 'reading',
  furthest: 0.5,
  lastPosition: 0.5,
  publishedAt: 100,
  firstSeenAt: 1000,
  updatedAt: 2000,
  readAt: null,
};

describe('one set of rules for two records of a part', () => {
  test.each<[string, Partial<PartProgress>, Partial<PartProgress>, Partial<PartProgress>]>([
    [
      'state moves forward',
      { state: 'reading' },
      { state: 'read', readAt: 5 },
      { state: 'read', readAt: 5 },
    ],
    [
      'never back',
      { state: 'read', readAt: 5 },
      { state: 'unvisited' },
      { state: 'read', readAt: 5 },
    ],
    [
      'first read is the earliest',
      { state: 'read', readAt: 9 },
      { state: 'read', readAt: 5 },
      { readAt: 5 },
    ],
    ['furthest is the maximum', { furthest: 0.4 }, { furthest: 0.8 }, { furthest: 0.8 }],
    [
      'the position goes with the furthest',
      { furthest: 0.9, lastPosition: 0.9, updatedAt: 1 },
      { furthest: 0.5, lastPosition: 0.2, updatedAt: 9 },
      { lastPosition: 0.9 },
    ],
    [
      'on a tie, the latest position',
      { lastPosition: 0.3, updatedAt: 1 },
      { lastPosition: 0.1, updatedAt: 9 },
      { lastPosition: 0.1, updatedAt: 9 },
    ],
    ['addresses are a union', { urls: ['a'] }, { urls: ['b', 'a'] }, { urls: ['a', 'b'] }],
    [
      'platforms are a union',
      { platforms: ['khub'] },
      { platforms: ['linkedin'] },
      { platforms: ['khub', 'linkedin'] },
    ],
    ['the reader’s number stands', { userNumber: 7 }, { userNumber: 3 }, { userNumber: 7 }],
    ['a missing number is filled', { number: null }, { number: 4 }, { number: 4 }],
    ['a missing title is filled', { title: null }, { title: 'T' }, { title: 'T' }],
    ['first seen is the earliest', { firstSeenAt: 50 }, { firstSeenAt: 20 }, { firstSeenAt: 20 }],
    ['updated is the latest', { updatedAt: 50 }, { updatedAt: 90 }, { updatedAt: 90 }],
    ['published is kept', { publishedAt: null }, { publishedAt: 7 }, { publishedAt: 7 }],
  ])('%s', (_, a, b, expected) => {
    expect(mergePart({ ...base, ...a }, { ...base, ...b })).toMatchObject(expected);
  });

  test('the order never matters for what the reader sees of progress', () => {
    const record = fc.record({
      state: fc.constantFrom('unvisited', 'reading', 'read' as const),
      furthest: fc.double({ min: 0, max: 1, noNaN: true }),
      lastPosition: fc.double({ min: 0, max: 1, noNaN: true }),
      updatedAt: fc.integer({ min: 0, max: 10 }),
      readAt: fc.option(fc.integer({ min: 0, max: 10 })),
    });
    fc.assert(
      fc.property(record, record, (a, b) => {
        const left = mergePart({ ...base, ...a }, { ...base, ...b });
        const right = mergePart({ ...base, ...b }, { ...base, ...a });
        const progress = (p: PartProgress) => [
          p.state,
          p.furthest,
          p.lastPosition,
          p.updatedAt,
          p.readAt,
        ];
        expect(progress(left)).toEqual(progress(right));
      }),
    );
  });
});
