import { useEffect, useState } from 'preact/hooks';
import { formatDate, plural, t, type MessageKey } from '../core/i18n';
import { PLATFORMS, platformName } from '../core/identity/platforms';
import { formatBytes } from '../core/offline/images';
import type { SettingsState } from '../settings/managed';
import { READ_AT_CHOICES } from '../settings/platform-switch';
import { FOLLOW_EVERY_HOURS, type Settings } from '../settings/settings';
import { NO_STATUS, type SyncStatus } from '../core/sync/status';

const MB = 1024 * 1024;

/** The sites beyond the supported platforms, as the browser's permissions record them. */
export interface SiteAccess {
  anySite: boolean;
  sites: string[];
}

/** Where settings live; the options page passes the browser's, tests an in-memory one. */
export interface SettingsStore {
  load(): Promise<SettingsState>;
  save(change: Partial<Settings>): Promise<void>;
  /** Returns a function that stops listening. */
  onChanged: (listener: (state: SettingsState) => void) => () => void;
  sites: {
    load(): Promise<SiteAccess>;
    onChanged(listener: () => void): () => void;
    /** Shows the browser's permission prompt: call it straight from the click. */
    requestAnySite(): Promise<boolean>;
    stopAnySite(): Promise<void>;
    forget(origin: string): Promise<void>;
    /**
     * Sites allowed on the reader's other computers and not here; calls `listener` now and on
     * every change, returns a stop function.
     */
    elsewhere(listener: (origins: string[]) => void): () => void;
    /** Shows the browser's prompt for one site: call it straight from the click. */
    remember(origin: string): Promise<boolean>;
  };
  /** Bytes this extension stores in the browser, when the browser says. */
  usage(): Promise<number | null>;
  /**
   * Deletes the library, settings and granted sites: on every computer the library syncs to
   * (`everywhere`), or on this one only.
   */
  deleteEverything(everywhere: boolean): Promise<void>;
  /** How sync last went; calls `listener` now and on every change, returns a stop function. */
  syncStatus(listener: (status: SyncStatus) => void): () => void;
}

function useSettings(store: SettingsStore): SettingsState | null {
  const [state, setState] = useState<SettingsState | null>(null);
  useEffect(() => {
    void store.load().then(setState);
    return store.onChanged(setState);
  }, [store]);
  return state;
}

function useSites(store: SettingsStore): SiteAccess | null {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  useEffect(() => {
    const read = () => void store.sites.load().then(setAccess);
    read();
    return store.sites.onChanged(read);
  }, [store]);
  return access;
}

