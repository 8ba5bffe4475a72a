import { t } from '../i18n';
import { MARKER_ORDINAL, parseMarkerOrdinal, parsePartNumber, WORD_NUMBER } from './numbers';
import { notesSection } from './link-cues';
import { cleanTitle } from './site-name';

export { cleanTitle, stripSiteName } from './site-name';

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
  /** The rule that read it: its weight says how strongly this form alone means "series part". */
  id: TitleRuleId;
  /** Human-readable rule, shown as evidence. */
  rule: string;
  /** The marker word for "Part 3: …"-style titles, so siblings can be matched by it. */
  marker: string | null;
}

// Never the start of a decimal: "Teil 4.5" or "Part 2.0" is no part 4 or 2.
const NUM = String.raw`(?<n>\d{1,3}|[ivxl]{1,7}|${WORD_NUMBER})(?![\p{L}\d]|[.,]\d)`;
// "of" in the languages the markers are in: "Teil 2 von 3", "partie 2 sur 3", "parte 2 di 3",
// "część 2 z 3", "часть 2 из 3", "del 2 av 3", "rhan 2 o 3".
const OF_WORD = String.raw`(?:of|von|sur|de|di|van|z|из|af|av|o)`;
const OF = String.raw`(?:\s*(?:${OF_WORD}|/)\s*(?<t>\d{1,3}))?`;
// A podcast's "ep.5" is followed by its title after a plain space: "#strobofm ep.5 マイニング".
// After a comma, only words: "Part two, configuring Keycloak", never "Part 1, 2 and 3".
const REST = String.raw`(?<rest>(?:\s*[:\-–—.|：]\s*.*|\s*,\s*(?=\p{L}).*|\s*[(（].*|\s+-\s+.*|(?<=\bep\.\s?\d{1,3})\s+.*)?)`;
const LEAD = String.raw`(?<base>.+?)`;

// "Part" and its translations: German, Dutch, French, Spanish, Portuguese, Italian,
// Scandinavian, Polish ("część", written "cz."), Russian, Welsh.
const STRONG_MARKER = String.raw`(?<m>part|pt\.?|teil|folge|episode|épisode|episodio|ep\.|instal{1,2}ment|aflevering|deel|partie|parte|część|cz\.|часть|rhan)`;
// Words that number the steps of a course or a diary, in the same languages: "Tutorial 2:",
// "Lesson 3 -", "Day 7", "Lekcja 2:", "Урок 3.", "Jour 2 :", "Tag 2 –", "Capítulo 2".
const SEQUENCE_MARKER = String.raw`(?<m>tutorial|lesson|step|chapter|module|session|unit|lecture|lab|week|day|practical|kapitel|lektion|schritt|tag|woche|leçon|chapitre|étape|jour|semaine|lección|capítulo|paso|día|semana|práctica|tema|aula|lição|capitolo|lezione|giorno|hoofdstuk|les|stap|dag|del|lekcja|rozdział|krok|dzień|урок|глава|шаг|день|pennod|gwers|diwrnod|wythnos)`;
// Chinese and Japanese: "第三课", "第2回", "第 4 章", "その 2", "パート3", "ステップ4".
// A Chinese numeral in brackets after a name: "机器学习（二）". Korean counts instalments with
// 편, 부 and 탄 after a separator ("React에 대해 알아보자 - 2편"); "영화 3편" is three films.
const CJK_ORDINAL = String.raw`(?:第\s*(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?<m>课|課|回|章|話|话|部|期|篇|讲|講|節|节|集|弾)|(?<m2>その|パート|ステップ|レッスン)\s*(?<n2>\d{1,3}|[一二三四五六七八九十]{1,3})|(?<=\p{L}\s*)[（(](?<n3>[一二三四五六七八九十]{1,3})[）)]|(?<=[-–—:|(（]\s*)(?<n4>\d{1,3})\s*(?<m4>편|부|탄)(?!\p{L}))`;
const NOTES = String.raw`(?:week\s?notes?|month\s?notes?|sprint\s?notes?|year\s?notes?|dev\s?logs?|dev\s?diary)`;
/**
 * A notes series' name when it is nothing but the kind of notes: "Weeknotes", "Dev log", or
 * the unit "Week 45 notes" counts in.
 */
