import { useEffect, useState } from 'preact/hooks';
import { PLATFORMS, platformName } from '../core/identity/platforms';
import type { SettingsState } from '../settings/managed';
import type { Settings } from '../settings/settings';

const MB = 1024 * 1024;

/** Where settings live; the options page passes the browser's storage, tests an in-memory one. */
export interface SettingsStore {
  load(): Promise<SettingsState>;
  save(change: Partial<Settings>): Promise<void>;
  /** Returns a function that stops listening. */
  onChanged: (listener: (state: SettingsState) => void) => () => void;
}

function useSettings(store: SettingsStore): SettingsState | null {
  const [state, setState] = useState<SettingsState | null>(null);
  useEffect(() => {
    void store.load().then(setState);
    return store.onChanged(setState);
  }, [store]);
  return state;
}

function Locked() {
  return <p class="locked">Set by your organisation</p>;
}

function MegabytesField({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (bytes: number) => void;
}) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        value={Math.round(value / MB)}
        onChange={(e) => {
          const mb = Number((e.target as HTMLInputElement).value);
          if (Number.isFinite(mb) && mb >= min && mb <= max) onChange(Math.round(mb * MB));
        }}
      />
      <span>MB</span>
    </label>
  );
}

/**
 * The options page: which platforms Instalments looks at, and reading settings. A setting an
 * organisation's policy fixes is shown, locked, with "Set by your organisation".
 */
export function SettingsView({ store }: { store: SettingsStore }) {
  const state = useSettings(store);
  if (!state) return <main class="options" aria-busy="true" />;
  const { settings, locked } = state;
  const off = new Set(settings.disabledPlatforms);
  return (
    <main class="options">
      <header class="masthead">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Instalments settings</h1>
      </header>
      <section aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">Platforms</h2>
        <p>
          Instalments looks for series parts on these sites. Switch one off and its pages are left
          alone; the change applies to open tabs at once.
        </p>
        {locked.has('platforms') && <Locked />}
        <ul class="switches">
          {PLATFORMS.map((platform) => (
            <li key={platform}>
              <label class="field">
                <input
                  type="checkbox"
                  role="switch"
                  checked={!off.has(platform)}
                  disabled={locked.has('platforms')}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    void store.save({
                      disabledPlatforms: on
                        ? settings.disabledPlatforms.filter((p) => p !== platform)
                        : [...settings.disabledPlatforms, platform],
                    });
                  }}
                />
                <span>{platformName(platform)}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">Offline reading</h2>
        {locked.has('autoSaveOffline') && <Locked />}
        <label class="field">
          <input
            type="checkbox"
            checked={settings.autoSaveOffline}
            disabled={locked.has('autoSaveOffline')}
            onChange={(e) =>
              void store.save({ autoSaveOffline: (e.target as HTMLInputElement).checked })
            }
          />
          <span>Save series parts for offline reading when I finish reading them</span>
        </label>
        <MegabytesField
          label="Largest image to keep"
          value={settings.maxImageBytes}
          min={1}
          max={50}
          onChange={(maxImageBytes) => void store.save({ maxImageBytes })}
        />
        <MegabytesField
          label="Largest saved part, images included"
          value={settings.maxPartBytes}
          min={1}
          max={500}
          onChange={(maxPartBytes) => void store.save({ maxPartBytes })}
        />
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Everything Instalments knows stays in this browser. The{' '}
          <a href="/library/index.html">library</a> shows the space offline copies use, deletes
          them, and exports or imports your library. Read{' '}
          <a href="/privacy/index.html">what Instalments stores, and what leaves the browser</a>.
          Instalments aims for WCAG 2.2 AA; its accessibility statement, with how it is tested and
          its known gaps, is in docs/accessibility.md in its source.
        </p>
      </section>
    </main>
  );
}
