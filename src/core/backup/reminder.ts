/**
 * When to remind the reader to export their library. It lives only in this browser, so an
 * export is their only copy; the reminder is off unless they (or their organisation) set
 * how many days an export may grow old.
 */
const DAY = 24 * 60 * 60 * 1000;
/** "Later" hides the reminder for this long, or for the whole period if that is shorter. */
const SNOOZE_DAYS = 7;

export interface ReminderState {
  days: number;
  lastExportAt: number | null;
  snoozedAt: number | null;
}

export function exportDue(
  { days, lastExportAt, snoozedAt }: ReminderState,
  /** When the oldest series was added; null for an empty library, which needs no backup. */
  oldestSeriesAt: number | null,
  now: number,
): boolean {
  if (days <= 0 || oldestSeriesAt === null) return false;
  if (snoozedAt !== null && now - snoozedAt < Math.min(days, SNOOZE_DAYS) * DAY) return false;
  return now - (lastExportAt ?? oldestSeriesAt) >= days * DAY;
}
