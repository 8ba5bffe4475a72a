import * as v from 'valibot';
import { DEFAULT_COPY_LIMITS } from '../core/offline/images';
import { isReminderDays, platformList, READ_AT_CHOICES } from './platform-switch';

/**
 * The reader's settings, in `storage.local` under SETTINGS_KEY. Read through `parseSettings`:
 * a value written by an older release is migrated, and a corrupt or missing field falls back
 * to its default instead of breaking the extension.
 */
export { SETTINGS_KEY } from './storage-key';
export const SETTINGS_VERSION = 1;

const MB = 1024 * 1024;

/** The check intervals the options page offers. */
export const FOLLOW_EVERY_HOURS = [1, 3, 6, 12, 24] as const;

const SettingsSchema = v.object({
  version: v.fallback(v.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  /** Platforms the reader switched off: their pages are not looked at. */
  disabledPlatforms: v.fallback(
    v.custom<string[]>((raw) => platformList(raw) !== null),
    [],
  ),
  /** What counts as read: the end of the article (1), or 90 % or 75 % of it. */
  readAt: v.fallback(v.picklist(READ_AT_CHOICES), 1),
  /** Save a series part for offline reading when the reader finishes it. */
  autoSaveOffline: v.fallback(v.boolean(), false),
  /** Remind me to export the library when my last export is this many days old; 0 never. */
  exportReminderDays: v.fallback(v.custom<number>(isReminderDays), 0),
  /** Check followed series for new parts in the background. */
  follow: v.fallback(v.boolean(), true),
  /** Keep the library the same on every computer the reader's browser account syncs. */
  sync: v.fallback(v.boolean(), true),
  /** Hours between two checks of a followed series. */
  followEveryHours: v.fallback(v.picklist(FOLLOW_EVERY_HOURS), 6),
  /** When the reader last changed a setting here, or on another computer sync brought; 0 never. */
  changedAt: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  maxImageBytes: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(64 * 1024), v.maxValue(50 * MB)),
    DEFAULT_COPY_LIMITS.maxImageBytes,
  ),
  maxPartBytes: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(MB), v.maxValue(500 * MB)),
    DEFAULT_COPY_LIMITS.maxPartBytes,
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Upgrades from each earlier version to the next, in order; index 0 upgrades version 0. */
const MIGRATIONS: ((old: Record<string, unknown>) => Record<string, unknown>)[] = [
  // 0 → 1: the first release with settings; nothing to carry over.
  (old) => ({ ...old, version: 1 }),
];

export function parseSettings(raw: unknown): Settings {
  let value: Record<string, unknown> =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? { ...(raw as Record<string, unknown>) }
      : {};
  const from = typeof value['version'] === 'number' ? value['version'] : 0;
  for (const migrate of MIGRATIONS.slice(Math.max(0, from))) value = migrate(value);
  return v.parse(SettingsSchema, value);
}

/**
 * The settings that follow the reader to their other computers. Whether this computer syncs
 * at all stays with it.
 */
export const SYNCED_SETTINGS = [
  'disabledPlatforms',
  'readAt',
  'autoSaveOffline',
  'exportReminderDays',
  'follow',
  'followEveryHours',
  'maxImageBytes',
  'maxPartBytes',
] as const satisfies readonly (keyof Settings)[];
