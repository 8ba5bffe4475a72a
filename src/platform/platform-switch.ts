import { PLATFORMS } from '../core/identity/platforms';
import { disabledPlatforms } from '../settings/platform-switch';
import { SETTINGS_KEY, SWITCHED_OFF_KEY } from '../settings/storage-key';
import { browser } from './browser';

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
