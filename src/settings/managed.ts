import * as v from 'valibot';
import { anySiteAllowed, disabledPlatforms, isReminderDays, platformList } from './platform-switch';
import type { Settings } from './settings';

/**
 * Policies an organisation sets for everyone (Chrome/Edge: `storage.managed`, described by
 * public/managed_schema.json; Firefox: the "3rdparty" section of policies.json). A policy
 * overrides the reader's own setting, and its control is shown locked. A policy value that is
 * malformed is ignored, not fatal: the reader's own setting stands.
 */
const PolicySchema = v.object({
  /** The only platforms Instalments looks at; every other one is switched off. */
  enabledPlatforms: v.optional(v.custom<string[]>((raw) => platformList(raw) !== null)),
  autoSaveOffline: v.optional(v.boolean()),
  /**
   * false: Instalments stays on the supported platforms. Detecting series on any site,
   * remembered sites and "Check this page" are switched off, and their permissions given back.
   */
  allowAnySite: v.optional(v.boolean()),
  /** Remind the reader to export their library when the last export is this many days old; 0 never. */
  exportReminderDays: v.optional(v.custom<number>(isReminderDays)),
  /** false: no background checks for new parts. */
  followSeries: v.optional(v.boolean()),
  /** false: the library is not synced through the browser's account. */
  syncEnabled: v.optional(v.boolean()),
});

export type Policy = v.InferOutput<typeof PolicySchema>;

/** Which settings a policy fixes: the UI shows them as "Set by your organisation". */
export type Lockable =
  'platforms' | 'autoSaveOffline' | 'anySite' | 'exportReminderDays' | 'follow' | 'sync';
export type Locked = ReadonlySet<Lockable>;

/** The settings in force (the reader's own, with every policy over them), and what is fixed. */
export interface SettingsState {
  settings: Settings;
  locked: Locked;
  /** Whether the reader may let Instalments look at sites beyond the supported platforms. */
  anySiteAllowed: boolean;
}

export function parsePolicy(raw: unknown): Policy {
  if (raw === null || typeof raw !== 'object') return {};
  const out: Policy = {};
  // Field by field, so one bad policy does not void the others.
  const keys = [
    'enabledPlatforms',
    'autoSaveOffline',
    'allowAnySite',
    'exportReminderDays',
    'followSeries',
    'syncEnabled',
  ] as const;
  for (const key of keys) {
    const one = v.safeParse(PolicySchema, { [key]: (raw as Record<string, unknown>)[key] });
    if (one.success && one.output[key] !== undefined)
      Object.assign(out, { [key]: one.output[key] });
  }
  return out;
}

/** The settings in force: the reader's, with every policy applied over them. */
export function applyPolicy(
  user: Settings,
  policy: Policy,
  platforms: readonly string[],
): SettingsState {
  const locked = new Set<Lockable>();
  let settings = user;
  if (policy.enabledPlatforms) {
    settings = { ...settings, disabledPlatforms: disabledPlatforms(user, policy, platforms) };
    locked.add('platforms');
  }
  if (policy.autoSaveOffline !== undefined) {
    settings = { ...settings, autoSaveOffline: policy.autoSaveOffline };
    locked.add('autoSaveOffline');
  }
  if (policy.exportReminderDays !== undefined) {
    settings = { ...settings, exportReminderDays: policy.exportReminderDays };
    locked.add('exportReminderDays');
  }
  if (policy.followSeries !== undefined) {
    settings = { ...settings, follow: policy.followSeries };
    locked.add('follow');
  }
  if (policy.syncEnabled !== undefined) {
    settings = { ...settings, sync: policy.syncEnabled };
    locked.add('sync');
  }
  if (policy.allowAnySite !== undefined) locked.add('anySite');
  return { settings, locked, anySiteAllowed: anySiteAllowed(policy) };
}
