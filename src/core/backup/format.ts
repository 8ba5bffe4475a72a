import { t } from '../i18n';
/**
 * Instalments' backup file: `{format: "instalments", version, exportedAt, …}`. Every version
 * ever written imports forever: an older file is upgraded one version at a time (UPGRADES)
 * and then checked against today's schema (src/messaging/backup-schema.ts).
 */
export const BACKUP_FORMAT = 'instalments';
export const BACKUP_VERSION = 1;

export interface BackupNote {
  text: string;
  updatedAt: number;
}

export interface BackupImage {
  type: string;
  base64: string;
}

export interface BackupCopy {
  title: string | null;
  byline: string | null;
  html: string;
  images: (BackupImage | null)[];
  dropped: { url: string; reason: string }[];
  sourceUrl: string;
  savedAt: number;
}

export interface BackupSeries {
  id: string;
  key: string;
  aliases: string[];
  title: string;
  userTitle: string | null;
  author: string | null;
  platforms: string[];
  evidence: string[];
  /** How many parts the series says it has ("Part 1 of 3"), where a part said so. */
  total?: number;
  createdAt: number;
  lastActivityAt: number;
  note: BackupNote | null;
}

export interface BackupPart {
  id: string;
  seriesId: string;
  number: number | null;
  userNumber: number | null;
  title: string | null;
  urls: string[];
  platforms: string[];
  state: 'unvisited' | 'reading' | 'read';
  furthest: number;
  lastPosition: number;
  publishedAt: number | null;
  firstSeenAt: number;
  updatedAt: number;
  readAt: number | null;
  /** Words in the article, once a visit or a saved copy counted them. */
  words?: number;
  bookmarkedAt: number | null;
  note: BackupNote | null;
  /** Only when the reader asked for offline copies in the export. */
  offline: BackupCopy | null;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  series: BackupSeries[];
  /** In series order within each series. */
  parts: BackupPart[];
  /** Pages the reader told Instalments to stop tracking. */
  untracked: { url: string; createdAt: number }[];
}

/** A file Instalments cannot import, with the reason in the reader's words. */
export class BackupError extends Error {}

type Upgrade = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * UPGRADES[n] turns a version n+1 file into version n+2. Version 1 is the first, so there is
 * nothing to upgrade yet; a format change appends a function here and a fixture to
 * tests/fixtures/backups/.
 */
export const UPGRADES: readonly Upgrade[] = [];

/** Checks the envelope and brings an older file up to BACKUP_VERSION. */
export function upgradeBackup(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new BackupError(t('backupNoObject'));
  }
  const file = raw as Record<string, unknown>;
  if (file['format'] !== BACKUP_FORMAT) {
    throw new BackupError(t('backupWrongFormat'));
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError(t('backupNoVersion'));
  }
  if (version > BACKUP_VERSION) {
    throw new BackupError(t('backupNewer', version, BACKUP_VERSION));
  }
  let upgraded = file;
  for (let v = version; v < BACKUP_VERSION; v++) {
    const step = UPGRADES[v - 1];
    if (!step) throw new BackupError(t('backupNoUpgrade', v));
    upgraded = { ...step(upgraded), version: v + 1 };
  }
  return upgraded;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses a backup's JSON. A syntax error names its position; a key that could reach an
 * object's prototype is refused wherever it appears.
 */
export function parseBackupJson(text: string): unknown {
  try {
    return JSON.parse(text, function (key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError(t('backupForbiddenKey', key));
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError(t('backupNotJson', detail));
  }
}
