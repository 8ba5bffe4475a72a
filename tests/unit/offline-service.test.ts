import { describe, expect, test, vi } from 'vitest';
import { createOffline, type OfflineEffects } from '../../background/offline/service';
import type { CapturedPart } from '../../src/core/offline/captured';
import type { Fetched } from '../../background/offline/fetch-part';
import { readLibrary, readSavedPart } from '../../src/db/queries';
import { cancelJob } from '../../src/db/offline-store';
import { recordPart } from '../../src/db/repository';
import type { LibraryDb } from '../../src/db/schema';
import { freshDb, KHUB, LINKEDIN, report } from './fixtures';

const siblings = [1, 2, 3, 4, 5].map((n) => ({
  url: `${KHUB}-${n}`,
  title: `Journey to the Cloud - ${n}`,
  part: n,
}));

const png = { type: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) };

function article(text: string): CapturedPart {
  return {
    title: text,
    byline: 'Sam Okafor',
    html: `<p>${text}</p><p><img alt="diagram" data-instalments-image="0"></p>`,
    images: [png],
    dropped: [],
  };
}

/** A library that knows all five parts, having read part 1. */
async function library(): Promise<LibraryDb> {
  const db = freshDb();
  await recordPart(db, report(1, 'read', { siblings }), 1000);
  return db;
}

function effects(overrides: Partial<OfflineEffects> = {}): OfflineEffects {
  return {
    limits: async () => ({ maxImageBytes: 1_000_000, maxPartBytes: 5_000_000 }),
    findTab: async () => null,
    captureTab: vi.fn(async () => article('from the tab')),
    fetchPart: vi.fn(async (url: string): Promise<Fetched> => {
      if (url === `${KHUB}-4`) return { kind: 'login' };
      return { kind: 'captured', part: article(`fetched ${url}`), url };
    }),
    busy: vi.fn(async () => undefined),
    ...overrides,
  };
}

const seriesIdOf = async (db: LibraryDb) => (await db.series.toCollection().first())!.id;
const partIdOf = async (db: LibraryDb, n: number) =>
  (await db.parts.where('urls').equals(`${KHUB}-${n}`).first())!.id;

