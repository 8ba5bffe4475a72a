import { afterEach, describe, expect, test, vi } from 'vitest';

/** The browser's storage areas in memory; `managed` answers what the test says, or never. */
let managed: () => Promise<Record<string, unknown>> = async () => ({});
const local = new Map<string, unknown>();
const listeners: ((changes: object, area: string) => void)[] = [];
/** What the browser does when an organisation changes a policy. */
const policyChanged = () => listeners.forEach((l) => l({}, 'managed'));
vi.mock('../../src/platform/browser', () => ({
  browser: {
    storage: {
      onChanged: { addListener: (l: (changes: object, area: string) => void) => listeners.push(l) },
      managed: { get: () => managed() },
      local: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys].flat().flatMap((k) => (local.has(k) ? [[k, local.get(k)]] : [])),
          ),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, v);
        },
      },
    },
  },
}));

const { loadSettingsState, saveSettings } = await import('../../src/platform/settings-store');

afterEach(() => {
  local.clear();
  managed = async () => ({});
  policyChanged();
  vi.useRealTimers();
});

describe('settings with an organisation’s managed storage', () => {
  test('a policy in managed storage overrides and locks the reader’s own setting', async () => {
    await saveSettings({ autoSaveOffline: false, exportReminderDays: 0 });
    managed = async () => ({ autoSaveOffline: true, allowAnySite: false, exportReminderDays: 14 });
    const { settings, locked, anySiteAllowed } = await loadSettingsState();
    expect(settings.autoSaveOffline).toBe(true);
    expect(settings.exportReminderDays).toBe(14);
    expect(anySiteAllowed).toBe(false);
    expect([...locked].sort()).toEqual(['anySite', 'autoSaveOffline', 'exportReminderDays']);
    // The reader's own choice is kept underneath, for the day the policy goes.
    expect(local.get('settings')).toMatchObject({ autoSaveOffline: false });
  });

  test('no managed storage at all (Firefox without policies.json) leaves everything unlocked', async () => {
    managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    const { locked, anySiteAllowed } = await loadSettingsState();
    expect(locked.size).toBe(0);
    expect(anySiteAllowed).toBe(true);
  });

  test('managed storage that never answers holds the settings up for two seconds at most', async () => {
    vi.useFakeTimers();
    managed = () => new Promise(() => undefined);
    await saveSettings({ autoSaveOffline: true });
    const state = loadSettingsState();
    await vi.advanceTimersByTimeAsync(2000);
    expect((await state).settings.autoSaveOffline).toBe(true);
    // Only once: the next reads do not wait for it again.
    let answered = false;
    void loadSettingsState().then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(true);
  });

  test('policies are read once, and again when the organisation changes them', async () => {
    let reads = 0;
    managed = async () => (reads++, { followSeries: false });
    expect((await loadSettingsState()).settings.follow).toBe(false);
    await loadSettingsState();
    expect(reads).toBe(1);
    managed = async () => (reads++, {});
    policyChanged();
    expect((await loadSettingsState()).settings.follow).toBe(true);
    expect(reads).toBe(2);
  });
});
