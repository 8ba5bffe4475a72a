import { t, type MessageKey } from '../i18n';
import { platformNames } from '../identity/platforms';
import type { Backup, BackupPart } from './format';

/** Characters that would start Markdown syntax in running text. */
const escapeText = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!<>|~])/g, '\\$1');
/** A URL as a link destination: brackets keep spaces and parentheses from ending it. */
const destination = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${escapeText(line)}`.trimEnd())
    .join('\n');

const STATUS = {
  read: 'markdownRead',
  reading: 'markdownStarted',
  unvisited: 'markdownUnread',
} as const satisfies Record<BackupPart['state'], MessageKey>;

function partLine(p: BackupPart, withStatus: boolean): string {
  const n = p.userNumber ?? p.number;
  const label = p.title ?? (n === null ? t('untitledPart') : t('partNumbered', n));
  const [first, ...others] = p.urls;
  const status = withStatus
    ? ` (${p.state === 'reading' && p.furthest > 0 ? t('markdownPercent', Math.round(p.furthest * 100)) : t(STATUS[p.state])})`
    : '';
  const lines = [
    `${n === null ? '-' : `${n}.`} [${escapeText(label)}](${destination(first ?? '')})${status}`,
  ];
  for (const url of others) lines.push(`   ${t('markdownAlsoAt', destination(url))}`);
  if (p.note) lines.push('', quote(p.note.text).replace(/^/gm, '   '));
  return lines.join('\n');
}

/**
 * A reading list a colleague can open in email or Teams: each series' title, author and
 * platforms, its parts in order with links, optionally how far the sender got, and notes.
 */
export function toMarkdown(backup: Backup, { readStatus = true } = {}): string {
  const out: string[] = [];
  for (const s of backup.series) {
    const parts = backup.parts.filter((p) => p.seriesId === s.id);
    out.push(`## ${escapeText(s.userTitle ?? s.title)}`, '');
    const by = [s.author, platformNames(s.platforms)].filter(Boolean).join(' · ');
    if (by) out.push(escapeText(by), '');
    if (s.note) out.push(quote(s.note.text), '');
    out.push(...parts.map((p) => partLine(p, readStatus)), '');
  }
  return out.join('\n').trimEnd() + '\n';
}
