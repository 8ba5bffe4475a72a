import { pageStatus, type PageStatus, type ToContent } from '../messaging/to-content';
import { browser } from './browser';
import { anySiteAllowed } from '../settings/platform-switch';
import { rawPolicy } from './platform-switch';
import { checkTab, originOf, rememberSite } from './site-access';

/** The tab the popup was opened over, when Instalments does not look at it yet. */
export interface ThisPage {
  tabId: number;
  origin: string;
  host: string;
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
  if ((await ask(tab.id, { type: 'content/status' })) !== null) return null;
  if (!anySiteAllowed(await rawPolicy())) return null;
  return { tabId: tab.id, origin, host: new URL(origin).host };
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
