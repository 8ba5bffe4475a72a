import { render } from 'preact';
import { t, uiLanguage } from '../src/core/i18n';
import { browser, send } from '../src/platform/browser';
import { loadSettingsState, onSettingsChanged, saveSettings } from '../src/platform/settings-store';
import { forgetSites, requestAnySite, siteAccess, stopAnySite } from '../src/platform/site-access';
import { SettingsView, type SettingsStore } from '../src/ui/settings-view';
import { parseStatus } from '../src/core/sync/status';
import { SYNC_STATUS_KEY } from '../src/settings/storage-key';

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
