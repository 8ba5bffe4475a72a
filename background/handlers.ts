import { readerHref } from '../src/core/offline/reader-href';
import {
  markPart,
  markReadThrough,
  moveParts,
  removeParts,
  removeSeries,
  mergeSeries,
  recordPart,
  recordProgress,
  setNote,
  renameSeries,
  setBookmark,
  setPartNumber,
  splitSeries,
  untrackPage,
  wipeLibrary,
} from '../src/db/repository';
import { canonicalUrl } from '../src/core/identity/canonical-url';
import { decide, isTracked, pageTitle, trackedByUser } from '../src/core/detect';
import { durable, type LibraryDb } from '../src/db/schema';
import { importBackup } from '../src/db/backup-import';
import { cancelJob, deleteCopies, dismissJob } from '../src/db/offline-store';
import type { Handlers } from '../src/messaging/router';
import { followByDefault, setFollow } from '../src/db/follows';
import type { RunSummary } from './follow/service';
import type { Offline } from './offline/service';
import { createWipeGate, type EpochStore } from './wipe-gate';

/** What the handlers need from the browser, injected so they run in tests without one. */
export interface Effects {
  openTab(url: string): Promise<void>;
  /**
   * Remembers, across worker restarts, where the next load of `url` should scroll to: set
   * before the tab opens, taken once by its content script.
   */
  setResume(url: string, position: number): Promise<void>;
  takeResume(url: string): Promise<number | null>;
  /** Forgets what the browser keeps for Instalments beyond the library: settings, sites, badges. */
  forgetEverything(): Promise<void>;
  /** Whether the browser has a network: with none, a part saved offline opens its copy. */
  online(): boolean;
  /** Which library reports belong to; "Delete everything" moves it on. */
  epoch: EpochStore;
  offline: Offline;
  /**
   * Runs "Delete everything" (`work`) with sync held still: every computer wipes too
   * (`everywhere`), or this one stops syncing, so the others do not bring the library back.
   */
  wipe(everywhere: boolean, work: () => Promise<void>): Promise<void>;
  /** Checks followed series for new parts; `only` one series, now. */
  follow: { run(only?: string): Promise<RunSummary> };
}

const sameHost = (a: string, b: string) => {
  try {
    return new URL(a).hostname === new URL(b).hostname;
  } catch {
    return false;
  }
};

const done = async (work: Promise<unknown>): Promise<null> => {
  await work;
  return null;
};

export function createHandlers(db: LibraryDb, now: () => number, effects: Effects): Handlers {
  const gate = createWipeGate(effects.epoch);
  // Nothing re-sends an import or a wipe: they are on disk before the reader is told.
  let strict: LibraryDb | undefined;
  const onDisk = () => (strict ??= durable(db));
  return {
    // Pure: the answer goes back to the tab that asked, and nothing is kept.
    'page/detect': ({ facts, track }) => {
      const detection = track ? trackedByUser(facts) : decide(facts);
      return Promise.resolve(
        detection && isTracked(detection) ? { detection, title: pageTitle(facts) } : null,
      );
    },
    // A page may only describe itself: a report about another site's page is not recorded.
    'part/report': (report, sender) =>
      sender.url !== null && sameHost(report.url, sender.url)
        ? gate.admit(report.epoch, async () => {
            const ref = await recordPart(db, report, now());
            // A series with a second part is followed, unless the reader said otherwise.
            if (ref) await followByDefault(db, ref.seriesId, now());
            return ref;
          })
        : Promise.resolve(null),
    'follow/set': ({ seriesId, on }) => done(setFollow(db, seriesId, on, now())),
    'follow/check': ({ seriesId }) => effects.follow.run(seriesId),
    'series/rename': ({ seriesId, title }) => done(renameSeries(db, seriesId, title, now())),
    'part/set-number': ({ partId, number }) => done(setPartNumber(db, partId, number)),
    'series/merge': ({ targetId, sourceId }) => done(mergeSeries(db, targetId, sourceId, now())),
    'series/split': async ({ seriesId, partIds }) => ({
      seriesId: await splitSeries(db, seriesId, partIds, now()),
    }),
    'parts/move': ({ partIds, targetId }) => done(moveParts(db, partIds, targetId, now())),
    'parts/remove': ({ partIds }) => done(removeParts(db, partIds, now())),
    'series/remove': ({ seriesId }) => done(removeSeries(db, seriesId, now())),
    'part/mark-through': ({ partId }) => done(markReadThrough(db, partId, now())),
    'page/untrack': ({ url }) => done(untrackPage(db, url, now())),
    'part/open': async ({ partId }) => {
      const part = await db.parts.get(partId);
      const url = part?.urls[0];
      if (!part || !url) throw new Error('no such part');
      // Offline, Continue and every part link lead to the saved copy, which resumes there too.
      if (part.offline && !effects.online()) {
        await effects.openTab(readerHref(part.id));
        return null;
      }
      if (part.state === 'reading' && part.lastPosition > 0) {
        await effects.setResume(url, part.lastPosition);
      }
      await effects.openTab(url);
      return null;
    },
    'part/resume': ({ url }) => effects.takeResume(canonicalUrl(url) ?? url),
    'part/bookmark': ({ partId, bookmarked }) => done(setBookmark(db, partId, bookmarked, now())),
    'part/mark': ({ partId, read }) => done(markPart(db, partId, read, now())),
    'offline/save': ({ partId }) => done(effects.offline.save(partId)),
    'offline/save-series': async ({ seriesId }) => ({
      jobId: await effects.offline.saveSeries(seriesId),
    }),
    'offline/cancel': ({ jobId }) => done(cancelJob(db, jobId, now())),
    'offline/dismiss': ({ jobId }) => done(dismissJob(db, jobId)),
    // Not awaited: the job runs on after the reply, and a stopped worker resumes it.
    'offline/resume': () => {
      void effects.offline.resume();
      return Promise.resolve(null);
    },
    'offline/delete': (scope) => done(deleteCopies(db, scope)),
    'library/import': ({ backup }) => importBackup(onDisk(), backup, now()),
    'library/wipe': ({ everywhere }) =>
      done(
        gate.wipe(() =>
          effects.wipe(everywhere === true, async () => {
            await wipeLibrary(onDisk());
            await effects.forgetEverything();
          }),
        ),
      ),
    'note/set': ({ target, id, text }) => done(setNote(db, target, id, text, now())),
    'reader/progress': ({ partId, ...progress }) =>
      done(recordProgress(db, partId, progress, now())),
  };
}
