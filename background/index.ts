import { t } from '../src/core/i18n';
import { canonicalUrl } from '../src/core/identity/canonical-url';
import { LibraryDb } from '../src/db/schema';
import { createRouter, type Sender } from '../src/messaging/router';
import type { ToContent } from '../src/messaging/to-content';
import { browser } from '../src/platform/browser';
import { hasSidePanel, openSidePanel } from '../src/platform/side-panel';
import { libraryEpoch } from '../src/platform/library-epoch';
import { EPOCH_KEY, SITE_GRANTED_KEY } from '../src/settings/storage-key';
import { releaseParser } from '../src/platform/parse-page';
import { publishSwitchedOff, settingsChanged } from '../src/platform/platform-switch';
import { loadSettings, loadSettingsState } from '../src/platform/settings-store';
import {
  fixedHosts,
  forgetCheckedTab,
  giveBackSites,
  matchesFor,
  mayRecord,
  siteAccess,
  syncSiteScripts,
} from '../src/platform/site-access';
import { clearAllBadges, clearProgress, forgetTab, showProgress } from './badge';
import { runCommand } from './commands';
import { createHandlers } from './handlers';
import { captureTab } from './offline/capture-tab';
import { fetchPart } from './offline/fetch-part';
import { HOUR } from '../src/core/follow/schedule';
import { parseFollowed } from '../src/platform/parse-page';
import { NOTIFICATION_PREFIX, notifiedPart, notifyNewParts, showNewCount } from './follow/announce';
import { fetchSource } from './follow/fetch-source';
import { createFollow } from './follow/service';
import { createOffline } from './offline/service';
import { RESUME_PREFIX, SYNC_STATUS_KEY } from '../src/settings/storage-key';
import {
  readSitesLog,
  readSyncStatus,
  saveSitesLog,
  saveSyncStatus,
} from '../src/platform/sync-local';
import { createSync } from './sync/service';
import { saveSettings, userSettings } from '../src/platform/settings-store';

// Every listener is registered synchronously at the top level: a stopped worker woken by an
// event must find its listener before the event is dispatched. No state lives here beyond
// the database and what the browser keeps (badges, menus).
export const db = new LibraryDb();
const RESUME_WITHIN_MS = 60_000;
const JOBS_ALARM = 'offline-jobs';
const SPA_HOSTS = [
  { hostEquals: 'www.linkedin.com' },
  { hostSuffix: '.medium.com' },
  { hostEquals: 'medium.com' },
  { hostSuffix: '.substack.com' },
];

const offline = createOffline(db, () => Date.now(), {
  limits: async () => {
    const { maxImageBytes, maxPartBytes } = await loadSettings();
    return { maxImageBytes, maxPartBytes };
  },
  findTab: async (urls) => {
    // Tab URLs are visible for the sites Instalments has host access to, which are the ones
    // it can capture from.
    for (const tab of await browser.tabs.query({})) {
      const url = tab.url ? canonicalUrl(tab.url) : null;
      if (tab.id !== undefined && url && urls.includes(url)) return { tabId: tab.id, url };
    }
    return null;
  },
  captureTab,
  fetchPart,
  // Chrome stops an idle worker even mid-job; an alarm wakes it to carry on.
  busy: async (on) => {
    if (on) {
      await browser.alarms.create(JOBS_ALARM, { periodInMinutes: 0.5 });
    } else {
      await browser.alarms.clear(JOBS_ALARM);
      await releaseParser();
    }
  },
});

const FOLLOW_ALARM = 'follow-check';
const OURSELVES = { tabId: null, url: null };
// Checks run at most this often; each series waits its own interval (settings) between them.
const FOLLOW_WAKE_MINUTES = 30;

const follow = createFollow(db, {
  now: () => Date.now(),
  everyMs: async () => (await loadSettings()).followEveryHours * HOUR,
  enabled: async () => (await loadSettingsState()).settings.follow,
  mayAccess: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }),
  fetchSource,
  parse: parseFollowed,
  announce: async (parts, title) => {
    await notifyNewParts(parts, title).catch(warn);
    await showNewCount(db).catch(warn);
    sync.changed();
  },
});

/** A check the alarm started; the parser document closes after it as after a save. */
async function runFollow(): Promise<void> {
  await follow.run().catch(warn);
  await releaseParser().catch(warn);
}

const sync = createSync(db, {
  area: {
    get: () => browser.storage.sync.get(null),
    set: (items) => browser.storage.sync.set(items),
    remove: (keys) => browser.storage.sync.remove(keys),
  },
  now: () => Date.now(),
  enabled: async () => (await loadSettingsState()).settings.sync,
  status: { get: readSyncStatus, set: saveSyncStatus },
  sites: { get: readSitesLog, set: saveSitesLog },
  settings: {
    get: userSettings,
    take: (values, at) => saveSettings({ ...values, changedAt: at }),
  },
  later: (ms, push) => setTimeout(push, ms),
});

