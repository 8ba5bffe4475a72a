import { EPOCH_KEY, epochOf } from '../settings/storage-key';
import { browser } from './browser';

/** The library epoch in storage.local, for the background (see EPOCH_KEY). */
export const libraryEpoch = {
  read: async (): Promise<number> =>
    epochOf((await browser.storage.local.get(EPOCH_KEY))[EPOCH_KEY]),
  write: (epoch: number): Promise<void> => browser.storage.local.set({ [EPOCH_KEY]: epoch }),
};
