import { PLATFORMS } from '../core/identity/platforms';
import { disabledPlatforms } from '../settings/platform-switch';
import { SETTINGS_KEY, SWITCHED_OFF_KEY } from '../settings/storage-key';
import { browser } from './browser';

let policy: Promise<unknown> | null = null;

/**
 * The organisation's policies as stored, unchecked. For extension pages and the background.
 * Read once per context and kept until the browser says they changed: in Chromium 156
 * `storage.managed.get()` can take seconds, or never answer, where no policy is set, and
 * every check of a setting would wait for it.
 */
export function rawPolicy(): Promise<unknown> {
  if (policy) return policy;
  const answer = browser.storage.managed.get().catch(
    // No policy for this extension (Firefox without policies.json, Chrome without one set).
    () => ({}),
  );
  // A late answer still counts: it replaces the empty policy the wait gave up with.
  void answer.then((value) => (policy = Promise.resolve(value)));
  policy = Promise.race([
    answer,
    new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve({}), 2000)),
  ]);
  return policy;
}

browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') policy = null;
});

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
