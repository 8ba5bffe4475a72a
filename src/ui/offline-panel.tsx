import { useEffect, useState } from 'preact/hooks';
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
    <section class="offline-panel" aria-labelledby="offline-heading">
      <h2 id="offline-heading">Offline copies</h2>
      <p>
        {copies
          ? `${copies.copies} ${copies.copies === 1 ? 'part' : 'parts'} saved, using ${formatBytes(copies.bytes)}.`
          : 'Counting saved parts…'}
        {estimate?.usage !== undefined &&
          ` Instalments uses ${formatBytes(estimate.usage)} of this browser’s storage in all` +
            (estimate.quota ? ` (up to ${formatBytes(estimate.quota)} available).` : '.')}
      </p>
      <p>
        <a href="/options/index.html" target="_blank" rel="noopener">
          Settings
        </a>
        : saving parts automatically, and how large a saved part may be.
      </p>
      {copies && copies.copies > 0 && !confirming && (
        <button type="button" class="text-button" onClick={() => setConfirming(true)}>
          Delete all offline copies
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-all-question" class="confirm">
          <p id="delete-all-question">
            Delete all {copies?.copies} offline copies? Your reading progress stays.
          </p>
          <button
            type="button"
            class="text-button"
            onClick={() => {
              actions.deleteCopies({ scope: 'all' });
              setConfirming(false);
            }}
          >
            Delete all copies
          </button>{' '}
          <button type="button" class="text-button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </div>
      )}
    </section>
  );
}
