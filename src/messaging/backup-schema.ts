import { t } from '../core/i18n';
import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  parseBackupJson,
  upgradeBackup,
  type Backup,
} from '../core/backup/format';
import { MAX_IMAGES } from '../core/offline/images';
import { HttpUrl, MAX_EVIDENCE, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from './schemas';
import { DETECTION_LIMITS } from '../core/detect/detection';

/**
 * A backup comes from a file, perhaps someone else's: every field is typed, every string and
 * list is bounded, and every link is http(s), before anything reaches the library.
 */
export const BACKUP_LIMITS = {
  series: 50_000,
  parts: 200_000,
  untracked: 50_000,
  urlsPerPart: 20,
  listItems: 50,
  html: 5_000_000,
} as const;

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, t('fieldShortId')));
const Text = v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const PartNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000));
const Platform = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max));

const Note = v.nullable(
  v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)), updatedAt: Time }),
);

const Copy = v.nullable(
  v.strictObject({
    title: v.nullable(Text),
    byline: v.nullable(Text),
    html: v.pipe(v.string(), v.maxLength(BACKUP_LIMITS.html)),
    images: list(
      v.nullable(
        v.strictObject({
          type: v.pipe(v.string(), v.regex(/^image\/(?:png|jpeg|gif|webp|avif|svg\+xml)$/)),
          base64: v.pipe(v.string(), v.maxLength(70_000_000), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
        }),
      ),
      MAX_IMAGES,
    ),
    dropped: list(v.strictObject({ url: Text, reason: Text }), 200),
    sourceUrl: HttpUrl,
    savedAt: Time,
  }),
);

const Series = v.strictObject({
  id: Id,
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(DETECTION_LIMITS.key)),
  aliases: list(v.pipe(v.string(), v.minLength(1), v.maxLength(DETECTION_LIMITS.key)), 50),
  title: v.pipe(Text, v.minLength(1)),
  userTitle: v.nullable(v.pipe(Text, v.minLength(1))),
  author: v.nullable(Text),
  platforms: list(Platform, BACKUP_LIMITS.listItems),
  evidence: list(Text, MAX_EVIDENCE),
  createdAt: Time,
  lastActivityAt: Time,
  note: Note,
});

const Part = v.strictObject({
  id: Id,
  seriesId: Id,
  number: v.nullable(PartNumber),
  userNumber: v.nullable(PartNumber),
  title: v.nullable(Text),
  urls: v.pipe(list(HttpUrl, BACKUP_LIMITS.urlsPerPart), v.minLength(1)),
  platforms: list(Platform, BACKUP_LIMITS.listItems),
  state: v.picklist(['unvisited', 'reading', 'read']),
  furthest: Fraction,
  lastPosition: Fraction,
  publishedAt: v.nullable(Time),
  firstSeenAt: Time,
  updatedAt: Time,
  readAt: v.nullable(Time),
  bookmarkedAt: v.nullable(Time),
  note: Note,
  offline: Copy,
});

export const BackupSchema = v.pipe(
  v.strictObject({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION),
    exportedAt: v.pipe(v.string(), v.isoTimestamp()),
    series: list(Series, BACKUP_LIMITS.series),
    parts: list(Part, BACKUP_LIMITS.parts),
    untracked: list(v.strictObject({ url: HttpUrl, createdAt: Time }), BACKUP_LIMITS.untracked),
  }),
  v.check((b) => {
    const ids = new Set(b.series.map((s) => s.id));
    return ids.size === b.series.length && b.parts.every((p) => ids.has(p.seriesId));
  }, t('backupOrphanParts')),
  v.check(
    (b) => new Set(b.parts.map((p) => p.id)).size === b.parts.length,
    t('backupDuplicateParts'),
  ),
) satisfies v.GenericSchema<unknown, Backup>;

function where(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((step) => (typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ` : '';
}

/** Checks an already-parsed backup (any version): the upgraded Backup, or a BackupError. */
export function checkBackup(raw: unknown): Backup {
  const upgraded = upgradeBackup(raw);
  const result = v.safeParse(BackupSchema, upgraded, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new BackupError(
    t('backupRefused', issue ? where(issue) + issue.message : t('backupMalformed')),
  );
}

/** A backup file's text, parsed and checked. */
export function readBackupText(text: string): Backup {
  return checkBackup(parseBackupJson(text));
}
