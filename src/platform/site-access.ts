import { browser } from './browser';
import { CHECKED_PREFIX } from '../settings/storage-key';

/**
 * Sites beyond the platforms the manifest names. The browser's permissions are the only
 * record: "detect series on any site" is the optional ANY_SITE host permission, and a
 * remembered site is its origin's permission. So a grant or a revocation made in the
 * browser's own extension settings counts exactly as one made in Instalments.
 */
export const ANY_SITE = '*://*/*';
const SCRIPT_ID = 'instalments-sites';

/** Host patterns the manifest grants at install: the supported platforms. */
export function fixedHosts(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

export interface SiteAccess {
  anySite: boolean;
  /** Origins the reader asked Instalments to remember, such as "https://blog.example.org". */
  sites: string[];
}

const isAnySite = (pattern: string) =>
  pattern === ANY_SITE || pattern === '<all_urls>' || pattern === 'https://*/*';

/** "https://www.linkedin.com/pulse/*" → "https://www.linkedin.com" */
const hostOf = (pattern: string) => pattern.replace(/^([a-z*]+:\/\/[^/]+).*$/, '$1');

export async function siteAccess(): Promise<SiteAccess> {
  const { origins = [] } = await browser.permissions.getAll();
  // Chrome lists a platform's host both as the manifest wrote it and as the whole host.
  const fixed = new Set(fixedHosts().map(hostOf));
  const sites = origins
    .filter((o) => !isAnySite(o))
    .map(hostOf)
    .filter((o) => !fixed.has(o) && /^https?:\/\/[^*/]+$/.test(o));
  return { anySite: origins.some(isAnySite), sites: [...new Set(sites)].sort() };
}

/** A page's origin ("https://blog.example.org"), or null for pages off the web. */
export function originOf(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * Asks for any-site detection. Must run in the reader's click, before anything is awaited:
 * browsers only show a permission prompt in answer to a gesture.
 */
export const requestAnySite = (): Promise<boolean> =>
  browser.permissions.request({ origins: [ANY_SITE] });

export const rememberSite = (origin: string): Promise<boolean> =>
  browser.permissions.request({ origins: [`${origin}/*`] });

export async function forgetSites(origins: readonly string[]): Promise<void> {
  if (origins.length) await browser.permissions.remove({ origins: origins.map((o) => `${o}/*`) });
}

export async function stopAnySite(): Promise<void> {
  await browser.permissions.remove({ origins: [ANY_SITE] });
}

/** Gives back every permission beyond the supported platforms: any site, and each remembered one. */
export async function giveBackSites({ anySite, sites }: SiteAccess): Promise<void> {
  const origins = [...(anySite ? [ANY_SITE] : []), ...sites.map((o) => `${o}/*`)];
  if (origins.length) await browser.permissions.remove({ origins });
}

/**
 * The content script as built, which the manifest runs on the supported platforms, as a path
 * from the extension's root. Firefox reports it as a full moz-extension:// address, and
 * resolves a relative path against the calling page rather than the root.
 */
function contentScript(): string[] {
  return (browser.runtime.getManifest().content_scripts?.[0]?.js ?? []).map(
    (file) => new URL(file, 'https://root.invalid/').pathname,
  );
}

/** Where the registered content script should run, given what is granted. */
export function matchesFor(access: SiteAccess): string[] {
  if (access.anySite) return ['https://*/*', 'http://*/*'];
  return access.sites.map((origin) => `${origin}/*`);
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Keeps one registered content script in step with what is granted (and what the
 * organisation allows), and starts it in tabs already open on newly granted sites, as a
 * platform switched on applies to its open tabs. Runs one at a time: two wakes registering
 * at once would collide on the script's id.
 */
export function syncSiteScripts(allowed: () => Promise<boolean>): Promise<void> {
  syncing = syncing
    .catch(() => undefined)
    .then(async () => {
      let access = await siteAccess();
      if (!(await allowed())) {
        // The organisation switched sites beyond the supported platforms off: give the
        // permissions back, so the browser shows what Instalments can really reach.
        await giveBackSites(access);
        access = { anySite: false, sites: [] };
      }
      const matches = matchesFor(access);
      const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
      const before = current?.matches ?? [];
      if (JSON.stringify([...before].sort()) === JSON.stringify([...matches].sort())) return;
      if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      if (!matches.length) return;
      await browser.scripting.registerContentScripts([
        {
          id: SCRIPT_ID,
          js: contentScript(),
          matches,
          // The manifest already runs it on the supported platforms.
          excludeMatches: fixedHosts(),
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
      const added = matches.filter((pattern) => !before.includes(pattern));
      if (added.length) await startInOpenTabs(added);
    });
  return syncing;
}

async function startInOpenTabs(patterns: string[]): Promise<void> {
  // A tab that already runs the content script (a platform's page) ignores a second copy.
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map((tab) =>
      // A tab the browser keeps from extensions (its own pages, the web store) stays as it is.
      tab.id === undefined ? undefined : runContentScript(tab.id).catch(() => undefined),
    ),
  );
}

/**
 * Runs the content script once in the tab the reader is looking at. Needs no broad
 * permission: the popup (or a shortcut) grants `activeTab` for that tab. Until the tab loads
 * another page, its reports count as asked for.
 */
export async function checkTab(tabId: number): Promise<void> {
  await browser.storage.session.set({ [`${CHECKED_PREFIX}${tabId}`]: true });
  await runContentScript(tabId);
}

const runContentScript = (tabId: number) =>
  browser.scripting.executeScript({ target: { tabId }, files: contentScript() });

/** The tab loaded another page, or closed: a check made on the old page is over. */
export const forgetCheckedTab = (tabId: number) =>
  browser.storage.session.remove(`${CHECKED_PREFIX}${tabId}`);

/**
 * Whether a report from a content script may be recorded: Instalments has access to its
 * page now, or the reader asked about that tab. A grant withdrawn while a tab stays open
 * (in Instalments or the browser's own settings) stops the recording at once, although the
 * script already running there cannot be unloaded.
 */
export async function mayRecord(tabId: number | null, url: string | null): Promise<boolean> {
  let page: URL;
  try {
    page = new URL(url ?? '');
  } catch {
    return false;
  }
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return false;
  if (await browser.permissions.contains({ origins: [`${page.origin}${page.pathname}`] })) {
    return true;
  }
  return tabId !== null && isCheckedTab(tabId);
}

/** Whether the reader asked to check the page the tab shows. */
export async function isCheckedTab(tabId: number): Promise<boolean> {
  const key = `${CHECKED_PREFIX}${tabId}`;
  return (await browser.storage.session.get(key))[key] === true;
}
