import type { ReminderState } from '../core/backup/reminder';
import { browser } from './browser';
import { loadSettings } from './settings-store';

const LAST_EXPORT = 'last-export-at';
const SNOOZED = 'export-reminder-snoozed-at';

const time = (raw: unknown): number | null =>
  typeof raw === 'number' && Number.isFinite(raw) ? raw : null;

export async function reminderState(): Promise<ReminderState> {
  const [settings, stored] = await Promise.all([
    loadSettings(),
    browser.storage.local.get([LAST_EXPORT, SNOOZED]),
  ]);
  return {
    days: settings.exportReminderDays,
    lastExportAt: time(stored[LAST_EXPORT]),
    snoozedAt: time(stored[SNOOZED]),
  };
}

/** A whole-library JSON backup was downloaded: the reminder starts counting again. */
export const recordExport = (now: number) =>
  browser.storage.local.set({ [LAST_EXPORT]: now, [SNOOZED]: null });

export const snoozeReminder = (now: number) => browser.storage.local.set({ [SNOOZED]: now });
