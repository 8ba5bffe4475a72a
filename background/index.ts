import { LibraryDb } from '../src/db/schema';
import { createRouter } from '../src/messaging/router';
import { browser } from '../src/platform/browser';
import { createHandlers } from './handlers';

// Registered synchronously at the top level: a stopped worker that wakes for a message must
// find its listener before the event is dispatched. No state lives here beyond the database.
const db = new LibraryDb();
const route = createRouter(
  createHandlers(db, () => Date.now()),
  browser.runtime.getURL(''),
);
browser.runtime.onMessage.addListener(route);
