/**
 * The sites the reader let Instalments look at, across their computers: each origin with when
 * it was last allowed (positive) or taken back (negative). A computer cannot grant itself a
 * site; it offers the reader the sites allowed elsewhere, and the browser asks as always.
 */
export type SiteLog = Readonly<Record<string, number>>;

/** Origin by origin, the later word; on a tie, allowed. */
export function joinSites(a: SiteLog, b: SiteLog): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [origin, at] of Object.entries(b)) {
    const mine = out[origin];
    if (
      mine === undefined ||
      Math.abs(at) > Math.abs(mine) ||
      (Math.abs(at) === Math.abs(mine) && at > mine)
    ) {
      out[origin] = at;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : 1)));
}

/** Allowed on another computer, not (or no longer) here. */
export const allowedElsewhere = (log: SiteLog, here: readonly string[]): string[] =>
  Object.entries(log)
    .filter(([origin, at]) => at > 0 && !here.includes(origin))
    .map(([origin]) => origin)
    .sort();

/** A log as stored: anything that is not an origin with a time is left out. */
export function parseSiteLog(raw: unknown): SiteLog {
  if (raw === null || typeof raw !== 'object') return {};
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([origin, at]) => /^https?:\/\/[^*/\s]+$/.test(origin) && Number.isSafeInteger(at),
    ),
  );
}
