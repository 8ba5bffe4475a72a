// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLATFORMS } from '../../src/core/identity/platforms';
import { applyPolicy, parsePolicy, type SettingsState } from '../../src/settings/managed';
import { disabledPlatforms } from '../../src/settings/platform-switch';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/settings/settings';
import { SettingsView, type SettingsStore } from '../../src/ui/settings-view';

describe('organisation policies', () => {
  test('a policy overrides the reader’s setting and locks it', () => {
    const user = { ...DEFAULT_SETTINGS, autoSaveOffline: true, disabledPlatforms: ['medium'] };
    const { settings, locked } = applyPolicy(
      user,
      parsePolicy({ enabledPlatforms: ['khub', 'linkedin'], autoSaveOffline: false }),
      PLATFORMS,
    );
    expect(settings.autoSaveOffline).toBe(false);
    expect(settings.disabledPlatforms).toEqual(
      PLATFORMS.filter((p) => !['khub', 'linkedin'].includes(p)),
    );
    expect([...locked].sort()).toEqual(['autoSaveOffline', 'platforms']);
  });

  test('no policy, or a malformed one, leaves the reader’s settings as they are, unlocked', () => {
    const user = parseSettings({ disabledPlatforms: ['medium'] });
    for (const raw of [
      undefined,
      null,
      'x',
      {},
      { enabledPlatforms: 'khub', autoSaveOffline: 'yes' },
    ]) {
      expect(applyPolicy(user, parsePolicy(raw), PLATFORMS)).toEqual({
        settings: user,
        locked: new Set(),
      });
    }
    // One bad policy does not void a good one.
    expect(parsePolicy({ enabledPlatforms: [1, 2], autoSaveOffline: true })).toEqual({
      autoSaveOffline: true,
    });
  });

  test('the content script’s reading of the platform switches agrees with the settings’', () => {
    expect(disabledPlatforms({ disabledPlatforms: ['medium'] }, {}, PLATFORMS)).toEqual(['medium']);
    expect(
      disabledPlatforms(
        { disabledPlatforms: ['medium'] },
        { enabledPlatforms: ['khub'] },
        PLATFORMS,
      ),
    ).toEqual(PLATFORMS.filter((p) => p !== 'khub'));
    expect(
      disabledPlatforms({ disabledPlatforms: 'medium' }, { enabledPlatforms: [42] }, PLATFORMS),
    ).toEqual([]);
    expect(parseSettings({ disabledPlatforms: ['Not A Platform!'] }).disabledPlatforms).toEqual([]);
  });
});

describe('the options page', () => {
  let root: HTMLElement;
  afterEach(async () => {
    await act(() => render(null, root));
    root.remove();
  });

  /** An in-memory store that behaves: saving notifies its listeners with the new state. */
  function memoryStore(policy: unknown = {}) {
    let user: Settings = DEFAULT_SETTINGS;
    const listeners = new Set<(s: SettingsState) => void>();
    const state = () => applyPolicy(user, parsePolicy(policy), PLATFORMS);
    const store: SettingsStore = {
      load: async () => state(),
      save: async (change) => {
        user = parseSettings({ ...user, ...change });
        listeners.forEach((l) => l(state()));
      },
      onChanged: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    };
    return { store, user: () => user };
  }

  async function mount(store: SettingsStore) {
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<SettingsView store={store} />, root));
    await vi.waitFor(() => expect(root.querySelector('[role="switch"]')).not.toBeNull());
  }

  const platformSwitch = (name: string) =>
    [...root.querySelectorAll<HTMLInputElement>('[role="switch"]')].find(
      (input) => input.parentElement?.textContent?.trim() === name,
    )!;

  test('switching a platform off saves it, and the switch shows it', async () => {
    const { store, user } = memoryStore();
    await mount(store);
    const medium = platformSwitch('Medium');
    expect(medium.checked).toBe(true);
    await act(() => {
      medium.checked = false;
      medium.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(user().disabledPlatforms).toEqual(['medium']));
    expect(platformSwitch('Medium').checked).toBe(false);
    expect(root.textContent).not.toContain('Set by your organisation');
  });

  test('a setting the organisation fixes is locked and says so', async () => {
    const { store } = memoryStore({ enabledPlatforms: ['khub'], autoSaveOffline: true });
    await mount(store);
    expect(platformSwitch('Knowledge Hub')).toMatchObject({ checked: true, disabled: true });
    expect(platformSwitch('LinkedIn')).toMatchObject({ checked: false, disabled: true });
    const autoSave = root.querySelector<HTMLInputElement>('input[type="checkbox"]:not([role])');
    expect(autoSave).toMatchObject({ checked: true, disabled: true });
    expect(root.querySelectorAll('.locked')).toHaveLength(2);
    expect(root.querySelector('.locked')?.textContent).toBe('Set by your organisation');
  });
});
