import { recordPart } from '../src/db/repository';
import type { LibraryDb } from '../src/db/schema';
import type { Handlers } from '../src/messaging/router';

export function createHandlers(db: LibraryDb, now: () => number): Handlers {
  return {
    'part/report': (report) => recordPart(db, report, now()),
  };
}
