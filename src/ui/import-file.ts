import { fromBookmarksHtml } from '../core/backup/bookmarks';
import { BackupError } from '../core/backup/format';
import { t } from '../core/i18n';
import { checkBackup, readBackupText, type CheckedBackup } from '../messaging/backup-schema';

/**
 * The largest file Instalments imports: the background receives the checked backup as one
 * message, and Chrome caps a message at 64 MB.
 */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/** A chosen file, read and checked: an Instalments backup (any version) or a bookmarks file. */
export async function readImportFile(file: File, now = Date.now()): Promise<CheckedBackup> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new BackupError(t('importTooLarge', file.name, Math.round(file.size / 1024 / 1024)));
  }
  const text = await file.text();
  const start = text.trimStart().slice(0, 200).toUpperCase();
  // Our own spreadsheet export (or any CSV): say what would import instead.
  if (/\.csv$/i.test(file.name) || start.startsWith('SERIES,AUTHOR,PART,')) {
    throw new BackupError(t('importIsCsv', file.name));
  }
  if (
    /\.html?$/i.test(file.name) ||
    start.startsWith('<!DOCTYPE NETSCAPE') ||
    start.startsWith('<')
  ) {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const backup = fromBookmarksHtml(doc, now);
    if (backup.series.length === 0) {
      throw new BackupError(t('importNoSeries', file.name));
    }
    return checkBackup(backup);
  }
  return readBackupText(text);
}
