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
import { allowedElsewhere } from '../src/core/sync/sites';
import { SettingsView, type SettingsStore } from '../src/ui/settings-view';
import { onLocalChange, readSitesLog, readSyncStatus } from '../src/platform/sync-local';
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
        void Promise.all([readSitesLog(), siteAccess()]).then(([log, access]) =>
          listener(allowedElsewhere(log, access.sites)),
        );
      read();
      const stop = onLocalChange(SITES_LOG_KEY, read);
      browser.permissions.onAdded.addListener(read);
      browser.permissions.onRemoved.addListener(read);
      return () => {
        stop();
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
    const read = () => void readSyncStatus().then(listener);
    read();
    return onLocalChange(SYNC_STATUS_KEY, read);
  },
};

document.documentElement.lang = uiLanguage();
document.title = t('settingsTitle');
const root = document.getElementById('app');
if (root) render(<SettingsView store={store} />, root);