export const NOTES_NAME = String.raw`(?:${NOTES}|week|sprint|month|iteration)`;
// What an ordinal numbers: "Second part", "Dritter Teil", "2e partie", "tweede deel", "yr ail
// ran" (Welsh "rhan" softens after an ordinal), "Chapter the third" aside.
const ORDINAL_MARKER = String.raw`(?<m>part|teil|folge|partie|parte|deel|rhan|ran|chapter|kapitel|chapitre|capítulo|capitolo|hoofdstuk|episode|épisode|episodio|aflevering|instal{1,2}ment)(?![\p{L}\d-])`;
const ORDINAL_ARTICLE = String.raw`(?:(?:the|der|die|das|la|el|a|de|het|yr?)\s+)?`;
// A day of the month, not a number in a sequence: "Weeknotes: 24 November 2020" (the notes
// words are English, and so are their months).
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})`;
const NOT_A_DATE = String.raw`(?!\s*${MONTH})`;
// Words that make "N of M" or "N/M" a page of an article or a rating, not a part.
const NOT_A_SCORE = String.raw`(?<!\b(?:pages?|seite|página|pagina|slide|photo|image|rating|rated|score|ranked|stars?)[\s,:\-–—|]*)`;
// What may follow a number that starts a title: a subtitle after punctuation, or nothing.
// A title that scores what it is about: "Dune (2021) review 4/5", "Rating: Brave 3/5".
const SCORED = /\b(?:review|rezension|critique|reseña|recensione|rating|rated|score|verdict)\b/i;
const SUBTITLE = String.raw`(?:\s*[:\-–—.：、|｜]\s*(?<rest>.*)|\s*[(（].*)?`;

/** A rule's name is its id in the evidence weights (see weights.ts). */
export type TitleRuleName =
  | 'named-marker'
  | 'bare-marker'
  | 'sequence-marker'
  | 'notes'
  | 'hash'
  | 'fraction'
  | 'fraction-first'
  | 'slash-fraction'
  | 'spaced-fraction'
  | 'season-episode'
  | 'p-dot'
  | 'dash-number'
  | 'colon-number'
  | 'paren-number'
  | 'number-first'
  | 'compact-marker'
  | 'cjk-ordinal'
  | 'ordinal-marker';
/** Rules that can read a title with or without a series name weigh differently without one. */
export type TitleRuleId = TitleRuleName | 'bare-sequence' | 'bare-season-episode';

interface Rule {
  name: TitleRuleName;
  pattern: RegExp;
  /**
   * A piece of `pattern` that any match of it contains, tried first: most link texts with a
   * digit (dates, counts) fail it at once, where the whole pattern's lazy series name is tried
   * from every starting length first. Same flags, so it reads characters as the rule does.
   */
  needs: RegExp | null;
  describe: (m: Record<string, string | undefined>) => string;
}

const rule = (
  name: TitleRuleName,
  source: string,
  describe: Rule['describe'],
  needs?: string,
): Rule => ({
  name,
  pattern: new RegExp(source, 'iu'),
  needs: needs === undefined ? null : new RegExp(needs, 'iu'),
  describe,
});

const named = (m: Record<string, string | undefined>, marker: string) =>
  t('whyTitleHas', m['base']?.trim() ?? '', marker);

// The parts of the costliest rules that no title can match them without.
// "Part.2", written as Chinese and Japanese blogs often do.
const MARKED = String.raw`${STRONG_MARKER}(?:\s*|(?<=part)\.)${NUM}`;
const PAREN_NUMBER = String.raw`\((?<n>\d{1,2})\)(?:\s*[:\-–—]\s*.+)?$`;

const RULES: Rule[] = [
  // "Name – Part 3: Subtitle", "Name (Teil 2): …", "Jekyll Part 13: …", "Name, Episode 38"
  rule(
    'named-marker',
    String.raw`^${LEAD}[\s,:\-–—|]*[\(\[]?\s*${MARKED}${OF}\s*[\)\]]?${REST}$`,
    (m) => named(m, `${m['m']} ${m['n']}`),
    MARKED,
  ),
  // "Part 3: Subtitle", "Folge 70: Star Trek: Picard", "Rhan 2: …"
  rule('bare-marker', String.raw`^[\(\[]?${MARKED}${OF}[\)\]]?${SUBTITLE}$`, (m) =>
    t('whyTitleStarts', `${m['m']} ${m['n']}`),
  ),
  // "Rails for councils, Lesson 3: …", "Tutorial 2: Forms", "Day 7 - …"
  rule(
    'sequence-marker',
    String.raw`^(?:${LEAD}[\s,:\-–—|]+)?${SEQUENCE_MARKER}\s*(?<n>\d{1,3}(?![\d.,]\d)|(?:${WORD_NUMBER})(?![\p{L}\d]))${OF}${SUBTITLE}$`,
    (m) =>
      m['base'] ? named(m, `${m['m']} ${m['n']}`) : t('whyTitleStarts', `${m['m']} ${m['n']}`),
  ),
  // "IMFD Part4 Target Intercept", "Part20 金星への打ち上げ": the number written onto the word.
  rule(
    'compact-marker',
    String.raw`^(?:${LEAD}[\s,:\-–—|]+)?(?<m>part|teil|rhan|folge)(?<n>\d{1,3})(?![\p{L}\d])(?:[\s:：\-–—]+(?<rest>.*))?$`,
    (m) => (m['base'] ? named(m, `${m['m']}${m['n']}`) : t('whyTitleStarts', `${m['m']}${m['n']}`)),
  ),
  // "はじめての Django アプリ作成、その 2", "第三课：读代码", "ステップ4: ゲームパッド…", "机器学习（二）",
  // "React에 대해 알아보자 - 2편"
  rule(
    'cjk-ordinal',
    String.raw`^(?:(?<base>.+?)[\s、，,:：\-–—|]*)?${CJK_ORDINAL}(?:[\s:：、，.。\-–—（(]+(?<rest>.*))?$`,
    (m) => {
      const marker = m['m2']
        ? `${m['m2']} ${m['n2']}`
        : m['n3']
          ? `（${m['n3']}）`
          : m['n4']
            ? `${m['n4']}${m['m4']}`
            : `第${m['n']}${m['m']}`;
      return m['base'] ? named(m, marker) : t('whyTitleStarts', marker);
    },
  ),
  // "Second part: …", "Dritter Teil – …", "Name, 2e partie", "Name (tweede deel)"; a name needs
  // punctuation before its ordinal, as "my first chapter" is no part of anything.
  rule(
    'ordinal-marker',
    String.raw`^(?:${LEAD}\s*[,:\-–—|(\[]\s*)?${ORDINAL_ARTICLE}(?<n>${MARKER_ORDINAL})\s+${ORDINAL_MARKER}(?:\s*[)\]]$|${SUBTITLE}$)`,
    (m) =>
      m['base'] ? named(m, `${m['n']} ${m['m']}`) : t('whyTitleStarts', `${m['n']} ${m['m']}`),
  ),
  // "Weeknotes 31", "Weeknote #7", "Team sprint notes 9"
  rule(
    'notes',
    String.raw`^(?<base>(?:[\p{L}'’&]+\s){0,4}${NOTES})\s*[:\-–—]?\s*(?:#|no\.?\s*)?(?<n>\d{1,4})(?![\d.]|[-/]\d)${NOT_A_DATE}(?<rest>.*)$`,
    (m) => t('whyNotes', m['base']?.trim() ?? '', m['n'] ?? ''),
    NOTES,
  ),
  // "Week 45 notes", "Sprint 12 notes: the new search", "Alpha sprint 3 round-up": the unit and
  // its number before the notes word.
  rule(
    'notes',
    String.raw`^(?<base>(?:[\p{L}'’&]+\s){0,3}(?:week|sprint|month|iteration))\s+(?<n>\d{1,3})\s+(?:notes?|round-?up|update|show\s+and\s+tell)(?![\p{L}\d])(?<rest>\s*(?:[:\-–—|(].*)?)$`,
    (m) => t('whyNotes', m['base']?.trim() ?? '', m['n'] ?? ''),
    String.raw`\d\s+(?:notes?|round-?up|update|show)`,
  ),
  // "Tweet of the Week #67: …", "Monstergespräche #1", "Name No. 5"
  rule(
    'hash',
    String.raw`^${LEAD}[\s,:\-–—]*(?:#|no\.\s?|nr\.\s?|n[º°]\s?)(?<n>\d{1,4})(?![\d.,]\d)${REST}$`,
    (m) => named(m, `#${m['n']}`),
  ),
  // "Name [3/7]", "Name (2/4)", "Name (3 of 4)"
  rule(
    'fraction',
    String.raw`^${LEAD}\s*[\(\[](?<n>\d{1,3})\s*(?<of>/|${OF_WORD})\s*(?<t>\d{1,3})[\)\]]${REST}$`,
    (m) => t('whyTitleEnds', `(${m['n']}${m['of'] === '/' ? '/' : ` ${m['of']} `}${m['t']})`),
  ),
  // "Journey to the Cloud - 1 of 7", "Name, 2 of 3": the same without brackets, never a page
  // of an article or a rating ("Page 2 of 3", "Rating: 4 of 5").
  rule(
    'fraction',
    String.raw`^${LEAD}${NOT_A_SCORE}[\s,:\-–—|]+(?<n>\d{1,2})\s+(?<of>${OF_WORD})\s+(?<t>\d{1,2})$`,
    (m) => t('whyTitleEnds', `${m['n']} ${m['of']} ${m['t']}`),
  ),
  // "(2/4) Name"
  rule(
    'fraction-first',
    String.raw`^[\(\[](?<n>\d{1,3})\s*/\s*(?<t>\d{1,3})[\)\]]\s*(?<base>.+)$`,
    (m) => t('whyTitleStarts', `(${m['n']}/${m['t']})`),
  ),
  // "Name - 3/4", "Name: 2/5"; never a date or a financial year ("9/11", "2024/25").
  rule(
    'slash-fraction',
    String.raw`^${LEAD}\s*[:\-–—,|]\s*(?<n>\d{1,2})\s*/\s*(?<t>\d{1,2})$`,
    (m) => t('whyTitleEnds', `${m['n']}/${m['t']}`),
  ),
  // "100DaysOfHomelab 10/100 - Research Day": a count of days or posts, never a date ("9/11",
  // "12/31": no month or day past 31 on either side) or a score ("Rated 8/10", "Score 85/100").
  rule(
    'slash-fraction',
    String.raw`^${LEAD}${NOT_A_SCORE}\s+(?=\d{1,3}/(?:3[2-9]|[4-9]\d|\d{3})(?!\d)|(?:1[3-9]|[2-9]\d|\d{3})/\d{2,3}(?!\d))(?<n>\d{1,3})/(?<t>\d{2,3})(?:\s+[-–—:|]\s+.+)?$`,
    (m) => t('whyTitleEnds', `${m['n']}/${m['t']}`),
  ),
  // "Introduction à la SDR 1/2", "Tunnel Routier 2/2": a few parts counted after a plain
  // space. Twelve at most, never more done than there are, and never a day ("Remembering 9/11")
  // or a rating ("Dune review 4/5": see SCORED).
  rule(
    'spaced-fraction',
    String.raw`^${LEAD}${NOT_A_SCORE}\s+(?!9/11(?!\d))(?<n>\d{1,2})/(?<t>[2-9]|1[0-2])(?![\d/.,])(?<rest>\s+[-–—:|]\s+.+)?$`,
    (m) => (m['rest'] ? named(m, `${m['n']}/${m['t']}`) : t('whyTitleEnds', `${m['n']}/${m['t']}`)),
    String.raw`\s\d{1,2}/\d`,
  ),
  // "Show name S2E3: …", "S01E04 - …"
  rule(
    'season-episode',
    String.raw`^(?:${LEAD}[\s,:\-–—|]+)?s(?<s>\d{1,2})\s?e(?<n>\d{1,3})(?!\d)${SUBTITLE}$`,
    (m) => t('whyTitleHas', m['base']?.trim() ?? '', `S${m['s']}E${m['n']}`),
  ),
  // "Scapy p.04", "Name p.02"
  rule('p-dot', String.raw`^${LEAD}\s+p\.\s?(?<n>\d{1,3})${REST}$`, (m) => named(m, `p.${m['n']}`)),
  // "Journey to the Cloud - 3", "Name – 3: Subtitle", "Name - 3 - Moving email", and a group
  // or site the page's other titles did not name ("… - 3 - Socitm - Knowledge Hub").
  rule(
    'dash-number',
    String.raw`^${LEAD}\s+[-–—]\s+(?<n>\d{1,3})(?<rest>\s*:\s+.*|\s+[-–—|]\s+(?=\p{L}).*)?$`,
    (m) => (m['rest'] ? named(m, `- ${m['n']}`) : t('whyTitleEnds', `- ${m['n']}`)),
  ),
  // "Journey to the Cloud: 3"
  rule('colon-number', String.raw`^${LEAD}\s*:\s*(?<n>\d{1,3})$`, (m) =>
    t('whyTitleEnds', `: ${m['n']}`),
  ),
  // "Scherenschnitt (3)", "新竹尖石_美樹營地賞楓 (2)"
  rule(
    'paren-number',
    String.raw`^(?<base>.*\p{L}.*?)\s*${PAREN_NUMBER}`,
    (m) => t('whyTitleEnds', `(${m['n']})`),
    PAREN_NUMBER,
  ),
  // "3 - Moving the data", "(16) Der Weg", "#5: Hiring": the number first, the name elsewhere.
  rule(
    'number-first',
    String.raw`^(?<m>[\(#]?)(?<n>\d{1,3})(?:\)|\s*[-–—:.])\s+(?<rest>\p{L}.*)$`,
    (m) => t('whyTitleStarts', m['m'] === '(' ? `(${m['n']})` : `${m['m']}${m['n']}`),
  ),
];

// Words before "#1" that make it a ranking, not an instalment: "Opens #1", "the world's #1".
const RANKING_BEFORE_HASH =
  /(?:^|\s)(?:is|are|was|were|opens?|ranks?|ranked|the|world'?s|top|at|becomes?|hits?)\s*$/i;
const YEAR_END = /(?:19|20)\d{2}$/;
// A listing's page in a numbered run: "Search results - 2 - Blog", "News - 3 - Anytown Council".
const LISTING_NAME =
  /^(?:(?:search\s+)?results?|archives?|blog|news|posts|articles|stories|updates|categor(?:y|ies)|tags?|page)$/i;
// "Companies Act 2006, Part 3": a part of a law, not of a series.
// Laws are divided into parts and chapters, never into days, weeks or lessons: "Advent of
// Code 2021, Day 7" is no statute.
const STATUTE_DIVISION =
  /^(?:part|pt\.?|teil|partie|parte|deel|rhan|chapter|kapitel|chapitre|capítulo|capitolo|hoofdstuk|rozdział|глава|pennod|#|no\.\s?|nr\.\s?)?$/i;
// "Companies Act 2006, Part 3, Chapter 2": the chapter of a part of the law is still the law's.
// A code is a law only with the word that says which ("Criminal Code"): "Clean Code" is a book.
const STATUTE =
  /\b(?:act|regulations?|order|directive|bill|(?:u\.?s\.?|highway|criminal|civil|penal|tax|commercial|labou?r|building|fire|family|planning|administrative|electoral|traffic|road|health|procedure)\s+code|schedule)(?:\s+(?:\d{4}|of\s+\d{4}))?(?:,?\s+(?:part|pt\.?|chapter|section|schedule)\s+(?:\d{1,3}|[ivxl]{1,6}))*$/i;
// A subtitle that only says "review" or "trailer": "Dune: Part Two - A Review" is about a film
// ("Part 3: review of the pilot" is a part).
const REVIEWED =
  /^(?:(?:a|an|the|my|our|film|movie|book|spoiler-free)\s+)*(?:review(?:ed)?|rezension|critique|reseña|recensione|trailer|premiere)s?\s*[!.)）]?$/i;
// The subtitle's first segment: a site's name may follow it ("… - A Review | Site").
const firstSegment = (rest: string) =>
  rest.replace(/^[\s:\-–—.|：(（,]+/u, '').split(/\s+(?:\||::|@|[-–—·•»]|\/\/)\s+|\s*:\s+/u)[0] ??
  '';
/** A part of a film or book, quoted or under review, is not a part of this page's series. */
const namesAWork = (title: string, rest: string | undefined) =>
  QUOTED.test(title) || REVIEWED.test(firstSegment(rest ?? ''));
// A marker inside quotes names a work ("'Dune: Part Two' premiere"), not this page.
const QUOTED = /["“”‘’'«»„].*?(?:part|teil|folge|episode)\s+\S+.*?["“”‘’'«»]/i;

function normalisedBase(base: string | undefined): string | null {
  const trimmed = base?.replace(/[\s,:\-–—|([]+$/u, '').trim() ?? '';
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
}

// Every rule needs a digit, a bracket or a marker word; most link texts have none, and skip
// the rules entirely.
const MAY_NUMBER =
  /\d|part|teil|folge|[eé]pisod|instal|aflevering|deel|część|часть|rhan|\bran\b|chap|kapitel|capít|capitolo|hoofdstuk|[一二三四五六七八九十]/i;
// A sequence word with its number spelt out ("Lesson Two", "Week three"): the number words
// are looked for only in short texts, where a title can be.
const SPELT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
// Rules whose titles may carry no series name: the site and the marker tie their parts.
const NAMELESS = new Set<TitleRuleName>([
  'bare-marker',
  'sequence-marker',
  'season-episode',
  'number-first',
  'compact-marker',
  'cjk-ordinal',
  'ordinal-marker',
]);
// Roman numerals only after the words that take them ("Part II", "Teil IV", "Partie III").
const ROMAN_MARKERS = /^(part|teil|partie|parte|deel|rhan)$/i;

function idOf(name: TitleRuleName, base: string | null): TitleRuleId {
  if (base !== null) return name;
  if (name === 'sequence-marker') return 'bare-sequence';
  return name === 'season-episode' ? 'bare-season-episode' : name;
}

type Reading = Omit<TitleParse, 'rule'> & { describe: () => string };

// Detection reads the same texts several times (the page's titles when collecting links and
// again when deciding; a link in the list, sibling and first-part checks): each is matched
// against the rules once. The evidence sentence is still worded at each call.
const READINGS = new Map<string, Reading | null>();
const MAX_READINGS = 2000;

export function parseTitle(raw: string): TitleParse | null {
  let reading = READINGS.get(raw);
  if (reading === undefined) {
    if (READINGS.size >= MAX_READINGS) READINGS.clear();
    reading = readTitle(raw);
    READINGS.set(raw, reading);
  }
  if (!reading) return null;
  const { base, part, total, id, marker, describe } = reading;
  return { base, part, total, id, rule: describe(), marker };
}

function readTitle(raw: string): Reading | null {
  const title = cleanTitle(raw);
  if (title.length === 0 || title.length > 400) return null;
  if (!MAY_NUMBER.test(title) && !(title.length <= 120 && SPELT.test(title))) return null;
  for (const r of RULES) {
    if (r.needs && !r.needs.test(title)) continue;
    const m = r.pattern.exec(title);
    if (!m?.groups) continue;
    const g: Record<string, string | undefined> = { ...m.groups };
    g['n'] ??= g['n2'] ?? g['n3'] ?? g['n4'];
    g['m'] ??= g['m2'] ?? g['m4'];
    const part = (r.name === 'ordinal-marker' ? parseMarkerOrdinal : parsePartNumber)(g['n'] ?? '');
    if (part === null || part < 1 || part > 999) continue;
    const total = g['t'] ? Number(g['t']) : null;
    if (total !== null && total < part) continue;
    const named = normalisedBase(g['base']);
    if (!NAMELESS.has(r.name) && named === null) continue;
    if (r.name === 'hash' && RANKING_BEFORE_HASH.test(g['base'] ?? '')) continue;
    if (r.name === 'spaced-fraction' && SCORED.test(title)) continue;
    // "Budget 2023 - 24" is a financial year; "News - 3" a listing's third page.
    if (r.name === 'dash-number' && (LISTING_NAME.test(named ?? '') || YEAR_END.test(named ?? '')))
      continue;
    if (named && STATUTE.test(named) && STATUTE_DIVISION.test(g['m'] ?? '')) continue;
    if (/part|teil|folge|episode/i.test(g['m'] ?? '') && namesAWork(title, g['rest'])) continue;
    // "Lesson Two: …" opens a series; "Summit, Day One" after a name is the first day's report.
    if (r.name === 'sequence-marker' && named && !/^\d/.test(g['n'] ?? '')) continue;
    // A lone "I" after "Part" is a Roman one, but "Teil I" of a statute is not an instalment
    // unless a number word or digits confirm it; keep single-letter numerals to "Part".
    if (/^[ivxl]+$/i.test(g['n'] ?? '') && !ROMAN_MARKERS.test(g['m'] ?? '')) continue;
    // Episodes count again each season: "Show S2E3" is part 3 of "Show S2".
    const base = r.name === 'season-episode' && named ? `${named} S${Number(g['s'])}` : named;
    const marker =
      base !== null
        ? null
        : r.name === 'season-episode'
          ? `s${Number(g['s'])}e`
          : r.name === 'number-first'
            ? `${g['m'] ?? ''}n`
            : (g['m'] ?? '').toLowerCase();
    return { base, part, total, id: idOf(r.name, base), marker, describe: () => r.describe(g) };
  }
  return null;
}

// Notes named by their date rather than a number: "Weeknotes: 24 November 2020", "Week notes
// w/c 3rd June", "Sprint notes – 2024-06-14", "Monthnotes: March 2024", "Week Notes - 26-05"
// (a year and its week, or a day and its month: either way a date, not a count), "Weeknote
// 14/2020" (a week and its year).
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+${MONTH}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)|${MONTH}\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{2,4}[-/]\d{1,2}(?![\d./-])|\d{1,2}[-/](?:19|20)\d{2}(?![\d./-]))`;
const DATED_NOTES = new RegExp(
  String.raw`^(?<base>(?:[\p{L}'’&]+\s){0,4}${NOTES})\s*[:\-–—,|(]?\s*(?:(?:w/?[ce]|week\s+(?:commencing|ending|beginning|of|to))\s*:?\s*)?${DATE}(?:[\s,.:\-–—|()].*)?$`,
  'iu',
);

// Notes counted from zero ("weeknotes 0", "GalvanizeU Week[0]", "Sprint 0: set-up"): a part,
// but no part number the library keeps, which starts at one.
const ZEROTH_NOTES = new RegExp(
  String.raw`^(?<base>(?:[\p{L}'’&]+\s){0,4}(?:${NOTES}|week|sprint))\s*[:#\-–—]?\s*(?:0+|\[0+\])(?:\s*[:\-–—|(].*)?$`,
  'iu',
);

/** The notes' name, when a title dates them, or counts them from zero, instead of numbering them. */
export function datedNotes(title: string): { base: string; rule: string } | null {
  const clean = cleanTitle(title);
  const dated = DATED_NOTES.exec(clean)?.groups?.['base']?.trim();
  if (dated) return { base: dated, rule: t('whyDatedNotes', dated) };
  const zeroth = ZEROTH_NOTES.exec(clean)?.groups?.['base']?.trim();
  return zeroth ? { base: zeroth, rule: t('whyZerothNotes', zeroth) } : null;
}

// Notes filed by date in their own section of a site, where every title may be the same
// ("This week at Digital Land") or name only the week's theme ("Trust - 8 to 12 June").
const NOTES_WORD = new RegExp(NOTES, 'iu');

/**
 * The notes' name, when the address files the page under notes by its date: right below the
 * notes' section, or deeper when one of the titles (or the title's site part, "… | Weeknotes |
 * Digital Land") names the notes too.
 */
export function notesFiledByDate(
  url: string,
  titles: readonly string[],
): { base: string; rule: string; section: string } | null {
  const section = notesSection(url);
  if (!section) return null;
  const { name, nested } = section;
  const named = titles.map((title) => NOTES_WORD.exec(title)?.[0]).find(Boolean);
  const base = named ?? (nested ? null : `${name[0]?.toUpperCase()}${name.slice(1)}`);
  return base ? { base, rule: t('whyDatedNotes', base), section: name } : null;
}
