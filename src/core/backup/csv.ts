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

/**
 * One cell, quoted as RFC 4180 asks. A cell a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return) gets a leading apostrophe: page titles are other people's text.
 */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
      p.state,
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
