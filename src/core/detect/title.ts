import { t } from '../i18n';
import { parsePartNumber, WORD_NUMBER } from './numbers';

/**
 * The title grammar: where a heading says which part of a series it is. Every rule needs an
 * explicit marker ("Part", "Teil", "#", "p.", brackets) or a spaced dash before the number, so
 * numbers that are versions, years, counts or names ("Drupal 10", "SARS-CoV-2", "Top 20",
 * "Budget 2023/24", "Henry V") never match.
 */
export interface TitleParse {
  /** The series name without the part marker; null when the title is only "Part N: …". */
  base: string | null;
  part: number;
  total: number | null;
  /** How strongly this form alone says "series part", 0..1. */
  strength: number;
  /** Human-readable rule, shown as evidence. */
  rule: string;
  /** The marker word for "Part 3: …"-style titles, so siblings can be matched by it. */
  marker: string | null;
}

const NUM = String.raw`(?<n>\d{1,3}|[ivxl]{1,7}|${WORD_NUMBER})(?![\p{L}\d])`;
const OF = String.raw`(?:\s*(?:of|/|von|sur|de)\s*(?<t>\d{1,3}))?`;
const REST = String.raw`(?<rest>(?:\s*[:\-–—.|]\s*.*|\s*\(.*|\s+-\s+.*)?)`;
const LEAD = String.raw`(?<base>.+?)`;

const STRONG_MARKER = String.raw`(?<m>part|pt\.?|teil|folge|episode|ep\.|instal{1,2}ment|aflevering|partie)`;
const NOTES = String.raw`(?:week\s?notes?|month\s?notes?|sprint\s?notes?|year\s?notes?)`;

interface Rule {
  name: string;
  pattern: RegExp;
  strength: number;
  describe: (m: Record<string, string | undefined>) => string;
}

const rule = (
  name: string,
  source: string,
  strength: number,
  describe: Rule['describe'],
): Rule => ({ name, pattern: new RegExp(source, 'iu'), strength, describe });

const RULES: Rule[] = [
  // "Name – Part 3: Subtitle", "Name (Teil 2): …", "Jekyll Part 13: …", "Name, Episode 38"
  rule(
    'named-marker',
    String.raw`^${LEAD}[\s,:\-–—|]*[\(\[]?\s*${STRONG_MARKER}\s*${NUM}${OF}\s*[\)\]]?${REST}$`,
    0.7,
    (m) => t('whyTitleHas', m['base']?.trim() ?? '', `${m['m']} ${m['n']}`),
  ),
  // "Part 3: Subtitle", "Folge 70: Star Trek: Picard"
  rule(
    'bare-marker',
    String.raw`^[\(\[]?${STRONG_MARKER}\s*${NUM}${OF}[\)\]]?(?:\s*[:\-–—.]\s*(?<rest>.+))?$`,
    // Without a name, only the site ties parts together: offer it unless siblings confirm it.
    0.45,
    (m) => t('whyTitleStarts', `${m['m']} ${m['n']}`),
  ),
  // "Weeknotes 31", "Weeknote #7", "Team sprint notes 9"
  rule(
    'notes',
    String.raw`^(?<base>(?:[\p{L}'’&]+\s){0,4}${NOTES})\s*[:\-–—]?\s*(?:#|no\.?\s*)?(?<n>\d{1,4})(?![\d.])(?<rest>.*)$`,
    0.7,
    (m) => t('whyNotes', m['base']?.trim() ?? '', m['n'] ?? ''),
  ),
  // "Tweet of the Week #67: …", "Monstergespräche #1", "Name No. 5"
  rule(
    'hash',
    String.raw`^${LEAD}[\s,:\-–—]*(?:#|no\.\s?|nr\.\s?)(?<n>\d{1,4})(?![\d.,]\d)${REST}$`,
    0.55,
    (m) => t('whyTitleHas', m['base']?.trim() ?? '', `#${m['n']}`),
  ),
  // "Name [3/7]", "Name (2/4)"
  rule(
    'fraction',
    String.raw`^${LEAD}\s*[\(\[](?<n>\d{1,3})\s*/\s*(?<t>\d{1,3})[\)\]]${REST}$`,
    0.65,
    (m) => t('whyTitleEnds', `(${m['n']}/${m['t']})`),
  ),
  // "(2/4) Name"
  rule(
    'fraction-first',
    String.raw`^[\(\[](?<n>\d{1,3})\s*/\s*(?<t>\d{1,3})[\)\]]\s*(?<base>.+)$`,
    0.65,
    (m) => t('whyTitleStarts', `(${m['n']}/${m['t']})`),
  ),
  // "Scapy p.04", "Name p.02"
  rule('p-dot', String.raw`^${LEAD}\s+p\.\s?(?<n>\d{1,3})${REST}$`, 0.6, (m) =>
    t('whyTitleHas', m['base']?.trim() ?? '', `p.${m['n']}`),
  ),
  // "Journey to the Cloud - 3", "Name – 3: Subtitle"
  rule('dash-number', String.raw`^${LEAD}\s+[-–—]\s+(?<n>\d{1,3})(?:\s*:\s+.*)?$`, 0.6, (m) =>
    t('whyTitleEnds', `- ${m['n']}`),
  ),
  // "Scherenschnitt (3)", "新竹尖石_美樹營地賞楓 (2)"
  rule(
    'paren-number',
    String.raw`^(?<base>.*\p{L}.*?)\s*\((?<n>\d{1,2})\)(?:\s*[:\-–—]\s*.+)?$`,
    0.5,
    (m) => t('whyTitleEnds', `(${m['n']})`),
  ),
  // "Project diary: week 12"
  rule('week', String.raw`^${LEAD}[\s,:\-–—]+week\s+(?<n>\d{1,2})$`, 0.5, (m) =>
    t('whyTitleEnds', `week ${m['n']}`),
  ),
];

