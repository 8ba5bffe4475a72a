import { PLATFORM_NAME } from '../limits';
import { t } from '../i18n';
import { parseTitle } from '../detect/title';
import { seriesKey } from '../identity/series-key';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupPart } from './format';

/**
 * Netscape bookmark files, which every browser imports and exports. Instalments writes one
 * folder per series, inside a folder "Instalments", and adds attributes browsers ignore
 * (INSTALMENTS_*) so that its own file comes back whole. Any other folder becomes a series
 * only when at least two of its links are titled as parts of the same series.
 */

const esc = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
const seconds = (ms: number) => String(Math.floor(ms / 1000));
const attrs = (pairs: Record<string, string | number | null | undefined>) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${esc(String(value))}"`)
    .join('');

export function toBookmarksHtml(backup: Backup): string {
  const now = seconds(Date.parse(backup.exportedAt));
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- Exported by Instalments: one folder per series. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
    `  <DT><H3 ADD_DATE="${now}" LAST_MODIFIED="${now}">Instalments</H3>`,
    '  <DL><p>',
  ];
  for (const s of backup.series) {
    lines.push(
      `    <DT><H3${attrs({
        ADD_DATE: seconds(s.createdAt),
        LAST_MODIFIED: seconds(s.lastActivityAt),
        INSTALMENTS_KEY: s.key,
        INSTALMENTS_AUTHOR: s.author,
        INSTALMENTS_PLATFORMS: s.platforms.join(' '),
      })}>${esc(s.userTitle ?? s.title)}</H3>`,
    );
    if (s.note) lines.push(`    <DD>${esc(s.note.text)}`);
    lines.push('    <DL><p>');
    for (const p of backup.parts.filter((part) => part.seriesId === s.id)) {
      const n = p.userNumber ?? p.number;
      lines.push(
        `      <DT><A${attrs({
          HREF: p.urls[0],
          ADD_DATE: seconds(p.firstSeenAt),
          INSTALMENTS_PART: n,
          INSTALMENTS_STATE: p.state,
          INSTALMENTS_FURTHEST: p.furthest,
          INSTALMENTS_URLS: p.urls.slice(1).join(' '),
          INSTALMENTS_BOOKMARKED: p.bookmarkedAt === null ? null : seconds(p.bookmarkedAt),
        })}>${esc(p.title ?? (n === null ? t('untitledPart') : t('partNumbered', n)))}</A>`,
      );
      if (p.note) lines.push(`      <DD>${esc(p.note.text)}`);
    }
    lines.push('    </DL><p>');
  }
  lines.push('  </DL><p>', '</DL><p>');
  return lines.join('\n') + '\n';
}

/**
 * The folder's list: the DL after its H3. An HTML parser puts it inside the H3's DT, or, when
 * the folder has a description (a DD), inside that DD.
 */
function listOf(h3: Element): Element | null {
  for (let el = h3.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.tagName === 'DL') return el;
  }
  const next = h3.parentElement?.nextElementSibling;
  if (next?.tagName === 'DD') {
    const inside = next.querySelector(':scope > dl');
    return inside ?? (next.nextElementSibling?.tagName === 'DL' ? next.nextElementSibling : null);
  }
  return next?.tagName === 'DL' ? next : null;
}

/** The text of the DD that follows an entry (its description), if any. */
function descriptionOf(entry: Element): string | null {
  const dt = entry.parentElement;
  const next = (dt?.tagName === 'DT' ? dt : entry).nextElementSibling;
  const dd = next?.tagName === 'DD' ? next : entry.parentElement?.querySelector(':scope > dd');
  const text = dd?.firstChild?.textContent?.trim();
  return text ? text : null;
}

