import { PLATFORMS } from '../core/identity/platforms';
import { applyPolicy, parsePolicy, type SettingsState } from '../settings/managed';
import { parseSettings, SETTINGS_KEY, type Settings } from '../settings/settings';
import { browser } from './browser';
import { rawPolicy, settingsChanged } from './platform-switch';

export async function userSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

const policy = async () => parsePolicy(await rawPolicy());

export async function loadSettingsState(): Promise<SettingsState> {
  const [user, managed] = await Promise.all([userSettings(), policy()]);
  return applyPolicy(user, managed, PLATFORMS);
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

/**
 * Saves the reader's own choice; a policy still overrides it where one is set. `changedAt`
 * is now, unless the change says when it was made (another computer's, through sync).
 */
export async function saveSettings(change: Partial<Settings>): Promise<void> {
  const next = parseSettings({ ...(await userSettings()), changedAt: Date.now(), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}

/**
 * Calls `listener` with the settings in force whenever the reader's settings or the
 * organisation's policies change, in any page or the background.
 */
export function onSettingsChanged(listener: (state: SettingsState) => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (settingsChanged(changes, area)) void loadSettingsState().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
