import type { Backup } from './format';

const HEADER = [
  'series',
  'author',
  'part',
  'title',
  'state',
  'percent_read',
  'url',
  'other_urls',
  'bookmarked',
  'note',
  'series_note',
];

// A formula's first character, after whatever blank a spreadsheet skips (spaces, no-break
// spaces, line breaks): =, +, -, @ and their full-width forms, tab and carriage return.
const FORMULA = /^[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/u;

/**
 * One cell, quoted as RFC 4180 asks. A cell a spreadsheet would run as a formula gets a
 * leading apostrophe: page titles are other people's text.
 */
export function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A part's state in the words the popup uses for it. */
const STATE_WORDS = { read: 'read', reading: 'started', unvisited: 'unread' } as const;

/** One row per part, in series order, for a spreadsheet. */
export function toCsv(backup: Backup): string {
  const series = new Map(backup.series.map((s) => [s.id, s]));
  const rows = backup.parts.map((p) => {
    const s = series.get(p.seriesId);
    return [
      s ? (s.userTitle ?? s.title) : '',
      s?.author ?? '',
      p.userNumber ?? p.number,
      p.title,
      STATE_WORDS[p.state],
      Math.round(p.furthest * 100),
      p.urls[0] ?? '',
      p.urls.slice(1).join(' '),
      p.bookmarkedAt === null ? 'no' : 'yes',
      p.note?.text ?? '',
      s?.note?.text ?? '',
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
