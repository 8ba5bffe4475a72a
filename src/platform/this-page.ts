import { pageStatus, type PageStatus, type ToContent } from '../messaging/to-content';
import { browser } from './browser';
import { anySiteAllowed } from '../settings/platform-switch';
import { rawPolicy } from './platform-switch';
import { SITE_GRANTED_KEY } from '../settings/storage-key';
import { checkTab, isCheckedTab, originOf, rememberSite } from './site-access';

/** The tab the popup was opened over, when Instalments does not look at it yet. */
export interface ThisPage {
  tabId: number;
  origin: string;
  host: string;
  /** What a check the reader asked for earlier found, while the tab shows that page. */
  checked?: PageStatus;
}

/** The content script's answer, or null when none runs in the tab (or it made no sense). */
const ask = (tabId: number, message: ToContent): Promise<PageStatus | null> =>
  browser.tabs.sendMessage(tabId, message).then(pageStatus, () => null);

/**
 * The page the reader opened the popup on, if it is a web page no content script watches
 * (and the organisation lets Instalments look beyond its platforms). The popup's `activeTab`
 * grant is what lets it see the address at all.
 */
export async function uncoveredPage(): Promise<ThisPage | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const origin = originOf(tab?.url);
  if (tab?.id === undefined || !origin) return null;
  const status = await ask(tab.id, { type: 'content/status' });
  // A content script answers where Instalments watches, or where the reader checked this
  // page before (then the popup picks up where that check left off: "Track anyway").
  if (status !== null && !(await isCheckedTab(tab.id))) return null;
  if (!anySiteAllowed(await rawPolicy())) return null;
  const page = { tabId: tab.id, origin, host: new URL(origin).host };
  return status ? { ...page, checked: status } : page;
}

/**
 * The site the reader granted in the last ten minutes, once: the browser's prompt closed the
 * popup that asked, so the next one says it worked.
 */
export async function grantedSite(now = Date.now()): Promise<string | null> {
  const stored = (await browser.storage.session.get(SITE_GRANTED_KEY))[SITE_GRANTED_KEY] as
    { origin?: unknown; at?: unknown } | undefined;
  if (!stored) return null;
  await browser.storage.session.remove(SITE_GRANTED_KEY);
  if (typeof stored.origin !== 'string' || typeof stored.at !== 'number') return null;
  if (now - stored.at > 10 * 60_000) return null;
  try {
    return new URL(stored.origin.replace(/\*$/, '')).host || null;
  } catch {
    return null;
  }
}

/** Runs detection in the tab once; null when the browser would not let it run there. */
export async function checkPage(tabId: number): Promise<PageStatus | null> {
  try {
    await checkTab(tabId);
  } catch {
    return null;
  }
  return ask(tabId, { type: 'content/check' });
}

export const trackPage = (tabId: number) => ask(tabId, { type: 'content/track' });

export { rememberSite };
