import type { ReminderState } from '../core/backup/reminder';
import { reminderDays } from '../settings/platform-switch';
import { SETTINGS_KEY } from '../settings/storage-key';
import { browser } from './browser';
import { rawPolicy } from './platform-switch';
import { LAST_EXPORT_KEY, REMINDER_SNOOZED_KEY } from '../settings/storage-key';

const time = (raw: unknown): number | null =>
  typeof raw === 'number' && Number.isFinite(raw) ? raw : null;

export async function reminderState(): Promise<ReminderState> {
  // Read without the schema library, which the popup does not load.
  const [stored, policy] = await Promise.all([
    browser.storage.local.get([SETTINGS_KEY, LAST_EXPORT_KEY, REMINDER_SNOOZED_KEY]),
    rawPolicy(),
  ]);
  return {
    days: reminderDays(stored[SETTINGS_KEY], policy),
    lastExportAt: time(stored[LAST_EXPORT_KEY]),
    snoozedAt: time(stored[REMINDER_SNOOZED_KEY]),
  };
}

/** A whole-library JSON backup was downloaded: the reminder starts counting again. */
export const recordExport = (now: number) =>
  browser.storage.local.set({ [LAST_EXPORT_KEY]: now, [REMINDER_SNOOZED_KEY]: null });

export const snoozeReminder = (now: number) =>
  browser.storage.local.set({ [REMINDER_SNOOZED_KEY]: now });