const handlers = createHandlers(db, () => Date.now(), {
  wipe: (everywhere, work) =>
    sync.wipe(everywhere, Date.now(), async () => {
      await work();
      // Settings went with everything else. On this computer only, its "stop syncing" must
      // stay; on all of them, the defaults are the newest settings, for the others to take.
      await saveSettings(everywhere ? {} : { sync: false });
    }),
  follow,
  online: () => navigator.onLine,
  openTab: async (url) => {
    await browser.tabs.create({ url });
  },
  setResume: (url, position) =>
    browser.storage.session.set({ [`${RESUME_PREFIX}${url}`]: { position, at: Date.now() } }),
  takeResume: async (url) => {
    const key = `${RESUME_PREFIX}${url}`;
    const value = (await browser.storage.session.get(key))[key] as
      { position?: unknown; at?: unknown } | undefined;
    await browser.storage.session.remove(key);
    const fresh = typeof value?.at === 'number' && Date.now() - value.at < RESUME_WITHIN_MS;
    return fresh && typeof value?.position === 'number' ? value.position : null;
  },
  forgetEverything: async () => {
    await browser.alarms.clear(JOBS_ALARM);
    await clearAllBadges(db);
    await browser.storage.session.clear();
    // Everything but the epoch, which must outlive the wipe to keep refusing older reports,
    // and sync's record of wipes, which must go on being applied.
    const keys = Object.keys(await browser.storage.local.get(null));
    await browser.storage.local.remove(
      keys.filter((key) => key !== EPOCH_KEY && key !== SYNC_STATUS_KEY),
    );
    await giveBackSites(await siteAccess());
    // The organisation's policies still stand: republish what they switch off.
    await publishSwitchedOff();
  },
  epoch: libraryEpoch,
  offline,
});
const route = createRouter(
  {
    ...handlers,
    'part/report': async (report, sender) => {
      if (!(await mayRecord(sender.tabId, sender.url))) return null;
      const ref = await handlers['part/report'](report, sender);
      // The part a notification announced is open now: the notification has said its piece.
      if (ref) void browser.notifications.clear(`${NOTIFICATION_PREFIX}${ref.partId}`).catch(warn);
      const url = canonicalUrl(report.url);
      if (sender.tabId !== null && url) await showProgress(db, sender.tabId, url);
      if (ref && sender.tabId !== null && report.state === 'read') {
        void autoSave(sender.tabId, ref.partId, report.url);
      }
      return ref;
    },
  },
  browser.runtime.getURL(''),
);
// Once a message is handled, the count of new parts is brought up to date: opening a new
// part, or marking, removing or wiping in the popup, may change it.
browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
  const reply = route(message, sender);
  void reply
    ?.then(() => {
      sync.changed();
      return showNewCount(db);
    })
    .catch(warn);
  return reply;
});

/** With the setting on, a part is saved for offline reading once it has been read. */
async function autoSave(tabId: number, partId: string, url: string): Promise<void> {
  if (!(await loadSettings()).autoSaveOffline) return;
  if ((await db.parts.get(partId))?.offline) return;
  // A failure is kept as a notice; the part's progress is already recorded either way.
  await offline.saveTab(tabId, url).catch(() => undefined);
}

const TRACK_MENU = 'track-page';
const SAVE_MENU = 'save-offline';
const BOOKMARK_MENU = 'bookmark-part';
const send = (tabId: number, message: ToContent) =>
  browser.tabs.sendMessage(tabId, message).catch(() => {
    // No content script there (a page outside the supported sites): nothing to do.
  });

const PANEL_MENU = 'side-panel';
const warn = (error: unknown) => console.warn('Instalments:', error);

const MENUS = [
  [TRACK_MENU, 'menuTrackPage'],
  [SAVE_MENU, 'menuSaveOffline'],
  [BOOKMARK_MENU, 'menuBookmark'],
  ...(hasSidePanel() ? ([[PANEL_MENU, 'menuSidePanel']] as const) : []),
] as const;

/** Where the content script runs: the supported platforms, and the sites the reader granted. */
const scriptedPages = async () => [...fixedHosts(), ...matchesFor(await siteAccess())];

browser.runtime.onInstalled.addListener(async () => {
  const documentUrlPatterns = await scriptedPages();
  for (const [id, title] of MENUS) {
    browser.contextMenus.create({ id, title: t(title), contexts: ['page'], documentUrlPatterns });
  }
});

/**
 * The registered content script and the menus follow what the reader granted (here, or in
 * the browser's own extension settings) and what the organisation allows.
 */
