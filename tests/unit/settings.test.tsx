// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLATFORMS, platformName } from '../../src/core/identity/platforms';
import { applyPolicy, parsePolicy, type SettingsState } from '../../src/settings/managed';
import { disabledPlatforms, readAtSetting } from '../../src/settings/platform-switch';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/settings/settings';
import { SettingsView, type SettingsStore } from '../../src/ui/settings-view';
import { NO_STATUS, type SyncStatus } from '../../src/core/sync/status';
import { allowedElsewhere, joinSites, type SiteLog } from '../../src/core/sync/sites';

// The list and the names are kept apart so the content script carries only the list.
test('every platform a reader can switch off is named to people', () => {
  expect(PLATFORMS.filter((p) => platformName(p) === p)).toEqual([]);
  expect(PLATFORMS).not.toContain('web');
});

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
        anySiteAllowed: true,
      });
    }
    // One bad policy does not void a good one.
    expect(parsePolicy({ enabledPlatforms: [1, 2], autoSaveOffline: true })).toEqual({
      autoSaveOffline: true,
    });
    expect(parsePolicy({ allowAnySite: 'no', exportReminderDays: -3 })).toEqual({});
    expect(parsePolicy({ exportReminderDays: 1.5, allowAnySite: false })).toEqual({
      allowAnySite: false,
    });
  });

  test('allowAnySite and exportReminderDays lock what they set', () => {
    const user = { ...DEFAULT_SETTINGS, exportReminderDays: 0 };
    const state = applyPolicy(
      user,
      parsePolicy({ allowAnySite: false, exportReminderDays: 30 }),
      PLATFORMS,
    );
    expect(state.anySiteAllowed).toBe(false);
    expect(state.settings.exportReminderDays).toBe(30);
    expect([...state.locked].sort()).toEqual(['anySite', 'exportReminderDays']);
    // An organisation may also say "yes": the reader still chooses, but cannot be talked out of it.
    expect(applyPolicy(user, parsePolicy({ allowAnySite: true }), PLATFORMS)).toMatchObject({
      anySiteAllowed: true,
      locked: new Set(['anySite']),
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
  /**
   * An in-memory store that behaves: saving notifies its listeners with the new state, and
   * the browser's permission prompt answers `prompt`.
   */
  function memoryStore(
    policy: unknown = {},
    prompt = true,
    syncStatus: SyncStatus = NO_STATUS,
    log: SiteLog = {},
  ) {
    let user: Settings = DEFAULT_SETTINGS;
    const listeners = new Set<(s: SettingsState) => void>();
    const siteListeners = new Set<() => void>();
    const grants = { anySite: false, sites: ['https://blog.example.org'] };
    const state = () => applyPolicy(user, parsePolicy(policy), PLATFORMS);
    const grant = (change: Partial<typeof grants>) => {
      Object.assign(grants, change);
      siteListeners.forEach((l) => l());
    };
    const deleteEverything = vi.fn(async (everywhere: boolean) => void everywhere);
    const requestAnySite = vi.fn(async () => {
      if (prompt) grant({ anySite: true });
      return prompt;
    });
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
      sites: {
        load: async () => ({ ...grants }),
        onChanged: (l) => {
          siteListeners.add(l);
          return () => siteListeners.delete(l);
        },
        requestAnySite,
        stopAnySite: async () => grant({ anySite: false }),
        forget: async (origin) => grant({ sites: grants.sites.filter((s) => s !== origin) }),
        elsewhere: (l) => {
          const read = () => l(allowedElsewhere(log, grants.sites));
          read();
          siteListeners.add(read);
          return () => siteListeners.delete(read);
        },
        remember: async (origin) => {
          if (prompt) grant({ sites: [...grants.sites, origin].sort() });
          return prompt;
        },
      },
      usage: async () => 3 * 1024 * 1024,
      deleteEverything,
      syncStatus: (listener) => {
        listener(syncStatus);
        return () => undefined;
      },
    };
    return { store, user: () => user, grants, grant, requestAnySite, deleteEverything };
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
    const { store } = memoryStore({
      enabledPlatforms: ['khub'],
      autoSaveOffline: true,
      followSeries: false,
    });
    await mount(store);
    expect(platformSwitch('Knowledge Hub')).toMatchObject({ checked: true, disabled: true });
    expect(platformSwitch('LinkedIn')).toMatchObject({ checked: false, disabled: true });
    const labelled = (text: string) =>
      [...root.querySelectorAll('label')]
        .find((l) => l.textContent?.includes(text))
        ?.querySelector<HTMLInputElement>('input');
    expect(labelled('Save series parts for offline reading')).toMatchObject({
      checked: true,
      disabled: true,
    });
    expect(labelled('Check followed series for new parts')).toMatchObject({
      checked: false,
      disabled: true,
    });
    expect(root.querySelectorAll('.locked')).toHaveLength(3);
    expect(root.querySelector('.locked')?.textContent).toBe('Set by your organisation');
  });

  const flip = (input: HTMLInputElement, on: boolean) =>
    act(() => {
      input.checked = on;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name);

  test('any-site detection asks the browser, shows the answer, and can be switched off', async () => {
    const { store, grants, requestAnySite } = memoryStore();
    await mount(store);
    const anySite = () => platformSwitch('Detect series on any site');
    expect(anySite().checked).toBe(false);
    // Remembered sites are listed while any-site detection is off (they arrive after the switches).
    await vi.waitFor(() => expect(root.textContent).toContain('blog.example.org'));
    await flip(anySite(), true);
    await vi.waitFor(() => expect(anySite().checked).toBe(true));
    expect(requestAnySite).toHaveBeenCalledOnce();
    expect(root.textContent).not.toContain('Sites you asked Instalments to remember');
    await flip(anySite(), false);
    await vi.waitFor(() => expect(anySite().checked).toBe(false));
    expect(grants.anySite).toBe(false);
  });

  test('a size limit out of range is refused with a message, and the limit stays', async () => {
    const { store, user } = memoryStore();
    await mount(store);
    const [perImage] = root.querySelectorAll<HTMLInputElement>('input[type="number"]');
    const before = perImage!.value;
    const saved = user().maxImageBytes;
    for (const typed of ['0', '5000', '2.5']) {
      await act(() => {
        perImage!.value = typed;
        perImage!.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        `Choose a whole number from 1 to ${perImage!.max}. The limit stays at ${before} MB.`,
      );
      expect(perImage!.getAttribute('aria-invalid')).toBe('true');
    }
    expect(user().maxImageBytes).toBe(saved);
  });

  test('a refused prompt leaves the switch off and says why', async () => {
    const { store } = memoryStore({}, false);
    await mount(store);
    const anySite = () => platformSwitch('Detect series on any site');
    await flip(anySite(), true);
    await vi.waitFor(() => expect(root.textContent).toContain('was not given access'));
    expect(anySite().checked).toBe(false);
  });

  test('a grant revoked in the browser’s own settings shows at once', async () => {
    const { store, grant } = memoryStore();
    await mount(store);
    await act(() => grant({ anySite: true }));
    await vi.waitFor(() => expect(platformSwitch('Detect series on any site').checked).toBe(true));
    await act(() => grant({ anySite: false }));
    await vi.waitFor(() => expect(platformSwitch('Detect series on any site').checked).toBe(false));
  });

  test('a remembered site can be forgotten', async () => {
    const { store, grants } = memoryStore();
    await mount(store);
    // The remembered sites arrive after the switches: wait for the button, not a moment.
    const forget = await vi.waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>(
        '[aria-label="Forget blog.example.org"]',
      );
      if (!button) throw new Error('the remembered site is not listed yet');
      return button;
    });
    await act(() => forget.click());
    await vi.waitFor(() => expect(root.textContent).toContain('None yet.'), { timeout: 5000 });
    expect(grants.sites).toEqual([]);
  });

  test('an organisation that keeps Instalments to the platforms locks the switch off', async () => {
    const { store, grant } = memoryStore({ allowAnySite: false, exportReminderDays: 30 });
    await mount(store);
    await act(() => grant({ anySite: true }));
    const anySite = platformSwitch('Detect series on any site');
    expect(anySite).toMatchObject({ checked: false, disabled: true });
    expect(root.textContent).toContain(
      'Your organisation keeps Instalments to the platforms above.',
    );
    const reminder = [...root.querySelectorAll('select')].find((s) =>
      s.parentElement?.textContent?.includes('Remind me to export'),
    );
    expect(reminder).toMatchObject({ value: '30', disabled: true });
    expect(root.querySelectorAll('.locked')).toHaveLength(2);
  });

  test('what counts as read is a choice of three, saved as chosen', async () => {
    const { store, user } = memoryStore();
    await mount(store);
    const select = [...root.querySelectorAll('select')].find((s) =>
      s.parentElement?.textContent?.includes('A part counts as read when'),
    )!;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'I reach the end of the article',
      'I have read 90 % of it',
      'I have read three quarters of it',
    ]);
    await act(() => {
      select.value = '0.75';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(user().readAt).toBe(0.75));
    expect(parseSettings({ readAt: 0.5 }).readAt).toBe(1);
    expect(readAtSetting({ readAt: 0.9 })).toBe(0.9);
    expect(readAtSetting({ readAt: '0.9' })).toBe(1);
  });

  test('delete everything asks first, and only deletes when confirmed', async () => {
    const { store, deleteEverything } = memoryStore();
    await mount(store);
    await vi.waitFor(() => expect(root.textContent).toContain('uses 3.0 MB'));
    await act(() => button('Delete everything…')?.click());
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('cannot be undone');
    await act(() => button('Keep my library')?.click());
    expect(deleteEverything).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    // Synced, the reader chooses: this computer (which then stops syncing) or all of them.
    await act(() => button('Delete everything…')?.click());
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'sync switches off here',
    );
    await act(() => button('Delete on all your computers')?.click());
    await vi.waitFor(() => expect(root.textContent).toContain('Everything is deleted.'));
    expect(deleteEverything.mock.calls).toEqual([[true]]);
    await act(() => button('Delete everything…')?.click());
    await act(() => button('Delete on this computer only')?.click());
    await vi.waitFor(() => expect(deleteEverything.mock.calls).toEqual([[true], [false]]));
  });

  test('with sync off, "Delete everything" deletes here and offers nothing else', async () => {
    const { store, deleteEverything } = memoryStore({ syncEnabled: false });
    await mount(store);
    await act(() => button('Delete everything…')?.click());
    expect(button('Delete on all your computers')).toBeUndefined();
    await act(() => button('Delete everything')?.click());
    await vi.waitFor(() => expect(deleteEverything.mock.calls).toEqual([[false]]));
  });

  test('sync: the switch, when it last synced, and what it could not carry', async () => {
    const { store, user } = memoryStore({}, true, {
      at: Date.UTC(2026, 11, 5, 9, 30),
      left: ['Weeknotes', 'Data Sharing in Practice'],
      skipped: { newer: 1, damaged: 1 },
      error: 'QUOTA_BYTES quota exceeded',
      wipedAt: 0,
    });
    await mount(store);
    const text = () => root.querySelector('.sync-status')?.textContent ?? '';
    await vi.waitFor(() => expect(text()).toContain('Last synced 5 December 2026'));
    expect(text()).toContain(
      '2 series did not fit and are not synced: Weeknotes, Data Sharing in Practice.',
    );
    expect(text()).toContain('2 items from another computer could not be read');
    expect(text()).toContain('The browser refused the last write (QUOTA_BYTES quota exceeded)');
    const toggle = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (input) => input.parentElement?.textContent?.includes('every computer'),
    )!;
    expect(toggle.checked).toBe(true);
    await act(() => toggle.click());
    await vi.waitFor(() => expect(user().sync).toBe(false));
    expect(root.querySelector('.sync-status')).toBeNull();
  });

  test('sites allowed on the other computers are offered here, each behind the browser’s own prompt', async () => {
    const { store, grants } = memoryStore({}, true, NO_STATUS, {
      'https://blog.example.org': 5,
      'https://weeknotes.example.net': 9,
      'https://gone.example.com': -7,
    });
    await mount(store);
    await vi.waitFor(() => expect(root.textContent).toContain('Allowed on your other computers'));
    const offered = () =>
      [...root.querySelectorAll('button')]
        .map((b) => b.getAttribute('aria-label') ?? '')
        .filter((label) => label.startsWith('Allow '));
    // Already allowed here, or taken back elsewhere: not offered.
    expect(offered()).toEqual(['Allow weeknotes.example.net on this computer too']);
    await act(() =>
      root
        .querySelector<HTMLButtonElement>(
          '[aria-label="Allow weeknotes.example.net on this computer too"]',
        )
        ?.click(),
    );
    await vi.waitFor(() => expect(grants.sites).toContain('https://weeknotes.example.net'));
    expect(root.textContent).not.toContain('Allowed on your other computers');
    // Across computers, the later word on a site wins; on a tie, allowed.
    expect(joinSites({ a: 5, b: -9 }, { a: -6, b: 9, c: 1 })).toEqual({ a: -6, b: 9, c: 1 });
  });

  test('sync switched off by the organisation is locked and says so', async () => {
    const { store } = memoryStore({ syncEnabled: false });
    await mount(store);
    const section = root.querySelector('[aria-labelledby="sync-settings-heading"]')!;
    await vi.waitFor(() => expect(section.textContent).toContain('Set by your organisation'));
    const toggle = section.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect([toggle.checked, toggle.disabled]).toEqual([false, true]);
  });
});
