/**
 * Every key Instalments keeps in `storage.local` and `storage.session`, and what each holds.
 * Pure, so the content script can read them without the background's modules.
 */

/** The reader's settings (see settings.ts). */
export const SETTINGS_KEY = 'settings';

/**
 * The platforms switched off once policies are applied, as the background last worked them
 * out. Content scripts read this, never managed storage: there `storage.managed.get()` does
 * not answer (seen in Chromium 156), and a page would wait for it forever.
 */
export const SWITCHED_OFF_KEY = 'switched-off-platforms';

/**
 * Which library a page's reports belong to. "Delete everything" moves it on, so a tab that
 * was open before the wipe cannot bring the series back: its reports carry the old epoch.
 * Content scripts can read it, and it survives the wipe itself.
 */
export const EPOCH_KEY = 'library-epoch';

/** The epoch as stored; 0 before the first wipe (and for anything that is not a count). */
export function epochOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** When the reader last exported the library (storage.local), for the export reminder. */
export const LAST_EXPORT_KEY = 'last-export-at';
/** When the reader last put the export reminder off (storage.local). */
export const REMINDER_SNOOZED_KEY = 'export-reminder-snoozed-at';

// storage.session: cleared when the browser closes; one key per tab or page, so concurrent
// writers never overwrite each other.
/** `resume-url:<url>`: where Continue should scroll the next load of that part. */
export const RESUME_PREFIX = 'resume-url:';
/** `badge-tab:<tabId>`: which part a tab shows, for its badge. */
export const BADGE_PREFIX = 'badge-tab:';
/** `checked-tab:<tabId>`: the reader pressed "Check this page" there; its reports count. */
export const CHECKED_PREFIX = 'checked-tab:';
/**
 * The site the reader last let Instalments look at, with when (storage.session): the
 * browser's permission prompt closes the popup, so the next popup says it worked.
 */
export const SITE_GRANTED_KEY = 'site-granted';
/** `note-draft:<part:id|series:id>`: a note the reader was writing when the popup closed. */
export const DRAFT_PREFIX = 'note-draft:';

/**
 * How sync last went on this computer (storage.local): when, what did not fit, what could
 * not be read, and the latest wipe of every computer seen. Kept through "Delete everything":
 * the wipe it records must go on being applied.
 */
export const SYNC_STATUS_KEY = 'sync-status';

/**
 * The sites the reader allowed or took back, on this computer and (through sync) the others,
 * each with when (storage.local; see src/core/sync/sites.ts).
 */
export const SITES_LOG_KEY = 'sites-log';
