/** Where the current epoch is kept; see src/platform/library-epoch. */
export interface EpochStore {
  read(): Promise<number>;
  write(epoch: number): Promise<void>;
}

/**
 * "Delete everything" has to win over reports already on their way from open tabs. A report
 * is recorded only under the epoch its page started in; a wipe moves the epoch on first, then
 * waits for the reports it already let in, and only then clears. So a report is either
 * recorded before the wipe (and cleared by it) or refused: never recorded after it.
 */
export function createWipeGate(store: EpochStore) {
  const admitted = new Set<Promise<unknown>>();
  return {
    /** Runs `record` if `epoch` is current; null (nothing recorded) if the library was wiped. */
    async admit<T>(epoch: number, record: () => Promise<T>): Promise<T | null> {
      const work = store.read().then((current) => (current === epoch ? record() : null));
      admitted.add(work);
      try {
        return await work;
      } finally {
        admitted.delete(work);
      }
    },
    async wipe(clear: () => Promise<void>): Promise<void> {
      await store.write((await store.read()) + 1);
      await Promise.allSettled([...admitted]);
      await clear();
    },
  };
}
