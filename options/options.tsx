import { render } from 'preact';
import { t, uiLanguage } from '../src/core/i18n';
import { browser, send } from '../src/platform/browser';
import { loadSettingsState, onSettingsChanged, saveSettings } from '../src/platform/settings-store';
import {
  forgetSites,
  rememberSite,
  requestAnySite,
  siteAccess,
  stopAnySite,
} from '../src/platform/site-access';
import { allowedElsewhere, type SiteLog } from '../src/core/sync/sites';
import { SettingsView, type SettingsStore } from '../src/ui/settings-view';
import { parseStatus } from '../src/core/sync/status';
import { SITES_LOG_KEY, SYNC_STATUS_KEY } from '../src/settings/storage-key';

const store: SettingsStore = {
  load: loadSettingsState,
  save: saveSettings,
  onChanged: onSettingsChanged,
  sites: {
    load: siteAccess,
    onChanged: (listener) => {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
      return () => {
        browser.permissions.onAdded.removeListener(listener);
        browser.permissions.onRemoved.removeListener(listener);
      };
    },
    requestAnySite,
    stopAnySite,
    forget: (origin) => forgetSites([origin]),
    elsewhere: (listener) => {
      const read = () =>
        void Promise.all([browser.storage.local.get(SITES_LOG_KEY), siteAccess()]).then(
          ([got, access]) =>
            listener(allowedElsewhere((got[SITES_LOG_KEY] ?? {}) as SiteLog, access.sites)),
        );
      read();
      const changed = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && SITES_LOG_KEY in changes) read();
      };
      browser.storage.onChanged.addListener(changed);
      browser.permissions.onAdded.addListener(read);
      browser.permissions.onRemoved.addListener(read);
      return () => {
        browser.storage.onChanged.removeListener(changed);
        browser.permissions.onAdded.removeListener(read);
        browser.permissions.onRemoved.removeListener(read);
      };
    },
    remember: rememberSite,
  },
  usage: async () => (await navigator.storage?.estimate?.())?.usage ?? null,
  deleteEverything: async (everywhere) => {
    await send('library/wipe', { everywhere });
  },
  syncStatus: (listener) => {
    const read = () =>
      void browser.storage.local
        .get(SYNC_STATUS_KEY)
        .then((got) => listener(parseStatus(got[SYNC_STATUS_KEY])));
    read();
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SYNC_STATUS_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  },
};

document.documentElement.lang = uiLanguage();
document.title = t('settingsTitle');
const root = document.getElementById('app');
if (root) render(<SettingsView store={store} />, root);
