/** How sync last went on this computer, as the options page shows it. */
export interface SyncStatus {
  /** When this computer last finished a sync; 0 never. */
  at: number;
  /** The series left out for want of room, most recently read first. */
  left: string[];
  /** Items another computer wrote that could not be read: by a newer version, or damaged. */
  skipped: { newer: number; damaged: number };
  /** The last write the browser refused (a quota), or null. */
  error: string | null;
  /** The latest "Delete everything on all your computers" this computer has seen; 0 none. */
  wipedAt: number;
}

export const NO_STATUS: SyncStatus = {
  at: 0,
  left: [],
  skipped: { newer: 0, damaged: 0 },
  error: null,
  wipedAt: 0,
};

/** The status as stored; whatever is missing or malformed reads as "not yet". */
export function parseStatus(raw: unknown): SyncStatus {
  const value = (raw ?? {}) as Partial<SyncStatus>;
  const count = (n: unknown) => (typeof n === 'number' && n >= 0 ? n : 0);
  return {
    at: count(value.at),
    left: Array.isArray(value.left) ? value.left.filter((s) => typeof s === 'string') : [],
    skipped: { newer: count(value.skipped?.newer), damaged: count(value.skipped?.damaged) },
    error: typeof value.error === 'string' ? value.error : null,
    wipedAt: count(value.wipedAt),
  };
}