describe('saving parts for offline reading', () => {
  test('Save all stores every part it can and names the one that needs a login', async () => {
    const db = await library();
    const offline = createOffline(db, () => 5000, effects());
    await offline.saveSeries(await seriesIdOf(db));
    await offline.resume();
    const { jobs, series } = await readLibrary(db);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'done' });
    expect(jobs[0]?.done).toHaveLength(4);
    expect(jobs[0]?.failed).toEqual([
      {
        partId: await partIdOf(db, 4),
        label: 'Journey to the Cloud - 4',
        reason: 'needs you signed in: open this part once to save it',
        needsVisit: true,
      },
    ]);
    const saved = series[0]!.parts.filter((p) => p.offline).map((p) => p.number);
    expect(saved).toEqual([1, 2, 3, 5]);
    const copy = await readSavedPart(db, await partIdOf(db, 2));
    expect(copy?.copy.html).toContain(`fetched ${KHUB}-2`);
    expect(copy?.copy.images[0]?.size).toBe(png.bytes.length);
    expect(copy).toMatchObject({ position: 2, known: 5 });
    expect(copy?.previous?.number).toBe(1);
    expect(copy?.next?.number).toBe(3);
  });

  test('a worker stopped mid-job leaves it to the next worker, which finishes it', async () => {
    const db = await library();
    // The first worker dies while part 3 is being fetched: its promise never settles.
    const first = createOffline(
      db,
      () => 5000,
      effects({
        fetchPart: vi.fn(async (url: string): Promise<Fetched> => {
          if (url.endsWith('-3')) return new Promise(() => undefined);
          return { kind: 'captured', part: article(url), url };
        }),
      }),
    );
    await first.saveSeries(await seriesIdOf(db));
    await vi.waitFor(async () => expect((await db.jobs.toArray())[0]?.done).toHaveLength(2));
    const second = createOffline(db, () => 6000, effects());
    await second.resume();
    const [job] = await db.jobs.toArray();
    expect(job?.status).toBe('done');
    expect(job?.done).toHaveLength(4);
    expect(job?.failed.map((f) => f.label)).toEqual(['Journey to the Cloud - 4']);
  });

  test('Cancel stops the job, and the part in flight is not stored', async () => {
    const db = await library();
    let release = () => undefined as void;
    const offline = createOffline(
      db,
      () => 5000,
      effects({
        fetchPart: vi.fn(async (url: string): Promise<Fetched> => {
          if (url.endsWith('-2')) await new Promise<void>((resolve) => (release = resolve));
          return { kind: 'captured', part: article(url), url };
        }),
      }),
    );
    const jobId = await offline.saveSeries(await seriesIdOf(db));
    await vi.waitFor(async () => expect((await db.jobs.get(jobId))?.done).toHaveLength(1));
    await cancelJob(db, jobId, 5100);
    release();
    await offline.resume();
    const job = await db.jobs.get(jobId);
    expect(job).toMatchObject({ status: 'cancelled', failed: [] });
    expect(job?.done).toHaveLength(1);
    expect(await db.offline.count()).toBe(1);
  });

  test('a part open in a tab is saved from the tab, not fetched', async () => {
    const db = await library();
    const fx = effects({ findTab: async () => ({ tabId: 42, url: `${KHUB}-1` }) });
    const offline = createOffline(db, () => 5000, fx);
    await offline.save(await partIdOf(db, 1));
    expect(fx.captureTab).toHaveBeenCalledWith(42, expect.anything());
    expect(fx.fetchPart).not.toHaveBeenCalled();
    expect((await db.offline.get(await partIdOf(db, 1)))?.html).toContain('from the tab');
  });

  test('a login wall on one platform does not hide the cross-post on another', async () => {
    const db = await library();
    await recordPart(db, report(4, 'reading', {}, `${LINKEDIN}-4`), 2000);
    const offline = createOffline(db, () => 5000, effects());
    const part4 = await db.parts.where('urls').equals(`${LINKEDIN}-4`).first();
    expect(part4?.urls).toEqual([`${KHUB}-4`, `${LINKEDIN}-4`]);
    await offline.save(part4!.id);
    expect((await db.offline.get(part4!.id))?.sourceUrl).toBe(`${LINKEDIN}-4`);
  });

  test('a part that needs a login says so, and saving it later clears the notice', async () => {
    const db = await library();
    const offline = createOffline(db, () => 5000, effects());
    const part4 = await partIdOf(db, 4);
    await expect(offline.save(part4)).rejects.toThrow(
      '“Journey to the Cloud - 4” needs you signed in: open this part once to save it.',
    );
    expect((await db.jobs.toArray())[0]?.failed).toHaveLength(1);
    // The reader signs in and opens it: saved from the tab, and the notice becomes a success.
    const fromTab = createOffline(
      db,
      () => 6000,
      effects({ findTab: async () => ({ tabId: 7, url: `${KHUB}-4` }) }),
    );
    await fromTab.save(part4);
    const [job] = await db.jobs.toArray();
    expect(job).toMatchObject({ failed: [], done: [part4], status: 'done' });
  });

  test('a full disk writes nothing, keeps the reading progress and says why', async () => {
    const db = await library();
    const part1 = await partIdOf(db, 1);
    const before = await db.parts.get(part1);
    db.offline.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const offline = createOffline(
      db,
      () => 5000,
      effects({ findTab: async () => ({ tabId: 3, url: `${KHUB}-1` }) }),
    );
    await expect(offline.save(part1)).rejects.toThrow(
      /^There is no room to store this copy \(\d+ B\)\. Delete some offline copies and try again\.$/,
    );
    expect(await db.offline.count()).toBe(0);
    const after = await db.parts.get(part1);
    expect(after).toEqual(before);
    expect(after?.offline).toBeUndefined();
    expect((await db.jobs.toArray())[0]?.failed[0]?.reason).toMatch(/^There is no room/);
  });

  test('deleting copies: one part, a series, everything', async () => {
    const db = await library();
    const offline = createOffline(db, () => 5000, effects());
    await offline.saveSeries(await seriesIdOf(db));
    await offline.resume();
    const { deleteCopies } = await import('../../src/db/offline-store');
    await deleteCopies(db, { scope: 'part', partId: await partIdOf(db, 2) });
    expect(await db.offline.count()).toBe(3);
    expect((await db.parts.get(await partIdOf(db, 2)))?.offline).toBeNull();
    await deleteCopies(db, { scope: 'series', seriesId: await seriesIdOf(db) });
    expect(await db.offline.count()).toBe(0);
    await offline.save(await partIdOf(db, 3));
    await deleteCopies(db, { scope: 'all' });
    expect(await db.offline.count()).toBe(0);
    expect((await db.parts.toArray()).filter((p) => p.offline)).toEqual([]);
  });
});

describe('Save all requests only the sites the series was read on', () => {
  test("a part whose only addresses are on the reader's machine or another site is not fetched", async () => {
    const db = await library();
    const seriesId = await seriesIdOf(db);
    // As a hostile page or file could have left them: rows the repository would not write now.
    await db.parts.bulkAdd([
      {
        ...(await db.parts.get(await partIdOf(db, 5)))!,
        id: 'p-loop',
        number: 6,
        urls: ['http://127.0.0.1:9/internal/payroll'],
      },
      {
        ...(await db.parts.get(await partIdOf(db, 5)))!,
        id: 'p-away',
        number: 7,
        urls: ['https://elsewhere.example.org/jttc-7'],
      },
    ]);
    const fx = effects();
    const offline = createOffline(db, () => 5000, fx);
    await offline.saveSeries(seriesId);
    await offline.resume();
    const requested = vi.mocked(fx.fetchPart).mock.calls.map(([url]) => url);
    expect(requested).not.toContain('http://127.0.0.1:9/internal/payroll');
    expect(requested).not.toContain('https://elsewhere.example.org/jttc-7');
    expect(requested.every((url) => url.startsWith(KHUB))).toBe(true);
    const { jobs } = await readLibrary(db);
    expect(jobs[0]?.failed.map((f) => f.reason)).toContain(
      'not fetched: the series was never read on 127.0.0.1, or it is not a public web address',
    );
  });
});
