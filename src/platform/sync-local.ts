import { parseSiteLog, type SiteLog } from '../core/sync/sites';
import { parseStatus, type SyncStatus } from '../core/sync/status';
import { SITES_LOG_KEY, SYNC_STATUS_KEY } from '../settings/storage-key';
import { browser } from './browser';

/** What sync keeps on this computer (storage.local), for the background and the options page. */

export const readSyncStatus = async (): Promise<SyncStatus> =>
  parseStatus((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY]);

export const saveSyncStatus = (status: SyncStatus): Promise<void> =>
  browser.storage.local.set({ [SYNC_STATUS_KEY]: status });

export const readSitesLog = async (): Promise<SiteLog> =>
  parseSiteLog((await browser.storage.local.get(SITES_LOG_KEY))[SITES_LOG_KEY]);

export const saveSitesLog = (log: SiteLog): Promise<void> =>
  browser.storage.local.set({ [SITES_LOG_KEY]: log });

/** Calls `listener` whenever `key` changes in storage.local; returns a stop function. */
export function onLocalChange(key: string, listener: () => void): () => void {
  const changed = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && key in changes) listener();
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}
