import { t } from '../../src/core/i18n';
import { isPublicWebAddress, siteOf } from '../../src/core/identity/address';
import { canonicalUrl } from '../../src/core/identity/canonical-url';
import type { CapturedPart } from '../../src/core/offline/captured';
import { formatBytes, type CopyLimits } from '../../src/core/offline/images';
import { toCopyRow } from '../../src/db/copy-row';
import { recordFailure, saveCopy, startSeriesJob } from '../../src/db/offline-store';
import { partLabel, type LibraryDb, type PartRow } from '../../src/db/schema';
import type { Fetched } from './fetch-part';

/** What saving needs from the browser, injected so it runs in tests without one. */
export interface OfflineEffects {
  limits(): Promise<CopyLimits>;
  /** An open tab showing one of these URLs, if any, and which URL it shows. */
  findTab(urls: readonly string[]): Promise<{ tabId: number; url: string } | null>;
  captureTab(tabId: number, limits: CopyLimits): Promise<CapturedPart | null>;
  fetchPart(url: string, limits: CopyLimits): Promise<Fetched>;
  /**
   * Saving started (true) or everything is saved (false): while busy, something wakes a
   * stopped worker (an alarm); once idle, what saving used (the parser document) is released.
   */
  busy(on: boolean): Promise<void>;
}

/** Why a save failed, in words a reader can act on. */
export function describeFailure(error: unknown, bytes: number): string {
  const name = (error as { name?: unknown; inner?: { name?: unknown } } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return t('saveNoRoom', formatBytes(bytes));
  }
  return error instanceof Error ? error.message : String(error);
}

type Outcome = { saved: true } | { saved: false; reason: string; needsVisit: boolean };

export function createOffline(db: LibraryDb, now: () => number, effects: OfflineEffects) {
  async function store(
    part: PartRow,
    captured: CapturedPart,
    sourceUrl: string,
    jobId?: string,
  ): Promise<Outcome> {
    const copy = toCopyRow(part.id, captured, sourceUrl, now());
    try {
      if (await saveCopy(db, copy, jobId)) return { saved: true };
      return { saved: false, reason: 'cancelled', needsVisit: false };
    } catch (error) {
      return { saved: false, reason: describeFailure(error, copy.bytes), needsVisit: false };
    }
  }

  async function fromTab(part: PartRow, tabId: number, url: string, jobId?: string) {
    const captured = await effects.captureTab(tabId, await effects.limits());
    if (!captured) return { saved: false, reason: t('saveNoArticle'), needsVisit: false } as const;
    return store(part, captured, url, jobId);
  }

  /**
   * The sites the reader has read this series on: the only ones "Save all" requests, since a
   * page can name any address as a "part" of a series.
   */
  async function readSites(seriesId: string): Promise<Set<string>> {
    const parts = await db.parts.where('seriesId').equals(seriesId).toArray();
    return new Set(
      parts
        .filter((p) => p.state !== 'unvisited')
        .flatMap((p) => p.urls.map(siteOf))
        .filter((site): site is string => site !== null),
    );
  }

  /** From a tab showing the part if there is one, else fetched: each URL until one works. */
  async function savePart(part: PartRow, jobId?: string): Promise<Outcome> {
    try {
      const tab = await effects.findTab(part.urls);
      if (tab) return await fromTab(part, tab.tabId, tab.url, jobId);
      const limits = await effects.limits();
      const sites = await readSites(part.seriesId);
      let login = false;
      let reason = t('saveNoAddress');
      for (const url of part.urls) {
        if (!isPublicWebAddress(url) || !sites.has(siteOf(url) ?? '')) {
          reason = t('fetchRefused', siteOf(url) ?? url);
          continue;
        }
        const fetched = await effects.fetchPart(url, limits);
        if (fetched.kind === 'captured') return await store(part, fetched.part, url, jobId);
        // A login wall on one platform does not hide the cross-post on another: try them all.
        if (fetched.kind === 'login') login = true;
        else reason = fetched.reason;
      }
      return login
        ? { saved: false, reason: t('saveNeedsVisit'), needsVisit: true }
        : { saved: false, reason, needsVisit: false };
    } catch (error) {
      return { saved: false, reason: describeFailure(error, 0), needsVisit: false };
    }
  }

  /** A save the reader asked for that failed stays on record until they dismiss it. */
  async function fail(part: PartRow, outcome: Outcome) {
    if (outcome.saved) return;
    const { reason, needsVisit } = outcome;
    await recordFailure(db, { partId: part.id, label: partLabel(part), reason, needsVisit }, now());
  }

  let running: Promise<void> | null = null;

  async function work(): Promise<void> {
    let started = false;
    for (;;) {
      const job = await db.jobs.where('status').equals('running').first();
      if (!job) break;
      if (!started) {
        started = true;
        await effects.busy(true);
      }
      const settled = new Set([...job.done, ...job.failed.map((f) => f.partId)]);
      const partId = job.partIds.find((id) => !settled.has(id));
      if (!partId) {
        await db.jobs.update(job.id, { status: 'done', updatedAt: now() });
        continue;
      }
      const part = await db.parts.get(partId);
      const outcome: Outcome = part
        ? await savePart(part, job.id)
        : { saved: false, reason: t('saveGone'), needsVisit: false };
      // Cancelled while this part was in flight: it is neither saved nor a failure.
      if (outcome.saved || (await db.jobs.get(job.id))?.status !== 'running') continue;
      const failure = {
        partId,
        label: part ? partLabel(part) : t('saveSomePart'),
        reason: outcome.reason,
        needsVisit: outcome.needsVisit,
      };
      await recordFailure(db, failure, now(), job.id);
    }
    // Also when nothing was to do: an alarm left by a worker stopped mid-job ends here.
    await effects.busy(false);
  }

  return {
    /** Saves one part now; throws the reason it could not, which is also kept as a notice. */
    async save(partId: string): Promise<void> {
      const part = await db.parts.get(partId);
      if (!part) throw new Error(t('savePartGone'));
      const outcome = await savePart(part);
      if (!running) await effects.busy(false);
      if (outcome.saved) return;
      await fail(part, outcome);
      throw new Error(
        outcome.needsVisit ? t('saveNeedsVisitPart', partLabel(part)) : outcome.reason,
      );
    },

    /** Saves what a tab shows, as the part it is (context menu, shortcut, auto-save). */
    async saveTab(tabId: number, pageUrl: string): Promise<void> {
      const url = canonicalUrl(pageUrl);
      const part = url ? await db.parts.where('urls').equals(url).first() : undefined;
      if (!part || !url) throw new Error(t('saveNotAPart'));
      const outcome = await fromTab(part, tabId, url).catch((error: unknown): Outcome => ({
        saved: false,
        reason: describeFailure(error, 0),
        needsVisit: false,
      }));
      if (outcome.saved) return;
      await fail(part, outcome);
      throw new Error(outcome.reason);
    },

    async saveSeries(seriesId: string): Promise<string> {
      const jobId = await startSeriesJob(db, seriesId, now());
      void this.resume();
      return jobId;
    },

    /** Carries on every unfinished job; one runner per worker, however often it is called. */
    resume(): Promise<void> {
      running ??= work()
        .catch((error: unknown) => console.warn('Instalments: saving stopped:', error))
        .finally(() => {
          running = null;
        });
      return running;
    },
  };
}

export type Offline = ReturnType<typeof createOffline>;
