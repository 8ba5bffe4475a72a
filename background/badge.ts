import { t } from '../src/core/i18n';
import { progressForUrl } from '../src/db/queries';
import type { LibraryDb } from '../src/db/schema';
import { browser } from '../src/platform/browser';
import { BADGE_PREFIX } from '../src/settings/storage-key';

/**
 * "2/5" on the toolbar for every tab showing a known part; nothing elsewhere. Which tab shows
 * which part is kept in storage.session (one key per tab, so concurrent reports never
 * overwrite each other), because the worker keeps nothing in memory and the extension may
 * not read tab URLs.
 */
const BADGE_COLOUR = '#0b6e4f';

async function paint(db: LibraryDb, tabId: number, url: string | null): Promise<void> {
  const progress = url ? await progressForUrl(db, url) : null;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeText({
      tabId,
      text: progress ? `${progress.read}/${progress.known}` : '',
    });
    await browser.action.setTitle({
      tabId,
      title: progress ? t('badgeTitle', progress.read, progress.known) : t('extName'),
    });
  } catch {
    // The tab closed meanwhile.
    await browser.storage.session.remove(`${BADGE_PREFIX}${tabId}`);
  }
}

/** The tab shows the part at `url`: badge it, and re-badge every tab whose count may have moved. */
export async function showProgress(db: LibraryDb, tabId: number, url: string): Promise<void> {
  await browser.storage.session.set({ [`${BADGE_PREFIX}${tabId}`]: url });
  const all = await browser.storage.session.get(null);
  await Promise.all(
    Object.entries(all)
      .filter(([key, value]) => key.startsWith(BADGE_PREFIX) && typeof value === 'string')
      .map(([key, value]) => paint(db, Number(key.slice(BADGE_PREFIX.length)), value as string)),
  );
}

export async function clearProgress(db: LibraryDb, tabId: number): Promise<void> {
  await browser.storage.session.remove(`${BADGE_PREFIX}${tabId}`);
  await paint(db, tabId, null);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${BADGE_PREFIX}${tabId}`);
}

/** The part a tab shows, as last reported by its content script. */
export async function urlOfTab(tabId: number): Promise<string | null> {
  const key = `${BADGE_PREFIX}${tabId}`;
  const value = (await browser.storage.session.get(key))[key];
  return typeof value === 'string' ? value : null;
}

/** Every badge back to blank, and no tab remembered: after "Delete everything". */
export async function clearAllBadges(db: LibraryDb): Promise<void> {
  const all = await browser.storage.session.get(null);
  const tabs = Object.keys(all).filter((key) => key.startsWith(BADGE_PREFIX));
  await Promise.all(tabs.map((key) => clearProgress(db, Number(key.slice(BADGE_PREFIX.length)))));
}
