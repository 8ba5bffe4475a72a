import { t, type MessageKey } from '../i18n';
import { platformNames } from '../identity/platforms';
import type { Backup, BackupPart } from './format';

/**
 * A series for a colleague, as the clipboard carries it: HTML with links for Outlook, Teams
 * and Gmail, and the same as plain text for anything else. Titles and notes are other
 * people's text: in the HTML they are escaped, never markup.
 */

const STATUS = {
  read: 'markdownRead',
  reading: 'markdownStarted',
  unvisited: 'markdownUnread',
} as const satisfies Record<BackupPart['state'], MessageKey>;

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function label(p: BackupPart): string {
  const n = p.userNumber ?? p.number;
  return p.title ?? (n === null ? t('untitledPart') : t('partNumbered', n));
}

function status(p: BackupPart): string {
  return p.state === 'reading' && p.furthest > 0
    ? t('markdownPercent', Math.round(p.furthest * 100))
    : t(STATUS[p.state]);
}

interface Options {
  readStatus?: boolean;
}

function eachSeries(backup: Backup) {
  return backup.series.map((s) => ({
    title: s.userTitle ?? s.title,
    by: [s.author, platformNames(s.platforms)].filter(Boolean).join(' · '),
    note: s.note?.text ?? null,
    parts: backup.parts.filter((p) => p.seriesId === s.id),
  }));
}

export function toShareHtml(backup: Backup, { readStatus = true }: Options = {}): string {
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .map((para) => `<p>${escape(para).replace(/\n/g, '<br>')}</p>`)
      .join('');
  return eachSeries(backup)
    .map(({ title, by, note, parts }) => {
      const items = parts.map((p) => {
        const [first, ...others] = p.urls;
        const also = others.map(
          (url) => `<br>${escape(t('shareAlsoAt'))} <a href="${escape(url)}">${escape(url)}</a>`,
        );
        return (
          `<li><a href="${escape(first ?? '')}">${escape(label(p))}</a>` +
          (readStatus ? ` (${escape(status(p))})` : '') +
          also.join('') +
          (p.note ? `<blockquote>${paragraphs(p.note.text)}</blockquote>` : '') +
          '</li>'
        );
      });
      return (
        `<h2>${escape(title)}</h2>` +
        (by ? `<p>${escape(by)}</p>` : '') +
        (note ? `<blockquote>${paragraphs(note)}</blockquote>` : '') +
        `<ol>${items.join('')}</ol>`
      );
    })
    .join('');
}

export function toShareText(backup: Backup, { readStatus = true }: Options = {}): string {
  const out: string[] = [];
  for (const { title, by, note, parts } of eachSeries(backup)) {
    out.push(title);
    if (by) out.push(by);
    if (note) out.push('', ...note.split('\n').map((line) => `> ${line}`.trimEnd()));
    out.push('');
    for (const p of parts) {
      const n = p.userNumber ?? p.number;
      const [first, ...others] = p.urls;
      out.push(`${n === null ? '-' : `${n}.`} ${label(p)}${readStatus ? ` (${status(p)})` : ''}`);
      for (const url of [first, ...others]) if (url) out.push(`   ${url}`);
      if (p.note) out.push(...p.note.text.split('\n').map((line) => `   > ${line}`.trimEnd()));
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
