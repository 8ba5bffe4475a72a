import * as v from 'valibot';
import { disabledPlatforms, platformList } from './platform-switch';
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
});

export type Policy = v.InferOutput<typeof PolicySchema>;

/** Which settings a policy fixes: the UI shows them as "Set by your organisation". */
export type Locked = ReadonlySet<'platforms' | 'autoSaveOffline'>;

/** The settings in force (the reader's own, with every policy over them), and what is fixed. */
export interface SettingsState {
  settings: Settings;
  locked: Locked;
}

export function parsePolicy(raw: unknown): Policy {
  if (raw === null || typeof raw !== 'object') return {};
  const out: Policy = {};
  // Field by field, so one bad policy does not void the others.
  for (const key of ['enabledPlatforms', 'autoSaveOffline'] as const) {
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
  const locked = new Set<'platforms' | 'autoSaveOffline'>();
  let settings = user;
  if (policy.enabledPlatforms) {
    settings = { ...settings, disabledPlatforms: disabledPlatforms(user, policy, platforms) };
    locked.add('platforms');
  }
  if (policy.autoSaveOffline !== undefined) {
    settings = { ...settings, autoSaveOffline: policy.autoSaveOffline };
    locked.add('autoSaveOffline');
  }
  return { settings, locked };
}
