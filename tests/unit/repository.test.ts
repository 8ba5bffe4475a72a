import { describe, expect, test } from 'vitest';
import { listSeries } from '../../src/db/queries';
import { recordPart } from '../../src/db/repository';
import { freshDb, KHUB, LINKEDIN, report } from './fixtures';

describe('recordPart', () => {
  test('the first visit creates the series and the part, in reading state', async () => {
    const db = freshDb();
    await recordPart(db, report(1), 1000);
    const [summary] = await listSeries(db);
    expect(summary?.series).toMatchObject({ title: 'Journey to the Cloud', author: 'Sam Okafor' });
    expect(summary?.parts).toHaveLength(1);
    expect(summary?.parts[0]).toMatchObject({ number: 1, state: 'reading', urls: [`${KHUB}-1`] });
    expect(summary).toMatchObject({ read: 0, known: 1 });
  });

  test('is safe to run twice: the same report changes nothing more', async () => {
    const db = freshDb();
    const first = await recordPart(db, report(1, 'read'), 1000);
    const again = await recordPart(db, report(1, 'read'), 2000);
    expect(again).toEqual(first);
    expect(await db.parts.count()).toBe(1);
    expect((await db.parts.get(first?.partId ?? ''))?.readAt).toBe(1000);
  });

  test('a later "reading" report never makes a read part unread', async () => {
    const db = freshDb();
    const ref = await recordPart(db, report(1, 'read'), 1000);
    await recordPart(db, report(1, 'reading'), 2000);
    expect((await db.parts.get(ref?.partId ?? ''))?.state).toBe('read');
  });

  test('the same URL with a fragment or tracking parameters is the same part', async () => {
    const db = freshDb();
    await recordPart(db, report(1), 1000);
    await recordPart(db, report(1, 'read', {}, `${KHUB}-1/?utm_source=newsletter#comments`), 2000);
    expect(await db.parts.count()).toBe(1);
  });

  test('the LinkedIn copy of part 2 is the same part, known by two URLs; reading it counts', async () => {
    const db = freshDb();
    await recordPart(db, report(2), 1000);
    await recordPart(db, report(2, 'read', { platform: 'linkedin' }, `${LINKEDIN}-2-abc`), 2000);
    const [summary, ...others] = await listSeries(db);
    expect(others).toHaveLength(0);
    expect(summary?.series.platforms).toEqual(['khub', 'linkedin']);
    expect(summary?.parts).toHaveLength(1);
    expect(summary?.parts[0]?.urls).toEqual([`${KHUB}-2`, `${LINKEDIN}-2-abc`]);
    expect(summary?.read).toBe(1);
  });

  test('siblings become not-yet-visited parts, and a visit later fills them in', async () => {
    const db = freshDb();
    const siblings = [
      { url: `${KHUB}-1`, title: 'Journey to the Cloud - 1', part: 1 },
      { url: `${KHUB}-3`, title: 'Journey to the Cloud - 3', part: 3 },
    ];
    await recordPart(db, report(2, 'reading', { siblings }), 1000);
    let [summary] = await listSeries(db);
    expect(summary?.parts.map((p) => [p.number, p.state])).toEqual([
      [1, 'unvisited'],
      [2, 'reading'],
      [3, 'unvisited'],
    ]);
    await recordPart(db, report(3, 'read'), 2000);
    [summary] = await listSeries(db);
    expect(summary?.parts.map((p) => p.state)).toEqual(['unvisited', 'reading', 'read']);
    expect(summary).toMatchObject({ read: 1, known: 3 });
  });

  test('a sibling link to a cross-post of a known part adds the URL, not a part', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'read', { platform: 'linkedin' }, `${LINKEDIN}-1-x`), 1000);
    await recordPart(
      db,
      report(2, 'reading', { siblings: [{ url: `${KHUB}-1`, title: null, part: 1 }] }),
      2000,
    );
    const [summary] = await listSeries(db);
    expect(summary?.parts[0]?.urls).toEqual([`${LINKEDIN}-1-x`, `${KHUB}-1`]);
    expect(summary?.known).toBe(2);
  });

  test('series are listed by last activity, most recent first', async () => {
    const db = freshDb();
    await recordPart(db, report(1), 1000);
    await recordPart(
      db,
      report(
        1,
        'reading',
        { seriesKey: 'weeknotes', seriesTitle: 'Weeknotes' },
        'https://example.org/w-1',
      ),
      2000,
    );
    expect((await listSeries(db)).map((s) => s.series.title)).toEqual([
      'Weeknotes',
      'Journey to the Cloud',
    ]);
    await recordPart(db, report(2), 3000);
    expect((await listSeries(db)).map((s) => s.series.title)).toEqual([
      'Journey to the Cloud',
      'Weeknotes',
    ]);
  });

  test('rejects a URL that is not http(s) and writes nothing', async () => {
    const db = freshDb();
    await expect(
      recordPart(db, report(1, 'reading', {}, 'javascript:alert(1)'), 1000),
    ).rejects.toThrow(/http/);
    expect(await db.series.count()).toBe(0);
  });
});
