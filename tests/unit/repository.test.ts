import { describe, expect, test } from 'vitest';
import { listSeries, progressForUrl } from '../../src/db/queries';
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

  test('a sibling link never gives a part known by number alone an address on another site', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'read', { platform: 'linkedin' }, `${LINKEDIN}-1-x`), 1000);
    await recordPart(
      db,
      report(2, 'reading', { siblings: [{ url: `${KHUB}-1`, title: null, part: 1 }] }),
      2000,
    );
    const [summary] = await listSeries(db);
    expect(summary?.parts[0]?.urls).toEqual([`${LINKEDIN}-1-x`]);
    expect(summary?.known).toBe(2);
    // Opening the Knowledge Hub copy itself is what joins it to part 1.
    await recordPart(db, report(1, 'reading'), 3000);
    const [after] = await listSeries(db);
    expect(after?.parts[0]?.urls).toEqual([`${LINKEDIN}-1-x`, `${KHUB}-1`]);
    expect(after?.parts[0]?.state).toBe('read');
  });

  test("a page claiming a part of someone else's series adds only its own address", async () => {
    const db = freshDb();
    const siblings = [1, 2, 3, 4].map((n) => ({
      url: `${KHUB}-${n}`,
      title: `Journey to the Cloud - ${n}`,
      part: n,
    }));
    await recordPart(db, report(2, 'reading', { siblings }), 1000);
    const before = (await listSeries(db))[0]?.parts.map((p) => [p.number, p.urls, p.state]);
    // A public article under the same name and title, planting links to the reader's
    // machine and to the Knowledge Hub's sign-out address.
    const planted = [
      { url: 'http://127.0.0.1:9/internal/payroll', title: 'Journey to the Cloud - 3', part: 3 },
      { url: 'https://khub.net/c/portal/logout', title: 'Journey to the Cloud - 4', part: 4 },
      { url: `${LINKEDIN}-5-evil`, title: 'Journey to the Cloud - 5', part: 5 },
      { url: `${LINKEDIN}-1-evil`, title: 'Journey to the Cloud - 1', part: 1 },
    ];
    await recordPart(
      db,
      report(2, 'read', { platform: 'linkedin', siblings: planted }, `${LINKEDIN}-2-evil`),
      2000,
    );
    const [summary] = await listSeries(db);
    const others = summary?.parts.filter((p) => p.number !== 2 && p.number !== 5);
    expect(others?.map((p) => [p.number, p.urls, p.state])).toEqual(
      before?.filter(([n]) => n !== 2),
    );
    // Its own site's links make not-yet-visited parts of their own, never addresses of ours.
    expect(summary?.parts.find((p) => p.number === 5)?.urls).toEqual([`${LINKEDIN}-5-evil`]);
    expect(summary?.parts.flatMap((p) => p.urls)).not.toContain(
      'http://127.0.0.1:9/internal/payroll',
    );
    expect(summary?.parts.flatMap((p) => p.urls)).not.toContain('https://khub.net/c/portal/logout');
    // Nor from the same site: a number in a link's text adds no address to a known part.
    const sameSite = [{ url: 'https://khub.net/c/portal/logout', title: 'Part 4', part: 4 }];
    await recordPart(
      db,
      report(2, 'read', { siblings: sameSite }, 'https://khub.net/web/other/-/blogs/jttc-2'),
      3000,
    );
    const [last] = await listSeries(db);
    expect(last?.parts.find((p) => p.number === 4)?.urls).toEqual([`${KHUB}-4`]);
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

describe('a series that says how long it is', () => {
  test('"Part 1 of 3" with one sibling found counts three parts, in the popup and on the badge', async () => {
    const db = freshDb();
    await recordPart(
      db,
      report(1, 'read', {
        total: 3,
        siblings: [{ url: `${KHUB}-2`, title: null, part: 2 }],
      }),
      1000,
    );
    const [summary] = await listSeries(db);
    expect(summary).toMatchObject({ read: 1, known: 3 });
    expect(await progressForUrl(db, `${KHUB}-1`)).toEqual({ read: 1, known: 3 });
    // A later part that says less does not shrink it.
    await recordPart(db, report(2, 'reading', { total: 2 }), 2000);
    expect((await listSeries(db))[0]).toMatchObject({ known: 3 });
  });
});