function Locked() {
  return <p class="locked">{t('setByOrganisation')}</p>;
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
  const [error, setError] = useState('');
  const id = `limit-${label.replace(/\W+/g, '-')}`;
  return (
    <div>
      <label class="field">
        <span>{label}</span>
        <input
          type="number"
          min={min}
          max={max}
          step={1}
          value={Math.round(value / MB)}
          aria-invalid={error !== ''}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            const mb = Number((e.target as HTMLInputElement).value);
            // A number out of range is said, not silently dropped: the limit stays as it was.
            if (Number.isInteger(mb) && mb >= min && mb <= max) {
              setError('');
              onChange(Math.round(mb * MB));
            } else {
              setError(t('limitOutOfRange', min, max, Math.round(value / MB)));
            }
          }}
        />
        <span>{t('unitMegabytes')}</span>
      </label>
      {error && (
        <p id={`${id}-error`} class="manage__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function PlatformsSection({ store, state }: { store: SettingsStore; state: SettingsState }) {
  const { settings, locked } = state;
  const off = new Set(settings.disabledPlatforms);
  return (
    <section aria-labelledby="platforms-heading">
      <h2 id="platforms-heading">{t('platformsHeading')}</h2>
      <p>{t('platformsIntro')}</p>
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
  );
}

/** Sites by host, each with one action (forget it, allow it here). */
function SiteList({
  origins,
  action,
  label,
  onClick,
}: {
  origins: readonly string[];
  action: string;
  label: (host: string) => string;
  onClick: (origin: string) => void;
}) {
  return (
    <ul class="sites">
      {origins.map((origin) => (
        <li key={origin}>
          <span>{new URL(origin).host}</span>{' '}
          <button
            type="button"
            class="text-button"
            aria-label={label(new URL(origin).host)}
            onClick={() => onClick(origin)}
          >
            {action}
          </button>
        </li>
      ))}
    </ul>
  );
}

function SitesSection({ store, state }: { store: SettingsStore; state: SettingsState }) {
  const access = useSites(store);
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  useEffect(() => store.sites.elsewhere(setElsewhere), [store]);
  const [refused, setRefused] = useState(false);
  const allowed = state.anySiteAllowed;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p>{t('sitesIntro')}</p>
      {state.locked.has('anySite') && <Locked />}
      {!allowed && <p>{t('sitesNotAllowed')}</p>}
      <label class="field">
        <input
          type="checkbox"
          role="switch"
          checked={allowed && (access?.anySite ?? false)}
          disabled={!allowed || !access}
          aria-describedby="any-site-hint"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            setRefused(false);
            if (!input.checked) {
              void store.sites.stopAnySite();
              return;
            }
            // The switch shows what is granted, not what was clicked: it turns on when the
            // browser reports the grant. The prompt needs this click: nothing is awaited first.
            input.checked = false;
            void store.sites.requestAnySite().then((granted) => setRefused(!granted));
          }}
        />
        <span>{t('anySiteSwitch')}</span>
      </label>
      <p id="any-site-hint" class="hint">
        {t('anySiteHint')}
      </p>
      {refused && <p role="status">{t('anySiteRefused')}</p>}
      {allowed && access && !access.anySite && (
        <>
          <h3>{t('rememberedSitesHeading')}</h3>
          {access.sites.length === 0 ? (
            <p>{t('rememberedSitesNone')}</p>
          ) : (
            <SiteList
              origins={access.sites}
              action={t('forgetSite')}
              label={(host) => t('forgetSiteLabel', host)}
              onClick={(origin) => void store.sites.forget(origin)}
            />
          )}
          {elsewhere.length > 0 && (
            <>
              <h3>{t('sitesElsewhereHeading')}</h3>
              <SiteList
                origins={elsewhere}
                action={t('allowSiteHere')}
                label={(host) => t('allowSiteHereLabel', host)}
                onClick={(origin) => void store.sites.remember(origin)}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

const READ_AT_LABELS: Record<number, MessageKey> = {
  1: 'readAtEnd',
  0.9: 'readAtMost',
  0.75: 'readAtThreeQuarters',
};

function ReadingSection({ store, state }: { store: SettingsStore; state: SettingsState }) {
  const { settings } = state;
  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading">{t('readingHeading')}</h2>
      <label class="field">
        <span>{t('readAtSetting')}</span>
        <select
          value={String(settings.readAt)}
          onChange={(e) =>
            void store.save({
              readAt: Number((e.target as HTMLSelectElement).value) as Settings['readAt'],
            })
          }
        >
          {READ_AT_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {t(READ_AT_LABELS[choice] ?? 'readAtEnd')}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('readAtHint')}</p>
    </section>
  );
}

function FollowSection({ store, state }: { store: SettingsStore; state: SettingsState }) {
  const { settings, locked } = state;
  const fixed = locked.has('follow');
  return (
    <section aria-labelledby="follow-settings-heading">
      <h2 id="follow-settings-heading">{t('settingsFollowHeading')}</h2>
      {fixed && <Locked />}
      <label class="field">
        <input
          type="checkbox"
          checked={settings.follow}
          disabled={fixed}
          onChange={(e) => void store.save({ follow: (e.target as HTMLInputElement).checked })}
        />
        <span>{t('settingsFollowSwitch')}</span>
      </label>
      <label class="field">
        <span>{t('settingsFollowEvery')}</span>
        <select
          value={String(settings.followEveryHours)}
          disabled={fixed || !settings.follow}
          onChange={(e) =>
            void store.save({
              followEveryHours: Number(
                (e.target as HTMLSelectElement).value,
              ) as Settings['followEveryHours'],
            })
          }
        >
          {FOLLOW_EVERY_HOURS.map((n) => (
            <option key={n} value={String(n)}>
              {plural('settingsFollowHours', n)}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('settingsFollowHelp')}</p>
    </section>
  );
}

function OfflineSection({ store, state }: { store: SettingsStore; state: SettingsState }) {
  const { settings, locked } = state;
  return (
    <section aria-labelledby="offline-settings-heading">
      <h2 id="offline-settings-heading">{t('offlineHeading')}</h2>
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
        <span>{t('autoSaveSetting')}</span>
      </label>
      <MegabytesField
        label={t('maxImageSetting')}
        value={settings.maxImageBytes}
        min={1}
        max={50}
        onChange={(maxImageBytes) => void store.save({ maxImageBytes })}
      />
      <MegabytesField
        label={t('maxPartSetting')}
        value={settings.maxPartBytes}
        min={1}
        max={500}
        onChange={(maxPartBytes) => void store.save({ maxPartBytes })}
      />
    </section>
  );
}

function SyncSection({ store, state }: { store: SettingsStore; state: SettingsState }) {
  const { settings, locked } = state;
  const [status, setStatus] = useState<SyncStatus>(NO_STATUS);
  useEffect(() => store.syncStatus(setStatus), [store]);
  const fixed = locked.has('sync');
  const skipped = status.skipped.newer + status.skipped.damaged;
  return (
    <section aria-labelledby="sync-settings-heading">
      <h2 id="sync-settings-heading">{t('settingsSyncHeading')}</h2>
      {fixed && <Locked />}
      <label class="field">
        <input
          type="checkbox"
          checked={settings.sync}
          disabled={fixed}
          onChange={(e) => void store.save({ sync: (e.target as HTMLInputElement).checked })}
        />
        <span>{t('settingsSyncSwitch')}</span>
      </label>
      <p class="hint">{t('settingsSyncHelp')}</p>
      {settings.sync && (
        <div role="status" class="sync-status">
          <p>{status.at > 0 ? t('syncLastSynced', formatDate(status.at)) : t('syncNotYet')}</p>
          {status.left.length > 0 && (
            <p>{plural('syncLeftOut', status.left.length, status.left.join(', '))}</p>
          )}
          {skipped > 0 && <p>{plural('syncSkipped', skipped)}</p>}
          {status.error && <p>{t('syncRefused', status.error)}</p>}
        </div>
      )}
    </section>
  );
}

const REMINDER_CHOICES = [0, 7, 30, 90];

function DataSection({ store, state }: { store: SettingsStore; state: SettingsState }) {
  const [usage, setUsage] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<'no' | 'busy' | 'yes' | 'failed'>('no');
  useEffect(() => {
    void store.usage().then(setUsage);
  }, [store, deleted]);
  const days = state.settings.exportReminderDays;
  const choices = REMINDER_CHOICES.includes(days) ? REMINDER_CHOICES : [...REMINDER_CHOICES, days];
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataIntro')}</p>
      {usage !== null && <p>{t('storageUsed', formatBytes(usage))}</p>}
      <p>
        <a href="/library/index.html#backup">{t('dataExportLink')}</a>
      </p>
      {state.locked.has('exportReminderDays') && <Locked />}
      <label class="field">
        <span>{t('exportReminderSetting')}</span>
        <select
          value={String(days)}
          disabled={state.locked.has('exportReminderDays')}
          onChange={(e) =>
            void store.save({ exportReminderDays: Number((e.target as HTMLSelectElement).value) })
          }
        >
          {choices.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0 ? t('exportReminderNever') : t('exportReminderDays', n)}
            </option>
          ))}
        </select>
      </label>
      <p>
        <a href="/statement/index.html?doc=privacy">{t('privacyLink')}</a>
      </p>
      <p>
        <a href="/statement/index.html?doc=accessibility">{t('accessibilityLink')}</a>
      </p>
      {!confirming && (
        <button type="button" class="text-button danger" onClick={() => setConfirming(true)}>
          {t('deleteEverything')}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-everything-question" class="confirm">
          <p id="delete-everything-question">{t('deleteEverythingQuestion')}</p>
          {state.settings.sync && <p>{t('deleteEverythingSyncNote')}</p>}
          {(state.settings.sync ? [false, true] : [false]).map((everywhere) => (
            <>
              <button
                type="button"
                class="text-button danger"
                disabled={deleted === 'busy'}
                onClick={() => {
                  setDeleted('busy');
                  store.deleteEverything(everywhere).then(
                    () => {
                      setDeleted('yes');
                      setConfirming(false);
                    },
                    () => setDeleted('failed'),
                  );
                }}
              >
                {!state.settings.sync
                  ? t('deleteEverythingConfirm')
                  : everywhere
                    ? t('deleteEverythingEverywhere')
                    : t('deleteEverythingHere')}
              </button>{' '}
            </>
          ))}
          <button type="button" class="text-button" onClick={() => setConfirming(false)}>
            {t('deleteEverythingCancel')}
          </button>
        </div>
      )}
      <p role="status">
        {deleted === 'yes' && t('deleteEverythingDone')}
        {deleted === 'failed' && t('deleteEverythingFailed')}
      </p>
    </section>
  );
}

/**
 * The options page: where Instalments looks, reading settings, and your data. A setting an
 * organisation's policy fixes is shown, locked, with "Set by your organisation".
 */
export function SettingsView({ store }: { store: SettingsStore }) {
  const state = useSettings(store);
  if (!state) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <header class="masthead">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('settingsTitle')}</h1>
      </header>
      <PlatformsSection store={store} state={state} />
      <SitesSection store={store} state={state} />
      <ReadingSection store={store} state={state} />
      <FollowSection store={store} state={state} />
      <SyncSection store={store} state={state} />
      <OfflineSection store={store} state={state} />
      <DataSection store={store} state={state} />
    </main>
  );
}
