import { browser } from './browser';

/**
 * Which library a page's reports belong to. "Delete everything" moves it on, so a tab that
 * was open before the wipe cannot bring the series back: its reports carry the old epoch.
 * It lives in `storage.local`, which content scripts can read, and survives the wipe itself.
 */
export const EPOCH_KEY = 'library-epoch';

/** The epoch as stored; 0 before the first wipe (and for anything that is not a count). */
export function epochOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

export const libraryEpoch = {
  read: async (): Promise<number> =>
    epochOf((await browser.storage.local.get(EPOCH_KEY))[EPOCH_KEY]),
  write: (epoch: number): Promise<void> => browser.storage.local.set({ [EPOCH_KEY]: epoch }),
};
