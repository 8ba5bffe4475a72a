import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../core/offline/images';
import { offlineUsage } from '../db/queries';
import type { LibraryDb } from '../db/schema';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { Actions } from './actions';
import { useLiveQuery } from './use-live-query';

const MB = 1024 * 1024;

/** Where settings live; main.tsx passes the browser's storage, tests an in-memory one. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(change: Partial<Settings>): Promise<void>;
  /** Returns a function that stops listening. */
  onChanged(listener: (settings: Settings) => void): () => void;
}

function useSettings(store: SettingsStore): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void store.load().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    return store.onChanged(setSettings);
  }, [store]);
  return settings;
}

function useEstimate(): StorageEstimate | null {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate, () => setEstimate(null));
  }, []);
  return estimate;
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

/** The library tab's account of offline copies: space used, the saving settings, delete all. */
export function OfflinePanel({
  db,
  actions,
  store,
}: {
  db: LibraryDb;
  actions: Actions;
  store: SettingsStore;
}) {
  const usage = useLiveQuery(() => offlineUsage(db), [db]);
  const estimate = useEstimate();
  const settings = useSettings(store);
  const [confirming, setConfirming] = useState(false);
  const copies = usage.status === 'ready' ? usage.value : null;
  return (
    <section class="offline-panel" aria-labelledby="offline-heading">
      <h2 id="offline-heading">Offline copies</h2>
      <p>
        {copies
          ? `${copies.copies} ${copies.copies === 1 ? 'part' : 'parts'} saved, using ${formatBytes(copies.bytes)}.`
          : 'Counting saved parts…'}
        {estimate?.usage !== undefined &&
          ` Instalments uses ${formatBytes(estimate.usage)} of this browser’s storage in all` +
            (estimate.quota ? ` (up to ${formatBytes(estimate.quota)} available).` : '.')}
      </p>
      {settings && (
        <div class="offline-panel__settings">
          <label class="field">
            <input
              type="checkbox"
              checked={settings.autoSaveOffline}
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
        </div>
      )}
      {copies && copies.copies > 0 && !confirming && (
        <button type="button" class="text-button" onClick={() => setConfirming(true)}>
          Delete all offline copies
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-all-question" class="confirm">
          <p id="delete-all-question">
            Delete all {copies?.copies} offline copies? Your reading progress stays.
          </p>
          <button
            type="button"
            class="text-button"
            onClick={() => {
              actions.deleteCopies({ scope: 'all' });
              setConfirming(false);
            }}
          >
            Delete all copies
          </button>{' '}
          <button type="button" class="text-button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </div>
      )}
    </section>
  );
}
