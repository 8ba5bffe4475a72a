import { describe, expect, test } from 'vitest';
import { countWords, minutesFor, timeLeft } from '../../src/core/progress/reading-time';
import { listSeries } from '../../src/db/queries';
import { recordPart } from '../../src/db/repository';
import { freshDb, report } from './fixtures';

describe('reading time', () => {
  test('counts words, not punctuation; Han and kana by character', () => {
    expect(countWords('Journey to the Cloud - 3: what we moved (and why).')).toBe(10);
    expect(countWords('クラウドへの旅')).toBe(7);
    expect(countWords('')).toBe(0);
  });

  test('minutes at 230 words a minute, at least one', () => {
    expect(minutesFor(1610)).toBe(7);
    expect(minutesFor(20)).toBe(1);
  });

  test('what is left: the rest of a part begun, whole unread parts, unknown lengths estimated', () => {
    const parts = [
      { state: 'read' as const, furthest: 1, words: 2300 },
      { state: 'reading' as const, furthest: 0.5, words: 2300 },
      { state: 'unvisited' as const, furthest: 0 },
    ];
    expect(timeLeft(parts)).toEqual({ parts: 2, minutes: 15, estimated: true });
    expect(timeLeft(parts.slice(0, 2))).toEqual({ parts: 1, minutes: 5, estimated: false });
    expect(timeLeft([{ state: 'unvisited', furthest: 0 }])).toEqual({
      parts: 1,
      minutes: null,
      estimated: false,
    });
  });

  test('a part keeps the length its visit counted, through later reports', async () => {
    const db = freshDb();
    await recordPart(db, { ...report(1, 'reading'), words: 1610 }, 1000);
    await recordPart(db, { ...report(1, 'read'), progress: { furthest: 1, last: 1 } }, 2000);
    const [summary] = await listSeries(db);
    expect(summary?.parts[0]).toMatchObject({ state: 'read', words: 1610 });
  });
});
