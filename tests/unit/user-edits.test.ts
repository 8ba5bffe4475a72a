import { describe, expect, test } from 'vitest';
import { listSeries } from '../../src/db/queries';
import {
  markPart,
  markReadThrough,
  mergeSeries,
  moveParts,
  recordPart,
  removeParts,
  removeSeries,
  renameSeries,
  setBookmark,
  setNote,
  setPartNumber,
  splitSeries,
  untrackPage,
} from '../../src/db/repository';
import { partNumber, seriesTitle } from '../../src/db/schema';
import { freshDb, KHUB, report } from './fixtures';

const weeknotes = { seriesKey: 'weeknotes|sam okafor', seriesTitle: 'Weeknotes' };

describe('merge rule (d): unnumbered parts', () => {
  test('are ordered by publish date, then by when they were first seen, after numbered ones', async () => {
    const db = freshDb();
    const unnumbered = (url: string, publishedAt: number | null) => ({
      ...report(1, 'reading', { part: null }, url),
      publishedAt,
    });
    await recordPart(db, unnumbered('https://example.org/c', null), 1000);
    await recordPart(db, unnumbered('https://example.org/b', Date.UTC(2024, 2, 1)), 2000);
    await recordPart(db, unnumbered('https://example.org/a', Date.UTC(2024, 0, 1)), 3000);
    await recordPart(db, unnumbered('https://example.org/d', null), 4000);
    await recordPart(db, report(2), 5000);
    const [summary] = await listSeries(db);
    expect(summary?.parts.map((p) => p.urls[0])).toEqual([
      `${KHUB}-2`,
      'https://example.org/a',
      'https://example.org/b',
      'https://example.org/c',
      'https://example.org/d',
    ]);
  });
});

describe('merge rule (e): the user’s edits win over later detections', () => {
  test('a renamed series keeps its name when the next part is detected', async () => {
    const db = freshDb();
    const ref = await recordPart(db, report(1), 1000);
    await renameSeries(db, ref?.seriesId ?? '', 'Our cloud move', 1);
    await recordPart(db, report(2), 2000);
    const [summary] = await listSeries(db);
    expect(summary && seriesTitle(summary.series)).toBe('Our cloud move');
    expect(summary?.known).toBe(2);
  });

  test('a part number set by hand stands, and a detection of that number finds the part', async () => {
    const db = freshDb();
    const ref = await recordPart(db, report(1, 'reading', {}, 'https://example.org/intro'), 1000);
    await setPartNumber(db, ref?.partId ?? '', 5);
    await recordPart(db, report(1, 'read', {}, 'https://example.org/intro'), 2000);
    await recordPart(db, report(5, 'reading', {}, 'https://www.linkedin.com/pulse/part-5'), 3000);
    const [summary] = await listSeries(db);
    expect(summary?.parts).toHaveLength(1);
    expect(summary?.parts[0] && partNumber(summary.parts[0])).toBe(5);
    expect(summary?.parts[0]?.urls).toEqual([
      'https://example.org/intro',
      'https://www.linkedin.com/pulse/part-5',
    ]);
  });

  test('merged series stay merged: parts join, twins combine, and the old key lands in the target', async () => {
    const db = freshDb();
    const a = await recordPart(db, report(1, 'read'), 1000);
    const b = await recordPart(
      db,
      report(
        1,
        'reading',
        { ...weeknotes, platform: 'linkedin' },
        'https://www.linkedin.com/pulse/w-1',
      ),
      2000,
    );
    await recordPart(
      db,
      report(2, 'reading', weeknotes, 'https://www.linkedin.com/pulse/w-2'),
      2500,
    );
    await mergeSeries(db, a?.seriesId ?? '', b?.seriesId ?? '', 3000);
    await recordPart(
      db,
      report(3, 'reading', weeknotes, 'https://www.linkedin.com/pulse/w-3'),
      4000,
    );
    const all = await listSeries(db);
    expect(all).toHaveLength(1);
    expect(all[0]?.parts.map((p) => [partNumber(p), p.state, p.urls.length])).toEqual([
      [1, 'read', 2],
      [2, 'reading', 1],
      [3, 'reading', 1],
    ]);
    expect(all[0]?.series.platforms).toEqual(['khub', 'linkedin']);
  });

  test('a split-off part stays split when it is read again', async () => {
    const db = freshDb();
    await recordPart(db, report(1), 1000);
    const two = await recordPart(db, report(2), 2000);
    const newId = await splitSeries(db, two?.seriesId ?? '', [two?.partId ?? ''], 3000);
    await recordPart(db, report(2, 'read'), 4000);
    const all = await listSeries(db);
    expect(all.map((s) => [s.series.id === newId, s.known, s.read])).toEqual([
      [true, 1, 1],
      [false, 1, 0],
    ]);
  });

  test('an untracked page leaves the library and is not tracked again', async () => {
    const db = freshDb();
    await recordPart(db, report(1), 1000);
    await untrackPage(db, `${KHUB}-1#top`, 2000);
    expect(await listSeries(db)).toEqual([]);
    expect(await recordPart(db, report(1, 'read'), 3000)).toBeNull();
    expect(await db.parts.count()).toBe(0);
  });
});

