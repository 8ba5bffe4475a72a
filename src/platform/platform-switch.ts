import { PLATFORMS } from '../core/identity/platforms';
import { disabledPlatforms, platformList, readAtSetting } from '../settings/platform-switch';
import { SETTINGS_KEY } from '../settings/storage-key';
import { browser } from './browser';
import { EPOCH_KEY, epochOf } from './library-epoch';

/**
 * The platforms switched off once policies are applied, as the background last worked them
 * out. Content scripts read this, never managed storage: there `storage.managed.get()` does
 * not answer (seen in Chromium 156), and a page would wait for it forever.
 */
const SWITCHED_OFF_KEY = 'switched-off-platforms';

/** The organisation's policies as stored, unchecked. For extension pages and the background. */
export async function rawPolicy(): Promise<unknown> {
  try {
    // Bounded: a managed area that never answers must not hold up saving or the badge.
    return await Promise.race([
      browser.storage.managed.get(),
      new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve({}), 2000)),
    ]);
  } catch {
    // No policy for this extension (Firefox without policies.json, Chrome without one set).
    return {};
  }
}

/** The background's part: keep SWITCHED_OFF_KEY up to date with settings and policies. */
export async function publishSwitchedOff(): Promise<void> {
  const [local, managed] = await Promise.all([
    browser.storage.local.get([SETTINGS_KEY, SWITCHED_OFF_KEY]),
    rawPolicy(),
  ]);
  const now = disabledPlatforms(local[SETTINGS_KEY], managed, PLATFORMS);
  if (JSON.stringify(now) !== JSON.stringify(local[SWITCHED_OFF_KEY])) {
    await browser.storage.local.set({ [SWITCHED_OFF_KEY]: now });
  }
}

export const settingsChanged = (changes: Record<string, unknown>, area: string): boolean =>
  area === 'managed' || (area === 'local' && SETTINGS_KEY in changes);

/** What a content script needs of the settings. */
export interface ContentSettings {
  /** Platforms switched off, by the reader or their organisation. */
  disabled: ReadonlySet<string>;
  /** What counts as read. */
  readAt: number;
  /** The library epoch: it moves on when the reader deletes everything. */
  epoch: number;
}

/**
 * The content script's part: its settings, now and whenever they change, read without the
 * schema library. Before the background has published anything, the reader's own settings
 * stand.
 */
export function watchContentSettings(listener: (settings: ContentSettings) => void): void {
  const read = async () => {
    const local = await browser.storage.local.get([SETTINGS_KEY, SWITCHED_OFF_KEY, EPOCH_KEY]);
    const published = platformList(local[SWITCHED_OFF_KEY]);
    listener({
      disabled: new Set(published ?? disabledPlatforms(local[SETTINGS_KEY], {}, PLATFORMS)),
      readAt: readAtSetting(local[SETTINGS_KEY]),
      epoch: epochOf(local[EPOCH_KEY]),
    });
  };
  const keys = [SWITCHED_OFF_KEY, SETTINGS_KEY, EPOCH_KEY];
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && keys.some((key) => key in changes)) void read();
  });
  void read().catch(() => listener({ disabled: new Set(), readAt: 1, epoch: 0 }));
}
