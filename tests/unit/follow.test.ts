// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GROUP_PATH, khubEntry } from '../../demo/khub';
import { demoPart } from '../../demo/posts';
import {
  createFollow,
  type Fetched,
  type FollowDeps,
  type Parsed,
} from '../../background/follow/service';
import { readFeed, refuseFeedText, MAX_FEED_ITEMS } from '../../src/core/follow/feed';
import { partsInFeed, type FollowedSeries } from '../../src/core/follow/match';
import { afterCheck, dueBySite, HOUR, type FollowRow } from '../../src/core/follow/schedule';
import { knownFeed } from '../../src/core/follow/sources';
import { newFollow, setFollow } from '../../src/db/follows';
import { newParts } from '../../src/db/queries';
import { recordPart } from '../../src/db/repository';
import { LibraryDb } from '../../src/db/schema';
import { parseFollowHere } from '../../src/platform/parse-follow';

const KHUB = 'https://khub.net/web/digital-leaders/-/blogs';
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

function rss(items: { title: string; link: string; date?: string }[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Blogs</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`,
    )
    .join('')}</channel></rss>`;
}

describe('reading a feed', () => {
  test('RSS and Atom items become plain links, titles and dates', () => {
    const items = readFeed(
      xml(
        rss([
          {
            title: 'Journey to the Cloud - 6',
            link: `${KHUB}/journey-6`,
            date: 'Fri, 04 Dec 2026 09:00:00 GMT',
          },
        ]),
      ),
      `${KHUB}/rss`,
    );
    expect(items).toEqual([
      {
        url: `${KHUB}/journey-6`,
        title: 'Journey to the Cloud - 6',
        publishedAt: Date.parse('2026-12-04T09:00:00Z'),
      },
    ]);
    const atom = readFeed(
      xml(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Weeknotes 14</title><link rel="alternate" href="/weeknotes-14"/><published>2026-12-01T10:00:00Z</published></entry></feed>',
      ),
      'https://notes.example.org/feed.xml',
    );
    expect(atom).toEqual([
      {
        url: 'https://notes.example.org/weeknotes-14',
        title: 'Weeknotes 14',
        publishedAt: Date.parse('2026-12-01T10:00:00Z'),
      },
    ]);
  });

  test('hostile feeds: script links dropped, items capped, not XML and entity bombs refused', () => {
    const items = readFeed(
      xml(
        rss([
          { title: 'Part 2', link: 'javascript:alert(1)' },
          { title: 'Part 3', link: 'data:text/html,x' },
        ]),
      ),
      `${KHUB}/rss`,
    );
    expect(items).toEqual([]);
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      title: `Post ${i}`,
      link: `${KHUB}/p-${i}`,
    }));
    expect(readFeed(xml(rss(many)), `${KHUB}/rss`)).toHaveLength(MAX_FEED_ITEMS);
    expect(readFeed(xml('<html><p>Sign in</html'), KHUB)).toBe('not-xml');
    expect(readFeed(xml('<html><body>ok</body></html>'), KHUB)).toBe('not-a-feed');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>`;
    expect(refuseFeedText(bomb)).toBe('entities');
    expect(parseFollowHere(bomb, `${KHUB}/rss`, 'feed')).toEqual({
      kind: 'refused',
      reason: 'entities',
    });
    expect(refuseFeedText('x'.repeat(50 * 1024 * 1024))).toBe('too-large');
  });
});

describe('matching feed items to a series', () => {
  const series: FollowedSeries = {
    title: 'Journey to the Cloud',
    key: 'journey to the cloud|sam okafor',
    aliases: [],
    partUrl: `${KHUB}/journey-to-the-cloud-2`,
    numbers: new Set([1, 2]),
    urls: new Set([`${KHUB}/journey-to-the-cloud-1`, `${KHUB}/journey-to-the-cloud-2`]),
  };

  test('a new part by the same title rules; other series, known parts and other sites are not', () => {
    const found = partsInFeed(series, [
      { url: `${KHUB}/journey-to-the-cloud-3`, title: 'Journey to the Cloud - 3', publishedAt: 1 },
      { url: `${KHUB}/journey-to-the-stars-3`, title: 'Journey to the Stars - 3', publishedAt: 1 },
      {
        url: `${KHUB}/running-consultations`,
        title: 'Running accessible online consultations',
        publishedAt: 1,
      },
      {
        url: `${KHUB}/journey-to-the-cloud-2-again`,
        title: 'Journey to the Cloud - 2',
        publishedAt: 1,
      },
      { url: 'https://evil.example/journey-4', title: 'Journey to the Cloud - 4', publishedAt: 1 },
      { url: 'http://127.0.0.1/journey-5', title: 'Journey to the Cloud - 5', publishedAt: 1 },
    ]);
    expect(found).toEqual([
      {
        url: `${KHUB}/journey-to-the-cloud-3`,
        number: 3,
        title: 'Journey to the Cloud - 3',
        publishedAt: 1,
      },
    ]);
  });

  test("each platform's own feed, on the part's own site", () => {
    expect(knownFeed(`${KHUB}/journey-to-the-cloud-2`, 'khub')).toBe(`${KHUB}/rss`);
    expect(knownFeed('https://dev.to/sam/part-2-abc', 'devto')).toBe('https://dev.to/feed/sam');
    expect(knownFeed('https://medium.com/@sam/part-2-abc', 'medium')).toBe(
      'https://medium.com/feed/@sam',
    );
    expect(knownFeed('https://sam.substack.com/p/part-2', 'substack')).toBe(
      'https://sam.substack.com/feed',
    );
    expect(knownFeed('https://www.linkedin.com/pulse/part-2', 'linkedin')).toBeNull();
  });
});

describe('when to check', () => {
  const row = (site: string, nextCheckAt: number, on = true): FollowRow => ({
    ...newFollow(`${site}-${nextCheckAt}`, site, 0),
    on,
    nextCheckAt,
  });

  test('due follows grouped by site, longest waiting first; unfollowed and future ones wait', () => {
    const groups = dueBySite(
      [row('a', 5), row('a', 1), row('b', 3), row('c', 99), row('d', 1, false)],
      10,
    );
    expect(groups.map((g) => g.map((r) => r.seriesId))).toEqual([['a-1', 'a-5'], ['b-3']]);
  });

  test('errors back off (doubling, Retry-After honoured); a year with nothing new stops', () => {
    const every = 6 * HOUR;
    const once = afterCheck(row('a', 0), { kind: 'error', reason: '503' }, 0, every);
    const twice = afterCheck(once, { kind: 'error', reason: '503' }, 0, every);
    expect([once.nextCheckAt, twice.nextCheckAt]).toEqual([6 * HOUR, 12 * HOUR]);
    expect(
      afterCheck(row('a', 0), { kind: 'error', reason: '429' }, 0, every, 48 * HOUR).nextCheckAt,
    ).toBe(48 * HOUR);
    const year = 366 * 24 * HOUR;
    expect(afterCheck(row('a', 0), { kind: 'nothing' }, year, every).outcome).toEqual({
      kind: 'stopped',
      reason: 'quiet',
    });
  });
});

describe('the follow service', () => {
  let db: LibraryDb;
  let now = 1_000;
  let fetched: string[] = [];
  let answer: (url: string) => Fetched;
  let announced: string[] = [];

  const deps = (over: Partial<FollowDeps> = {}): FollowDeps => ({
    now: () => now,
    everyMs: async () => 6 * HOUR,
    enabled: async () => true,
    mayAccess: async () => true,
    fetchSource: async (url) => {
      fetched.push(url);
      return answer(url);
    },
    parse: async (text, url, type): Promise<Parsed> => parseFollowHere(text, url, type),
    announce: async (parts, title) => {
      announced.push(...parts.map((p) => `${title}: ${p.title}`));
    },
    ...over,
  });

  async function read(n: number, title = 'Journey to the Cloud', slug = 'journey-to-the-cloud') {
    const ref = await recordPart(
      db,
      {
        url: `${KHUB}/${slug}-${n}`,
        title: `${title} - ${n}`,
        state: 'read',
        detection: {
          seriesTitle: title,
          seriesKey: `${title.toLowerCase()}|sam okafor`,
          part: n,
          total: null,
          author: 'Sam Okafor',
          platform: 'khub',
          siblings: [],
          confidence: 0.9,
          evidence: [],
        },
      },
      now,
    );
    await setFollow(db, ref!.seriesId, true, now);
    return ref!.seriesId;
  }

  const feedWith = (...n: number[]): Fetched => ({
    kind: 'ok',
    type: 'feed',
    url: `${KHUB}/rss`,
    etag: '"v1"',
    lastModified: null,
    text: rss([
      ...n.map((i) => ({
        title: `Journey to the Cloud - ${i}`,
        link: `${KHUB}/journey-to-the-cloud-${i}`,
      })),
      { title: 'Data Sharing in Practice - 3', link: `${KHUB}/data-sharing-3` },
    ]),
  });

  beforeEach(() => {
    db = new LibraryDb(`follow-${Math.random()}`);
    now = 1_000;
    fetched = [];
    announced = [];
    answer = () => feedWith(1, 2, 3);
  });
  afterEach(() => db.delete());

  test('a new part in the feed is recorded once, as New, and announced; a second run adds nothing', async () => {
    await read(1);
    const seriesId = await read(2);
    const follow = createFollow(db, deps());
    expect(await follow.run()).toEqual({ requests: 1, checked: 1, found: 1 });
    expect(fetched).toEqual([`${KHUB}/rss`]);
    const fresh = await newParts(db);
    expect(fresh.map((p) => [p.title, p.number, p.state, p.seriesId])).toEqual([
      ['Journey to the Cloud - 3', 3, 'unvisited', seriesId],
    ]);
    expect(announced).toEqual(['Journey to the Cloud: Journey to the Cloud - 3']);
    now += 7 * HOUR;
    await follow.run();
    expect(await db.parts.count()).toBe(3);
    expect(announced).toHaveLength(1);
    // The next request sends the validators the site gave.
    expect((await db.follows.get(seriesId))?.etag).toBe('"v1"');
  });

  test('a feed that changes its item addresses: known parts stay known, none is added twice', async () => {
    await read(1);
    await read(2);
    const follow = createFollow(db, deps());
    await follow.run();
    // The site moves its posts and adds tracking to every link: same parts, new addresses.
    answer = () => ({
      ...feedWith(),
      text: rss(
        [1, 2, 3].map((i) => ({
          title: `Journey to the Cloud - ${i}`,
          link: `${KHUB}/entries/journey-to-the-cloud-${i}?utm_source=rss`,
        })),
      ),
    });
    now += 7 * HOUR;
    expect(await follow.run()).toEqual({ requests: 1, checked: 1, found: 0 });
    const parts = (await db.parts.toArray()).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    expect(parts.map((p) => [p.number, p.state])).toEqual([
      [1, 'read'],
      [2, 'read'],
      [3, 'unvisited'],
    ]);
    expect(announced).toHaveLength(1);
  });

  test('several sites at once: one request each, and every new part counted', async () => {
    const other = 'https://blog.example.org';
    await read(1);
    await read(2);
    for (const n of [1, 2]) {
      await recordPart(
        db,
        {
          url: `${other}/notes-${n}/`,
          title: `Council Notes - Part ${n}`,
          state: 'read',
          detection: {
            seriesTitle: 'Council Notes',
            seriesKey: 'council notes|sam',
            part: n,
            total: null,
            author: 'Sam',
            platform: 'wordpress',
            siblings: [],
            confidence: 0.9,
            evidence: [],
          },
        },
        now,
      );
    }
    const notes = (await db.series.where('key').equals('council notes|sam').first())!;
    await setFollow(db, notes.id, true, now);
    answer = (url) =>
      url.startsWith(other)
        ? {
            kind: 'ok',
            type: 'feed',
            url,
            etag: null,
            lastModified: null,
            text: rss([{ title: 'Council Notes - Part 3', link: `${other}/notes-3/` }]),
          }
        : feedWith(1, 2, 3);
    expect(await createFollow(db, deps()).run()).toEqual({ requests: 2, checked: 2, found: 2 });
    expect(fetched.sort()).toEqual([`${other}/feed/`, `${KHUB}/rss`]);
  });

  test('several series on one site: one request checks them all', async () => {
    await read(1);
    await read(2);
    await read(1, 'Data Sharing in Practice', 'data-sharing');
    await read(2, 'Data Sharing in Practice', 'data-sharing');
    expect(await createFollow(db, deps()).run()).toEqual({ requests: 1, checked: 2, found: 2 });
  });

  test('a worker stopped after the request: the rerun records the part once', async () => {
    await read(1);
    await read(2);
    const stopped = createFollow(db, deps({ parse: () => new Promise<Parsed>(() => undefined) }));
    void stopped.run();
    await new Promise((r) => setTimeout(r, 50));
    await createFollow(db, deps()).run();
    await createFollow(db, deps()).run();
    expect((await newParts(db)).map((p) => p.number)).toEqual([3]);
  });

  test('503 with Retry-After waits that long; a missing feed falls back to the part page', async () => {
    const seriesId = (await read(1), await read(2));
    answer = () => ({
      kind: 'error',
      reason: 'khub.net answered 503',
      status: 503,
      retryAfterMs: 24 * HOUR,
    });
    await createFollow(db, deps()).run();
    const row = await db.follows.get(seriesId);
    expect(row?.outcome).toMatchObject({ kind: 'error', status: 503 });
    expect(row?.nextCheckAt).toBe(now + 24 * HOUR);
    now = row!.nextCheckAt;
    answer = () => ({ kind: 'error', reason: 'khub.net answered 404', status: 404, gone: true });
    await createFollow(db, deps()).run();
    expect((await db.follows.get(seriesId))?.source).toBe(`${KHUB}/journey-to-the-cloud-2`);
  });

  test("no feed: the latest part's page is read again, its new sibling kept and the feed it names learnt", async () => {
    const seriesId = (await read(1), await read(2));
    await db.follows.update(seriesId, { source: `${KHUB}/journey-to-the-cloud-2` });
    const published = (post: { slug: string }) => !/^journey-to-the-cloud-[45]$/.test(post.slug);
    const page = khubEntry(demoPart(2), published).replace(
      '</head>',
      `<link rel="alternate" type="application/rss+xml" href="${GROUP_PATH}/rss"></head>`,
    );
    answer = (url) => ({
      kind: 'ok',
      type: 'page',
      url,
      etag: null,
      lastModified: null,
      text: page,
    });
    await createFollow(db, deps()).run();
    expect(fetched).toEqual([`${KHUB}/journey-to-the-cloud-2`]);
    expect((await newParts(db)).map((p) => p.urls[0])).toEqual([`${KHUB}/journey-to-the-cloud-3`]);
    expect((await db.follows.get(seriesId))?.source).toBe(`${KHUB}/rss`);
  });

  test('without access to the site, the series stops being checked and says why', async () => {
    const seriesId = (await read(1), await read(2));
    await createFollow(db, deps({ mayAccess: async () => false })).run();
    expect(fetched).toEqual([]);
    expect((await db.follows.get(seriesId))?.outcome).toEqual({
      kind: 'stopped',
      reason: 'no-access',
    });
  });

  test('switched off (setting or policy): the alarm checks nothing; unfollowed series are skipped', async () => {
    const seriesId = (await read(1), await read(2));
    expect(await createFollow(db, deps({ enabled: async () => false })).run()).toMatchObject({
      requests: 0,
    });
    await setFollow(db, seriesId, false, now);
    expect(await createFollow(db, deps()).run()).toMatchObject({ requests: 0 });
    expect(fetched).toEqual([]);
  });
});
