import { withBenchPage } from './engine';

declare const InstalmentsFollowBench: (
  series: number,
  sites: number,
) => Promise<{
  ms: number;
  requests: number;
  checked: number;
  found: number;
  sitesAsked: number;
  maxPerSite: number;
}>;

/** The alarm that wakes the checks (FOLLOW_WAKE_MINUTES in the background). */
const ALARM_WINDOW_MS = 30 * 60_000;

/**
 * One check of 200 followed series on 50 sites in Debian's Chromium: requests per site, new
 * parts found, and the time it takes against the alarm's window (sites answering at once, so
 * this is Instalments' own cost).
 */
export async function measureFollow(): Promise<Record<string, number>> {
  return withBenchPage('scripts/bench/follow-entry.ts', async (page) => {
    const run = await page.evaluate(() => InstalmentsFollowBench(200, 50));
    return {
      follow_series: 200,
      follow_sites: 50,
      follow_requests: run.requests,
      follow_max_requests_per_site: run.maxPerSite,
      follow_new_parts_found: run.found,
      follow_check_ms: Math.round(run.ms),
      follow_ms_per_series: Math.round((run.ms / 200) * 100) / 100,
      follow_check_vs_alarm_window_ratio: Math.round((run.ms / ALARM_WINDOW_MS) * 10000) / 10000,
    };
  });
}
