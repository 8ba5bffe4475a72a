import { useEffect, useState } from 'preact/hooks';
import { exportDue, type ReminderState } from '../core/backup/reminder';
import { formatDate, t } from '../core/i18n';
import type { Actions } from './actions';

/** "Your library lives only in this browser": shown when the last export is too old. */
export function ExportReminder({
  reminder,
  oldestSeriesAt,
}: {
  reminder: Actions['reminder'];
  oldestSeriesAt: number | null;
}) {
  const [state, setState] = useState<ReminderState | null>(null);
  useEffect(() => {
    void reminder.state().then(setState, () => setState(null));
  }, [reminder]);
  if (!state || !exportDue(state, oldestSeriesAt, Date.now())) return null;
  return (
    <section class="reminder" aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">{t('reminderHeading')}</h2>
      <p>
        {state.lastExportAt === null
          ? t('reminderNever')
          : t('reminderLast', formatDate(state.lastExportAt))}{' '}
        {t('reminderWhy')}
      </p>
      <a href="/library/index.html#backup" target="_blank" rel="noopener">
        {t('reminderExport')}
      </a>{' '}
      <button
        type="button"
        class="text-button"
        onClick={() => {
          reminder.snooze();
          setState(null);
        }}
      >
        {t('reminderLater')}
      </button>
    </section>
  );
}
