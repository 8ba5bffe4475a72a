/**
 * The settings the content script and the popup need, read without the schema library: the
 * content script runs on every page load and the popup on every click, and both stay small.
 * settings.ts and managed.ts check the same fields with these same functions.
 */
import { LIST_ITEMS_LIMIT, PLATFORM_NAME as PLATFORM } from '../core/limits';

const MAX_PLATFORMS = LIST_ITEMS_LIMIT;

const field = (raw: unknown, key: string): unknown =>
  raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;

/** What counts as read: the end of the article (1), or 90 % or 75 % of it. */
export const READ_AT_CHOICES = [1, 0.9, 0.75] as const;

/** The reader's "what counts as read", or the end when it is missing or not a choice. */
export function readAtSetting(userSettings: unknown): number {
  const raw = field(userSettings, 'readAt');
  return READ_AT_CHOICES.find((choice) => choice === raw) ?? 1;
}

/** Whether the organisation lets Instalments look beyond the supported platforms. */
export const anySiteAllowed = (policy: unknown): boolean => field(policy, 'allowAnySite') !== false;

const MAX_REMINDER_DAYS = 3650;
export const isReminderDays = (raw: unknown): raw is number =>
  typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= MAX_REMINDER_DAYS;

/** How old an export may grow before a reminder: the organisation's, else the reader's; 0 never. */
export function reminderDays(userSettings: unknown, policy: unknown): number {
  const fixed = field(policy, 'exportReminderDays');
  if (isReminderDays(fixed)) return fixed;
  const own = field(userSettings, 'exportReminderDays');
  return isReminderDays(own) ? own : 0;
}

/** A list of platform ids, or null when `raw` is not one. */
export function platformList(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_PLATFORMS) return null;
  return raw.every((p) => typeof p === 'string' && PLATFORM.test(p))
    ? [...(raw as string[])]
    : null;
}

/**
 * The platforms switched off: by the organisation's `enabledPlatforms` policy where it is
 * set (everything it does not name), else by the reader's own `disabledPlatforms`.
 */
export function disabledPlatforms(
  userSettings: unknown,
  policy: unknown,
  platforms: readonly string[],
): string[] {
  const enabled = platformList(field(policy, 'enabledPlatforms'));
  if (enabled) return platforms.filter((p) => !enabled.includes(p));
  return platformList(field(userSettings, 'disabledPlatforms')) ?? [];
}