const time = (value: string | null, fallback: number) => {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n * 1000 : fallback;
};

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** The series a bookmarks file holds, as a backup the importer checks like any other. */
export function fromBookmarksHtml(doc: Document, now: number): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    series: [],
    parts: [],
    untracked: [],
  };
  let counter = 0;
  const id = (prefix: string) => `${prefix}${++counter}`;
  for (const h3 of doc.querySelectorAll('h3')) {
    const list = listOf(h3);
    if (!list) continue;
    // The folder's own links, not those of folders inside it (parsers differ on where the
    // DTs land, so go by the nearest list rather than by exact nesting).
    const links = [...list.querySelectorAll('a')].filter(
      (a) => a.closest('dl') === list && isHttp(a.getAttribute('href') ?? ''),
    );
    const folder = h3.textContent?.trim() ?? '';
    const key = h3.getAttribute('instalments_key');
    const note = descriptionOf(h3);
    const created = time(h3.getAttribute('add_date'), now);
    const seriesId = id('s');
    const parts: BackupPart[] = [];
    const part = (a: Element, number: number | null, title: string): BackupPart => {
      const text = descriptionOf(a);
      const bookmarked = a.getAttribute('instalments_bookmarked');
      const state = a.getAttribute('instalments_state');
      const furthest = Number(a.getAttribute('instalments_furthest') ?? 0);
      return {
        id: id('p'),
        seriesId,
        number,
        userNumber: null,
        title,
        urls: [
          a.getAttribute('href') ?? '',
          ...(a.getAttribute('instalments_urls') ?? '').split(/\s+/).filter(isHttp),
        ],
        platforms: ['web'],
        state: state === 'read' || state === 'reading' ? state : 'unvisited',
        furthest: Number.isFinite(furthest) ? Math.min(1, Math.max(0, furthest)) : 0,
        lastPosition: 0,
        publishedAt: null,
        firstSeenAt: time(a.getAttribute('add_date'), now),
        updatedAt: now,
        readAt: state === 'read' ? now : null,
        bookmarkedAt: bookmarked ? time(bookmarked, now) : null,
        note: text ? { text, updatedAt: now } : null,
        offline: null,
      };
    };
    let title = folder;
    let author: string | null = null;
    if (key) {
      // A folder Instalments wrote: its parts are its links, numbered as it said.
      author = h3.getAttribute('instalments_author');
      for (const a of links) {
        const n = Number(a.getAttribute('instalments_part'));
        parts.push(part(a, Number.isInteger(n) && n > 0 ? n : null, a.textContent?.trim() ?? ''));
      }
    } else {
      // Someone else's folder: the largest group of links titled as parts of one series.
      const groups = new Map<string, { base: string; links: [Element, number][] }>();
      for (const a of links) {
        const parsed = parseTitle(a.textContent ?? '');
        if (!parsed?.base) continue;
        const k = seriesKey(parsed.base, null);
        const group = groups.get(k) ?? { base: parsed.base, links: [] };
        if (!group.links.some(([, n]) => n === parsed.part)) group.links.push([a, parsed.part]);
        groups.set(k, group);
      }
      const best = [...groups.values()].sort((x, y) => y.links.length - x.links.length)[0];
      if (!best || best.links.length < 2) continue;
      title = best.base;
      for (const [a, n] of best.links) parts.push(part(a, n, a.textContent?.trim() ?? ''));
    }
    if (parts.length === 0 || !title) continue;
    const platforms = (h3.getAttribute('instalments_platforms') ?? '')
      .split(/\s+/)
      .filter((p) => PLATFORM_NAME.test(p));
    for (const p of parts) p.platforms = platforms.length > 0 ? platforms : ['web'];
    backup.series.push({
      id: seriesId,
      key: key ?? seriesKey(title, null),
      aliases: [],
      title,
      userTitle: null,
      author,
      platforms: platforms.length > 0 ? platforms : ['web'],
      evidence: [
        key ? 'imported from an Instalments bookmarks file' : 'bookmark titles number the parts',
      ],
      createdAt: created,
      lastActivityAt: time(h3.getAttribute('last_modified'), created),
      note: note ? { text: note, updatedAt: now } : null,
    });
    backup.parts.push(...parts);
  }
  return backup;
}