// Words before "#1" that make it a ranking, not an instalment: "Opens #1", "the world's #1".
const RANKING_BEFORE_HASH =
  /(?:^|\s)(?:is|are|was|were|opens?|ranks?|ranked|the|world'?s|top|at|becomes?|hits?)\s*$/i;
// A marker inside quotes names a work ("'Dune: Part Two' premiere"), not this page.
const QUOTED = /["“”‘’'«»„].*?(?:part|teil|folge|episode)\s+\S+.*?["“”‘’'«»]/i;

const SITE_SUFFIXES = [
  /\s+\|\s+LinkedIn$/i,
  /\s+[-–—|]\s+Knowledge Hub$/i,
  /\s+\|\s+by\s+.+?\s+\|\s+Medium$/i,
  /\s+[-–—|]\s+Medium$/i,
];

const SEPARATORS = /\s+(?:\||::|@|[-–—·•»]|\/\/)\s+/g;
const TLD = /(com|net|org|de|info|co|uk|io|dev|me|fr|eu)$/;
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function isSiteName(segment: string, names: string[], hostKey: string): boolean {
  const key = squash(segment);
  if (key.length < 3) return false;
  if (names.some((n) => n === key || key.includes(n) || n.includes(key))) return true;
  const brand = hostKey.replace(TLD, '');
  return hostKey.includes(key) || (brand.length >= 4 && key.includes(brand));
}

/**
 * Cuts a trailing site name ("… | PC Gamer", "… - BOS-Fahrzeuge - Einsatzfahrzeuge …",
 * "… @ 史蒂文的家 :: 痞客邦 PIXNET ::") from a title: from the first segment that is the
 * site's name or part of its host name.
 */
export function stripSiteName(title: string, siteNames: readonly string[], host: string): string {
  const names = siteNames.map(squash).filter((n) => n.length >= 3);
  const hostKey = squash(host.replace(/^www\./, ''));
  const cuts = [...title.matchAll(SEPARATORS)];
  for (const [i, cut] of cuts.entries()) {
    const start = cut.index + cut[0].length;
    const segment = title.slice(start, cuts[i + 1]?.index ?? title.length);
    if (isSiteName(segment, names, hostKey)) return title.slice(0, cut.index);
  }
  return title;
}

export function cleanTitle(text: string): string {
  let title = text.replace(/\s+/g, ' ').trim();
  title = title.replace(/^[«‹<]+\s*|\s*[»›>]+$/g, '');
  for (const suffix of SITE_SUFFIXES) title = title.replace(suffix, '');
  return title.trim();
}

function normalisedBase(base: string | undefined): string | null {
  const trimmed = base?.replace(/[\s,:\-–—|([]+$/u, '').trim() ?? '';
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
}

// Every rule needs a digit, a bracket or a marker word; most link texts have none, and skip
// the rules entirely.
const MAY_NUMBER = /\d|part|teil|folge|episode|instal|aflevering/i;

export function parseTitle(raw: string): TitleParse | null {
  const title = cleanTitle(raw);
  if (title.length === 0 || title.length > 400 || !MAY_NUMBER.test(title)) return null;
  for (const r of RULES) {
    const m = r.pattern.exec(title);
    if (!m?.groups) continue;
    const g = m.groups;
    const part = parsePartNumber(g['n'] ?? '');
    if (part === null || part < 1 || part > 999) continue;
    const total = g['t'] ? Number(g['t']) : null;
    if (total !== null && total < part) continue;
    const base = normalisedBase(g['base']);
    if (r.name !== 'bare-marker' && base === null) continue;
    if (r.name === 'hash' && RANKING_BEFORE_HASH.test(g['base'] ?? '')) continue;
    if (QUOTED.test(title) && /part|teil|folge|episode/i.test(g['m'] ?? '')) continue;
    // A lone "I" after "Part" is a Roman one, but "Teil I" of a statute is not an instalment
    // unless a number word or digits confirm it; keep single-letter numerals to "Part".
    if (/^[ivxl]+$/i.test(g['n'] ?? '') && !/^(part|teil)$/i.test(g['m'] ?? '')) continue;
    const marker = r.name === 'bare-marker' ? (g['m'] ?? '').toLowerCase() : null;
    return { base, part, total, strength: r.strength, rule: r.describe(g), marker };
  }
  return null;
}
