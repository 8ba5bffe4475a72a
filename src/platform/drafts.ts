import { DRAFT_PREFIX } from '../settings/storage-key';
import { browser } from './browser';

/** Unsaved note text, kept while the popup is closed, until the reader saves or cancels. */
export interface NoteDrafts {
  read(key: string): Promise<string | null>;
  /** null forgets the draft. */
  write(key: string, text: string | null): void;
}

// storage.session: kept while the browser runs, gone when it closes or the library is
// deleted; never written to disk.
export const noteDrafts: NoteDrafts = {
  read: async (key) => {
    const stored = (await browser.storage.session.get(DRAFT_PREFIX + key))[DRAFT_PREFIX + key];
    return typeof stored === 'string' ? stored : null;
  },
  write: (key, text) =>
    void (
      text === null
        ? browser.storage.session.remove(DRAFT_PREFIX + key)
        : browser.storage.session.set({ [DRAFT_PREFIX + key]: text })
    ).catch((error: unknown) => console.warn('Instalments:', error)),
};
