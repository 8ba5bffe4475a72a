import { toCsv } from '../core/backup/csv';
import type { MessageKey } from '../core/i18n';
import type { Backup } from '../core/backup/format';
import { toMarkdown } from '../core/backup/markdown';
import { toBookmarksHtml } from '../core/backup/bookmarks';

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
  json: { label: 'exportJson', extension: 'json', type: 'application/json' },
  markdown: { label: 'exportMarkdown', extension: 'md', type: 'text/markdown' },
  bookmarks: { label: 'exportBookmarks', extension: 'html', type: 'text/html' },
  csv: { label: 'exportCsv', extension: 'csv', type: 'text/csv' },
} as const satisfies Record<string, { label: MessageKey; extension: string; type: string }>;

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
