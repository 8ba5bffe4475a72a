import { createFollow, type Fetched } from '../../background/follow/service';
import { setFollow } from '../../src/db/follows';
import { recordPart } from '../../src/db/repository';
import { LibraryDb } from '../../src/db/schema';
import { parseFollowHere } from '../../src/platform/parse-follow';

/**
 * One alarm's check of `series` followed series spread over `sites` WordPress sites, each
 * site's feed answering at once with its latest 20 posts (the next part of every series on
 * it among them), on real IndexedDB and the browser's own XML parser.
 */
async function followBench(series: number, sites: number) {
  const db = new LibraryDb(`follow-bench-${Math.random()}`);
  const siteOf = (i: number) => `https://blog${i % sites}.example.org`;
  for (let i = 0; i < series; i++) {
    for (const n of [1, 2]) {
      await recordPart(
        db,
        {
          url: `${siteOf(i)}/series-${i}-part-${n}/`,
          title: `Series number${i} - Part ${n}`,
          state: 'read',
          detection: {
            seriesTitle: `Series number${i}`,
            seriesKey: `series number${i}|author`,
            part: n,
            total: null,
            author: 'Author',
            platform: 'wordpress',
            siblings: [],
            confidence: 0.9,
            evidence: [],
          },
        },
        1,
      );
    }
  }
  for (const s of await db.series.toArray()) await setFollow(db, s.id, true, 1);
  const requests = new Map<string, number>();
  const feedFor = (origin: string) => {
    const items = [];
    for (let i = 0; i < series; i++) {
      if (siteOf(i) === origin) {
        items.push(
          `<item><title>Series number${i} - Part 3</title><link>${origin}/series-${i}-part-3/</link></item>`,
        );
      }
    }
    while (items.length < 20)
      items.push(
        `<item><title>Unrelated post ${items.length}</title><link>${origin}/p${items.length}/</link></item>`,
      );
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>${items.join('')}</channel></rss>`;
  };
  const follow = createFollow(db, {
    now: () => 10,
    everyMs: async () => 6 * 3_600_000,
    enabled: async () => true,
    mayAccess: async () => true,
    fetchSource: async (url): Promise<Fetched> => {
      const origin = new URL(url).origin;
      requests.set(origin, (requests.get(origin) ?? 0) + 1);
      return {
        kind: 'ok',
        type: 'feed',
        url,
        etag: null,
        lastModified: null,
        text: feedFor(origin),
      };
    },
    parse: async (text, url, type) => parseFollowHere(text, url, type),
    announce: async () => undefined,
  });
  const start = performance.now();
  const summary = await follow.run();
  const ms = performance.now() - start;
  await db.delete();
  return { ms, ...summary, sitesAsked: requests.size, maxPerSite: Math.max(...requests.values()) };
}

Object.assign(globalThis, { InstalmentsFollowBench: followBench });
