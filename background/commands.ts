import { nextUnread } from '../src/db/queries';
import { setBookmark } from '../src/db/repository';
import type { LibraryDb } from '../src/db/schema';
import { t } from '../src/core/i18n';
import { browser } from '../src/platform/browser';
import { checkPage } from '../src/platform/this-page';
import { urlOfTab } from './badge';
import type { Offline } from './offline/service';

/** Keyboard shortcuts (manifest "commands"), acting on the part the active tab shows. */
export async function runCommand(
  db: LibraryDb,
  offline: Offline,
  command: string,
  tabId: number | undefined,
  now: number,
) {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined && command === 'check-page') return checkShortcut(id);
  const url = id === undefined ? null : await urlOfTab(id);
  if (id === undefined || !url) return;
  if (command === 'toggle-bookmark') {
    const part = await db.parts.where('urls').equals(url).first();
    if (!part) return;
    await setBookmark(db, part.id, !(await db.bookmarks.get(part.id)), now);
  } else if (command === 'save-offline') {
    // A failure is kept as a notice in the library; nothing here can show it.
    await offline.saveTab(id, url).catch(() => undefined);
  } else if (command === 'next-unread') {
    const next = await nextUnread(db, url);
    const target = next?.urls[0];
    if (target) await browser.tabs.update(id, { url: target });
  }
}

/**
 * The shortcut's "Check this page for a series": the shortcut grants `activeTab`, so this
 * works on any site. A part found shows on the badge as usual; the toolbar button's tooltip
 * says when none was.
 */
async function checkShortcut(tabId: number): Promise<void> {
  // Null for a page no extension may touch (the browser's own, the web store): nothing to say.
  const status = await checkPage(tabId);
  if (status?.tracked === false) {
    await browser.action.setTitle({ tabId, title: t('checkFoundNothing') });
  }
}
