/**
 * When each followed series is checked next: politely (one request per site per run, the
 * reader's interval between checks, longer and longer waits after errors, a site's own
 * Retry-After honoured) and not for ever (a series that has all its parts, or that has had
 * nothing new for a year, stops).
 */
export type FollowOutcome =
  | { kind: 'nothing' }
  | { kind: 'new'; count: number }
  | { kind: 'error'; reason: string; status?: number }
  | { kind: 'stopped'; reason: 'complete' | 'quiet' | 'no-access' };

export interface FollowRow {
  seriesId: string;
  /** The reader's choice; on by default once a series has two parts. */
  on: boolean;
  /** The site checked (no "www."): one request per site per run. */
  site: string;
  /**
   * The address checked: the site's feed (the platform's, or one the part's page announced),
   * else the latest part's own page. Null until the first check chooses.
   */
  source: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Which address the validators belong to. */
  validatorsFor: string | null;
  checkedAt: number | null;
  outcome: FollowOutcome | null;
  failures: number;
  nextCheckAt: number;
  /** The last time a check found a new part (or the series was followed). */
  lastNewAt: number;
}

export const HOUR = 3_600_000;
const MAX_BACKOFF = 7 * 24 * HOUR;
const QUIET_FOR = 365 * 24 * HOUR;

/**
 * Due follows by site, the one waiting longest first. A run makes one request per site: for
 * the first follow's address, which every follow of that site sharing it is checked against.
 */
export function dueBySite(rows: readonly FollowRow[], now: number): FollowRow[][] {
  const bySite = new Map<string, FollowRow[]>();
  for (const row of rows) {
    if (!row.on || row.nextCheckAt > now || row.outcome?.kind === 'stopped') continue;
    bySite.set(row.site, [...(bySite.get(row.site) ?? []), row]);
  }
  return [...bySite.values()].map((list) => list.sort((a, b) => a.nextCheckAt - b.nextCheckAt));
}

/** After a check: when to check again, and whether to stop. */
export function afterCheck(
  row: FollowRow,
  outcome: FollowOutcome,
  now: number,
  everyMs: number,
  retryAfterMs: number | null = null,
): FollowRow {
  const failures = outcome.kind === 'error' ? row.failures + 1 : 0;
  const lastNewAt = outcome.kind === 'new' ? now : row.lastNewAt;
  const wait =
    outcome.kind === 'error'
      ? Math.max(retryAfterMs ?? 0, Math.min(MAX_BACKOFF, everyMs * 2 ** (failures - 1)))
      : everyMs;
  const quiet = outcome.kind !== 'new' && now - lastNewAt > QUIET_FOR;
  return {
    ...row,
    checkedAt: now,
    outcome: quiet ? { kind: 'stopped', reason: 'quiet' } : outcome,
    failures,
    lastNewAt,
    nextCheckAt: now + wait,
  };
}

/** Seconds or an HTTP date, as Retry-After says; null when absent or unreadable. */
export function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
