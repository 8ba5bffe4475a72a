import { toCsv } from '../core/backup/csv';
import { BackupError, type Backup } from '../core/backup/format';
import { toMarkdown } from '../core/backup/markdown';
import { fromBookmarksHtml, toBookmarksHtml } from '../core/backup/bookmarks';
import { checkBackup, readBackupText } from '../messaging/backup-schema';

/**
 * The largest file Instalments imports: the background receives the checked backup as one
 * message, and Chrome caps a message at 64 MB.
 */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/** A chosen file, read and checked: an Instalments backup (any version) or a bookmarks file. */
export async function readImportFile(file: File, now = Date.now()): Promise<Backup> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new BackupError(
      `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; Instalments imports files up to 60 MB.`,
    );
  }
  const text = await file.text();
  const start = text.trimStart().slice(0, 200).toUpperCase();
  if (
    /\.html?$/i.test(file.name) ||
    start.startsWith('<!DOCTYPE NETSCAPE') ||
    start.startsWith('<')
  ) {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const backup = fromBookmarksHtml(doc, now);
    if (backup.series.length === 0) {
      throw new BackupError(
        `“${file.name}” has no folder whose bookmarks look like the parts of a series.`,
      );
    }
    return checkBackup(backup);
  }
  return readBackupText(text);
}

/** Offers `text` as a file download from an extension page; no permission needed. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has the URL once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const EXPORTS = {
  json: { label: 'JSON backup', extension: 'json', type: 'application/json' },
  markdown: { label: 'Markdown reading list', extension: 'md', type: 'text/markdown' },
  bookmarks: { label: 'Bookmarks (HTML)', extension: 'html', type: 'text/html' },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv', type: 'text/csv' },
} as const;

export type ExportKind = keyof typeof EXPORTS;

export function fileName(kind: ExportKind, now = new Date()): string {
  return `instalments-${now.toISOString().slice(0, 10)}.${EXPORTS[kind].extension}`;
}

/** A backup in the chosen format, as the text of the file. */
export function renderExport(kind: ExportKind, backup: Backup, { readStatus = true } = {}): string {
  switch (kind) {
    case 'json':
      return JSON.stringify(backup, null, 1);
    case 'markdown':
      return toMarkdown(backup, { readStatus });
    case 'bookmarks':
      return toBookmarksHtml(backup);
    case 'csv':
      return toCsv(backup);
  }
}
