import { canonicalUrl } from '../core/identity/canonical-url';
import { browser } from './browser';

/**
 * The side panel (Chrome, Edge) or sidebar (Firefox): the series beside the article, open
 * while the reader clicks in the page, which closes the popup.
 */

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

const chromePanel = (): ChromeSidePanel | undefined =>
  (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = (): FirefoxSidebar | undefined =>
  (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** Whether this browser has a side panel Instalments can open. */
export const hasSidePanel = (): boolean => !!(chromePanel() ?? firefoxSidebar());

/**
 * Opens the panel in a window. Both browsers allow it only in answer to the reader's own
 * gesture (a click, a menu item, a shortcut), so it is called straight from one.
 */
export async function openSidePanel(windowId: number): Promise<void> {
  const chrome = chromePanel();
  if (chrome) return chrome.open({ windowId });
  const firefox = firefoxSidebar();
  if (firefox) return firefox.open();
  throw new Error('This browser has no side panel.');
}

/**
 * Calls `onChange` with the address of the page the panel sits beside: the active tab of its
 * own window, or, when the panel is a window of its own, of the last window the reader used.
 * Again whenever the reader switches tabs or the tab moves to another page. Returns a stop.
 */
export function watchActiveTab(onChange: (url: string | null) => void): () => void {
  let last: string | null | undefined;
  const check = async () => {
    const own = await browser.windows.getCurrent();
    const window =
      own.type === 'normal'
        ? own
        : // Both browsers take windowTypes; the polyfill's types do not list it.
          await browser.windows
            .getLastFocused({ windowTypes: ['normal'] } as Parameters<
              typeof browser.windows.getLastFocused
            >[0])
            .catch(() => null);
    const [tab] =
      window?.id === undefined
        ? []
        : await browser.tabs.query({ active: true, windowId: window.id });
    const url = tab?.url ? canonicalUrl(tab.url) : null;
    if (url !== last) onChange((last = url));
  };
  const run = () => void check().catch(() => onChange((last = null)));
  const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
    if (change.url || change.status === 'complete') run();
  };
  browser.tabs.onActivated.addListener(run);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows.onFocusChanged.addListener(run);
  run();
  return () => {
    browser.tabs.onActivated.removeListener(run);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows.onFocusChanged.removeListener(run);
  };
}