function syncSites(): void {
  void syncSiteScripts(async () => (await loadSettingsState()).anySiteAllowed)
    .then(scriptedPages)
    .then((documentUrlPatterns) =>
      Promise.all(
        // Before onInstalled has created them the menus are not there yet: nothing to update.
        MENUS.map(([id]) =>
          browser.contextMenus.update(id, { documentUrlPatterns }).catch(() => undefined),
        ),
      ),
    )
    .catch((error: unknown) => console.warn('Instalments: could not update sites', error));
}
browser.permissions.onAdded.addListener(syncSites);
// The prompt that granted a site closed the popup that asked: the next popup says so.
browser.permissions.onAdded.addListener(({ origins }) => {
  const [origin] = (origins ?? []).filter((o) => o !== '*://*/*');
  if (origin) {
    void browser.storage.session
      .set({ [SITE_GRANTED_KEY]: { origin, at: Date.now() } })
      .catch(warn);
  }
});
browser.permissions.onRemoved.addListener(syncSites);
/**
 * Every site allowed or taken back, wherever (here, the browser's own settings, a policy),
 * noted with when, so the reader's other computers can offer it.
 */
async function noteSites(origins: string[] | undefined, allowed: boolean): Promise<void> {
  const sites = (origins ?? [])
    .map((o) => o.replace(/\/\*$/, ''))
    .filter((o) => /^https?:\/\/[^*/]+$/.test(o));
  if (sites.length === 0) return;
  const at = Date.now();
  const note = Object.fromEntries(sites.map((o) => [o, allowed ? at : -at]));
  await saveSitesLog({ ...(await readSitesLog()), ...note });
  sync.changed();
}
browser.permissions.onAdded.addListener(({ origins }) => void noteSites(origins, true).catch(warn));
browser.permissions.onRemoved.addListener(
  ({ origins }) => void noteSites(origins, false).catch(warn),
);
syncSites();

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (tab?.id === undefined) return;
  // Opened in the reader's gesture itself: the browsers allow nothing in between.
  if (info.menuItemId === PANEL_MENU) void openSidePanel(tab.windowId ?? -1).catch(warn);
  if (info.menuItemId === TRACK_MENU) void send(tab.id, { type: 'content/track' });
  if (info.menuItemId === BOOKMARK_MENU) {
    void runCommand(db, offline, 'toggle-bookmark', tab.id, Date.now());
  }
  if (info.menuItemId === SAVE_MENU)
    void runCommand(db, offline, 'save-offline', tab.id, Date.now());
});

// A new document in a tab: its badge belongs to the old page until the content script reports.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) {
    void clearProgress(db, tabId);
    void forgetCheckedTab(tabId);
  }
});
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  void forgetCheckedTab(tabId);
});

// LinkedIn, Medium and Substack change pages with history.pushState: detect again. Only
// their navigations wake the worker; on other sites the content script follows the page's
// own navigations itself (the Navigation API), and so does it here where the browser has it.
browser.webNavigation.onHistoryStateUpdated.addListener(
  ({ tabId, frameId }) => {
    if (frameId !== 0) return;
    void clearProgress(db, tabId).then(() => send(tabId, { type: 'content/rescan' }));
  },
  { url: SPA_HOSTS },
);

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-side-panel') {
    if (tab?.windowId !== undefined) void openSidePanel(tab.windowId).catch(warn);
    return;
  }
  void runCommand(db, offline, command, tab?.id, Date.now());
});

// Content scripts learn which platforms are switched off from storage.local, which the
// background keeps in step with the reader's settings and the organisation's policies.
browser.storage.onChanged.addListener((changes, area) => {
  if (settingsChanged(changes, area)) {
    void publishSwitchedOff();
    // The switch turned on (or a policy let it): everything both ways.
    void sync.start().catch(warn);
  }
  if (area === 'managed') syncSites();
  // Another computer's writes (and this one's own, which change nothing).
  if (area === 'sync') {
    void sync
      .received(Object.keys(changes))
      .then(() => showNewCount(db))
      .catch(warn);
  }
});
void sync.start().catch(warn);
void publishSwitchedOff();

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === JOBS_ALARM) void offline.resume();
  if (alarm.name === FOLLOW_ALARM) void runFollow();
});
void browser.alarms.get(FOLLOW_ALARM).then((alarm) => {
  if (!alarm) {
    void browser.alarms.create(FOLLOW_ALARM, {
      delayInMinutes: FOLLOW_WAKE_MINUTES,
      periodInMinutes: FOLLOW_WAKE_MINUTES,
    });
  }
});

browser.notifications.onClicked.addListener((id) => {
  void notifiedPart(db, id)
    .then(async (part) => {
      await browser.notifications.clear(id);
      if (part) await handlers['part/open']({ partId: part.id }, OURSELVES);
    })
    .catch(warn);
});
// A site granted again: series that stopped for want of access are checked at the next run.
browser.permissions.onAdded.addListener(() => {
  void db.follows
    .filter((row) => row.outcome?.kind === 'stopped' && row.outcome.reason === 'no-access')
    .modify({ outcome: null, nextCheckAt: 0 })
    .catch(warn);
});
// Whatever woke the worker, a save job it was stopped in the middle of carries on.
void offline.resume();