describe('managing the library by hand', () => {
  const siblings = [3, 4, 5].map((n) => ({ url: `${KHUB}-${n}`, title: null, part: n }));

  async function journey() {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), 1000);
    await recordPart(db, report(2, 'reading', { siblings }), 2000);
    const [summary] = await listSeries(db);
    return { db, series: summary!.series, parts: summary!.parts };
  }

  test('a removed part goes with its note, bookmark and copy, and visiting it again does not bring it back', async () => {
    const { db, parts } = await journey();
    const part2 = parts[1]!;
    await setNote(db, 'part', part2.id, 'mine', 3000);
    await setBookmark(db, part2.id, true, 3000);
    await removeParts(db, [part2.id], 4000);
    expect(await db.notes.count()).toBe(0);
    expect(await db.bookmarks.count()).toBe(0);
    expect(await recordPart(db, report(2, 'read'), 5000)).toBeNull();
    const [summary] = await listSeries(db);
    expect(summary?.parts.map((p) => partNumber(p))).toEqual([1, 3, 4, 5]);
  });

  test('a removed series goes whole, its note too', async () => {
    const { db, series } = await journey();
    await setNote(db, 'series', series.id, 'ours', 3000);
    await removeSeries(db, series.id, 4000);
    expect(await listSeries(db)).toEqual([]);
    expect(await db.notes.count()).toBe(0);
    expect(await recordPart(db, report(1, 'read'), 5000)).toBeNull();
  });

  test('"read up to here" marks the part and every earlier one read, and nothing after', async () => {
    const { db, parts } = await journey();
    await markReadThrough(db, parts[3]!.id, 3000);
    const [summary] = await listSeries(db);
    expect(summary?.parts.map((p) => p.state)).toEqual([
      'read',
      'read',
      'read',
      'read',
      'unvisited',
    ]);
  });

  test('marked unread, a part is back to unread, not started', async () => {
    const { db, parts } = await journey();
    await markPart(db, parts[0]!.id, false, 3000);
    const [summary] = await listSeries(db);
    expect(summary?.parts[0]).toMatchObject({ state: 'unvisited', furthest: 0, readAt: null });
  });

  test('parts moved into another series join it; one of the same number absorbs its twin; an emptied series goes', async () => {
    const { db, series, parts } = await journey();
    const other = await recordPart(
      db,
      report(2, 'read', weeknotes, 'https://www.linkedin.com/pulse/w-2'),
      3000,
    );
    await setNote(db, 'part', other!.partId, 'theirs', 3000);
    const weeknotesId = other!.seriesId;
    // Part 2 of Weeknotes was really part 2 of the Journey, cross-posted under another title.
    await moveParts(db, [other!.partId], series.id, 4000);
    let all = await listSeries(db);
    expect(all).toHaveLength(1);
    expect(all[0]?.parts[1]).toMatchObject({ id: parts[1]!.id, state: 'read' });
    expect(all[0]?.parts[1]?.urls).toContain('https://www.linkedin.com/pulse/w-2');
    expect((await db.notes.get(`part:${parts[1]!.id}`))?.text).toBe('theirs');
    expect(await db.series.get(weeknotesId)).toBeUndefined();

    const split = await splitSeries(db, series.id, [parts[4]!.id], 5000);
    await moveParts(db, [parts[3]!.id], split, 6000);
    all = await listSeries(db);
    expect(all.map((s) => s.parts.map((p) => partNumber(p)))).toEqual(
      expect.arrayContaining([
        [1, 2, 3],
        [4, 5],
      ]),
    );
  });
});
