import type { Detection } from '../../src/core/detect/detection';
import type { FeedItem, FeedRefusal } from '../../src/core/follow/feed';
import { partsInFeed, partsOnPage, type FoundPart } from '../../src/core/follow/match';
import {
  afterCheck,
  dueBySite,
  type FollowOutcome,
  type FollowRow,
} from '../../src/core/follow/schedule';
import { acceptableSource, knownFeed } from '../../src/core/follow/sources';
import { t, type MessageKey } from '../../src/core/i18n';
import { followTarget, recordCheck, type FollowTarget } from '../../src/db/follows';
import type { LibraryDb, PartRow } from '../../src/db/schema';

/** What the site answered, reduced to what a check needs. */
export type Fetched =
  | { kind: 'not-modified' }
  | {
      kind: 'ok';
      text: string;
      /** Where the answer came from, after redirects on the same site. */
      url: string;
      type: 'feed' | 'page';
      etag: string | null;
      lastModified: string | null;
    }
  | {
      kind: 'error';
      reason: string;
      status?: number;
      retryAfterMs?: number | null;
      gone?: boolean;
    };

export type Parsed =
  | { kind: 'feed'; items: FeedItem[] }
  | { kind: 'page'; detection: Detection | null; feed: string | null }
  | { kind: 'refused'; reason: FeedRefusal };

export interface FollowDeps {
  now: () => number;
  everyMs: () => Promise<number>;
  /** The reader's switch and the organisation's policy. */
  enabled: () => Promise<boolean>;
  /** Instalments may request this address (the site was granted or is a supported platform). */
  mayAccess: (url: string) => Promise<boolean>;
  fetchSource: (
    url: string,
    validators: { etag: string | null; lastModified: string | null },
  ) => Promise<Fetched>;
  parse: (text: string, url: string, type: 'feed' | 'page') => Promise<Parsed>;
  /** New parts were recorded: tell the reader. */
  announce: (parts: PartRow[], seriesTitle: string) => Promise<void>;
}

export interface RunSummary {
  requests: number;
  checked: number;
  found: number;
}

const REFUSALS: Record<FeedRefusal, MessageKey> = {
  'too-large': 'followTooLarge',
  entities: 'followNotAFeed',
  'not-xml': 'followNotAFeed',
  'not-a-feed': 'followNotAFeed',
};

/** The address a follow checks: the feed it learnt or its platform's, else the part's page. */
function sourceOf(target: FollowTarget): string {
  const { row, series, platform } = target;
  const chosen = row.source ?? knownFeed(series.partUrl, platform) ?? series.partUrl;
  return acceptableSource(chosen, series.partUrl) ? chosen : series.partUrl;
}

export function createFollow(db: LibraryDb, deps: FollowDeps) {
  const store = async (
    target: FollowTarget,
    found: readonly FoundPart[],
    outcome: FollowOutcome,
    patch: Partial<FollowRow>,
    retryAfterMs: number | null = null,
  ): Promise<PartRow[]> => {
    const now = deps.now();
    const everyMs = await deps.everyMs();
    const added = await recordCheck(db, target.row, found, target.platform, now, (count) =>
      afterCheck(
        { ...target.row, ...patch },
        count > 0 ? { kind: 'new', count } : outcome,
        now,
        everyMs,
        retryAfterMs,
      ),
    );
    if (added.length > 0) await deps.announce(added, target.series.title);
    return added;
  };

  /** One request for `source`, applied to every follow of the site that checks it. */
  async function checkSource(source: string, targets: FollowTarget[]): Promise<number> {
    const lead = targets[0];
    if (!lead) return 0;
    const validators =
      lead.row.validatorsFor === source
        ? { etag: lead.row.etag, lastModified: lead.row.lastModified }
        : { etag: null, lastModified: null };
    const fetched = await deps.fetchSource(source, validators).catch((): Fetched => ({
      kind: 'error',
      reason: t('followUnreachable', new URL(source).host),
    }));
    // Read once for every follow sharing the answer.
    const parsed =
      fetched.kind === 'ok'
        ? await deps
            .parse(fetched.text, fetched.url, fetched.type)
            .catch((): Parsed => ({ kind: 'refused', reason: 'not-xml' }))
        : null;
    let found = 0;
    for (const target of targets) {
      // A feed that is not there (any more) or cannot be read: the part's own page next time.
      const fallBack = { source: target.series.partUrl };
      if (fetched.kind === 'not-modified') {
        await store(target, [], { kind: 'nothing' }, { source });
      } else if (fetched.kind === 'error') {
        const { reason, status } = fetched;
        await store(
          target,
          [],
          { kind: 'error', reason, ...(status && { status }) },
          fetched.gone ? fallBack : { source },
          fetched.retryAfterMs ?? null,
        );
      } else if (parsed?.kind === 'refused') {
        await store(target, [], { kind: 'error', reason: t(REFUSALS[parsed.reason]) }, fallBack);
      } else if (parsed) {
        const parts =
          parsed.kind === 'feed'
            ? partsInFeed(target.series, parsed.items)
            : partsOnPage(target.series, parsed.detection);
        // A page that announces its site's feed: that feed is checked from now on.
        const learnt =
          parsed.kind === 'page' &&
          parsed.feed &&
          acceptableSource(parsed.feed, target.series.partUrl)
            ? { source: parsed.feed, etag: null, lastModified: null, validatorsFor: null }
            : {
                source,
                etag: fetched.etag,
                lastModified: fetched.lastModified,
                validatorsFor: source,
              };
        found += (await store(target, parts, { kind: 'nothing' }, learnt)).length;
      }
    }
    return found;
  }

  /**
   * Checks what is due, one request per site; `only` checks one series now ("Check now"),
   * whatever its schedule.
   */
  async function run(only?: string): Promise<RunSummary> {
    const summary: RunSummary = { requests: 0, checked: 0, found: 0 };
    if (!only && !(await deps.enabled())) return summary;
    const now = deps.now();
    const rows = await db.follows.toArray();
    const groups = only
      ? [
          rows
            .filter((r) => r.seriesId === only)
            .map((r) => ({ ...r, on: true, nextCheckAt: now, outcome: null })),
        ]
      : dueBySite(rows, now);
    await Promise.all(
      groups.map(async (group) => {
        const targets: FollowTarget[] = [];
        for (const row of group) {
          const target = await followTarget(db, row);
          if (!target) {
            await db.follows.delete(row.seriesId);
            continue;
          }
          if (target.complete) {
            await store(target, [], { kind: 'stopped', reason: 'complete' }, {});
            continue;
          }
          targets.push(target);
        }
        const lead = targets[0];
        if (!lead) return;
        const source = sourceOf(lead);
        if (!(await deps.mayAccess(source))) {
          for (const target of targets) {
            await store(target, [], { kind: 'stopped', reason: 'no-access' }, {});
          }
          return;
        }
        const sharing = targets.filter((target) => sourceOf(target) === source);
        summary.requests += 1;
        summary.checked += sharing.length;
        // Awaited first: groups run at once, and `x += await y` would add to a stale total.
        const found = await checkSource(source, sharing);
        summary.found += found;
      }),
    );
    return summary;
  }

  return { run };
}
