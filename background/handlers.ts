import {
  mergeSeries,
  recordPart,
  renameSeries,
  setPartNumber,
  splitSeries,
  untrackPage,
} from '../src/db/repository';
import type { LibraryDb } from '../src/db/schema';
import type { Handlers } from '../src/messaging/router';

export function createHandlers(db: LibraryDb, now: () => number): Handlers {
  return {
    'part/report': (report) => recordPart(db, report, now()),
    'series/rename': async ({ seriesId, title }) => {
      await renameSeries(db, seriesId, title);
      return null;
    },
    'part/set-number': async ({ partId, number }) => {
      await setPartNumber(db, partId, number);
      return null;
    },
    'series/merge': async ({ targetId, sourceId }) => {
      await mergeSeries(db, targetId, sourceId, now());
      return null;
    },
    'series/split': async ({ seriesId, partIds }) => ({
      seriesId: await splitSeries(db, seriesId, partIds, now()),
    }),
    'page/untrack': async ({ url }) => {
      await untrackPage(db, url, now());
      return null;
    },
  };
}
