import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '../core/i18n';
import { formatBytes } from '../core/offline/images';
import { offlineUsage } from '../db/queries';
import type { LibraryDb } from '../db/schema';
import type { Actions } from './actions';
import { useLiveQuery } from './use-live-query';

function useEstimate(): StorageEstimate | null {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate, () => setEstimate(null));
  }, []);
  return estimate;
}

/** The library tab's account of offline copies: space used, and delete all. */
export function OfflinePanel({ db, actions }: { db: LibraryDb; actions: Actions }) {
  const usage = useLiveQuery(() => offlineUsage(db), [db]);
  const estimate = useEstimate();
  const [confirming, setConfirming] = useState(false);
  const copies = usage.status === 'ready' ? usage.value : null;
  return (
    <section id="offline" class="offline-panel" aria-labelledby="offline-heading">
      <h2 id="offline-heading">{t('offlineCopiesHeading')}</h2>
      <p>
        {copies
          ? plural('offlineCopies', copies.copies, formatBytes(copies.bytes))
          : t('offlineCounting')}{' '}
        {estimate?.usage !== undefined &&
          (estimate.quota
            ? t('offlineUsageQuota', formatBytes(estimate.usage), formatBytes(estimate.quota))
            : t('offlineUsage', formatBytes(estimate.usage)))}
      </p>
      <p>
        <a href="/options/index.html" target="_blank" rel="noopener">
          {t('offlineSettingsLink')}
        </a>
      </p>
      {copies && copies.copies > 0 && !confirming && (
        <button type="button" class="text-button" onClick={() => setConfirming(true)}>
          {t('offlineDeleteAll')}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-all-question" class="confirm">
          <p id="delete-all-question">{plural('offlineDeleteAllQuestion', copies?.copies ?? 0)}</p>
          <button
            type="button"
            class="text-button"
            onClick={() => {
              actions.deleteCopies({ scope: 'all' });
              setConfirming(false);
            }}
          >
            {t('offlineDeleteAllConfirm')}
          </button>{' '}
          <button type="button" class="text-button" onClick={() => setConfirming(false)}>
            {t('offlineDeleteAllCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
