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
import { LIMITS } from '../core/limits';
import {
  Fraction,
  HttpUrl,
  Id,
  list,
  NoteText,
  PartNumber,
  Platform,
  SeriesKey,
  Text,
  Time,
  Words,
} from './schemas';

/**
 * A backup comes from a file, perhaps someone else's: every field is typed, every string and
 * list is bounded, and every link is http(s), before anything reaches the library.
 */
export const BACKUP_LIMITS = {
  series: 50_000,
  parts: 200_000,
  untracked: 50_000,
} as const;

const Note = v.nullable(v.strictObject({ text: NoteText, updatedAt: Time }));

const Copy = v.nullable(
  v.strictObject({
    title: v.nullable(Text),
    byline: v.nullable(Text),
    html: v.pipe(v.string(), v.maxLength(LIMITS.html)),
    images: list(
      v.nullable(
        v.strictObject({
          type: v.pipe(v.string(), v.regex(/^image\/(?:png|jpeg|gif|webp|avif|svg\+xml)$/)),
          base64: v.pipe(v.string(), v.maxLength(70_000_000), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
        }),
      ),
      LIMITS.images,
    ),
    dropped: list(v.strictObject({ url: Text, reason: Text }), LIMITS.dropped),
    sourceUrl: HttpUrl,
    savedAt: Time,
  }),
);

const Series = v.strictObject({
  id: Id,
  key: SeriesKey,
  aliases: list(SeriesKey, LIMITS.listItems),
  title: v.pipe(Text, v.minLength(1)),
  userTitle: v.nullable(v.pipe(Text, v.minLength(1))),
  author: v.nullable(Text),
  platforms: list(Platform, LIMITS.listItems),
  evidence: list(Text, LIMITS.evidence),
  total: v.optional(PartNumber),
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
  urls: v.pipe(list(HttpUrl, LIMITS.urlsPerPart), v.minLength(1)),
  platforms: list(Platform, LIMITS.listItems),
  state: v.picklist(['unvisited', 'reading', 'read']),
  furthest: Fraction,
  lastPosition: Fraction,
  publishedAt: v.nullable(Time),
  firstSeenAt: Time,
  updatedAt: Time,
  readAt: v.nullable(Time),
  words: v.optional(Words),
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

/** A backup the import can take, and the rows of the file it leaves out, each with why. */
export interface CheckedBackup {
  backup: Backup;
  skipped: string[];
}

/** The file's outline: its rows are checked one by one (see checkBackup). */
const Envelope = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  series: list(v.unknown(), BACKUP_LIMITS.series),
  parts: list(v.unknown(), BACKUP_LIMITS.parts),
  untracked: list(v.unknown(), BACKUP_LIMITS.untracked),
});
const Untracked = v.strictObject({ url: HttpUrl, createdAt: Time });

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues;
  return issue ? where(issue) + issue.message : t('backupMalformed');
}

/** How the reader would recognise a row: its title, else its place in the file. */
function rowName(row: unknown, index: number): string {
  const { title } = (row ?? {}) as { title?: unknown };
  return typeof title === 'string' && title.trim()
    ? t('importRowTitled', index + 1, title.trim().slice(0, 80))
    : t('importRow', index + 1);
}

/**
 * Checks an already-parsed backup (any version). A file that is not an Instalments backup is
 * refused with a BackupError; within one, a row that is wrong (a field out of bounds, a part
 * whose series is not in the file, an id used twice) is left out and named, and the rest
 * imports.
 */
export function checkBackup(raw: unknown): CheckedBackup {
  const outline = v.safeParse(Envelope, upgradeBackup(raw), { abortEarly: true });
  if (!outline.success) throw new BackupError(t('backupRefused', firstIssue(outline.issues)));
  const file = outline.output;
  const skipped: string[] = [];
  const keep = <T>(schema: v.GenericSchema<unknown, T>, rows: unknown[], kind: string) =>
    rows.flatMap((row, index) => {
      const result = v.safeParse(schema, row, { abortEarly: true });
      if (result.success) return [{ row: result.output, index }];
      skipped.push(t('importSkipped', kind, rowName(row, index), firstIssue(result.issues)));
      return [];
    });

  const seriesIds = new Set<string>();
  const series = keep(Series, file.series, t('importKindSeries')).filter(({ row, index }) => {
    if (!seriesIds.has(row.id)) return seriesIds.add(row.id);
    skipped.push(
      t('importSkipped', t('importKindSeries'), rowName(row, index), t('importSameId', row.id)),
    );
    return false;
  });
  const partIds = new Set<string>();
  const parts = keep(Part, file.parts, t('importKindPart')).filter(({ row, index }) => {
    const why = !seriesIds.has(row.seriesId)
      ? t('importOrphan', row.seriesId)
      : partIds.has(row.id)
        ? t('importSameId', row.id)
        : null;
    if (why) skipped.push(t('importSkipped', t('importKindPart'), rowName(row, index), why));
    else partIds.add(row.id);
    return !why;
  });
  const untracked = keep(Untracked, file.untracked, t('importKindUntracked'));
  const rows = <T>(kept: { row: T }[]) => kept.map(({ row }) => row);
  return {
    backup: {
      format: file.format,
      version: file.version,
      exportedAt: file.exportedAt,
      series: rows(series),
      parts: rows(parts),
      untracked: rows(untracked),
    },
    skipped,
  };
}

/** A backup file's text, parsed and checked. */
export function readBackupText(text: string): CheckedBackup {
  return checkBackup(parseBackupJson(text));
}
