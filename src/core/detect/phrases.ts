import { t } from '../i18n';
import {
  MARKER_ORDINAL,
  ORDINAL_WORD,
  parseMarkerOrdinal,
  parseOrdinal,
  parsePartNumber,
  WORD_NUMBER,
} from './numbers';

/**
 * Sentences at the start of an article that place it in a series: "This is the second article
 * in a series", "This post is part of a series on …", "In part 1 we …", "Previously: …",
 * "Teil 2 der dreiteiligen Serie", "Mae'r erthygl hon yn rhan o gyfres".
 */
export type PhraseId =
  | 'nth-in-series'
  | 'part-of-series'
  | 'earlier-part'
  | 'read-part'
  | 'previously'
  | 'next-in-series'
  | 'teil-der-serie';

export interface PhraseFacts {
  id: PhraseId;
  part: number | null;
  total: number | null;
  evidence: string;
}

const NOUN = String.raw`(?:article|post|blog\s?post|part|instal{1,2}ment|episode|entry|piece|chapter|tutorial|lesson|video|edition)`;
const NUMBER = String.raw`(?:\d{1,2}|${WORD_NUMBER})`;

// "This is Part 1 of the in-progress article series", "This post is part 3 in a series",
// "This entry is part 2 of 5 in the series" (WordPress' Organize Series), "This is post 2 of
// 5 in the series" (WP Post Series), "Welcome to part two of our series".
const THIS_IS_PART = new RegExp(
  String.raw`\b(?:this\s+(?:is|${NOUN}\s+is)|welcome\s+to)\s+(?:part|post|article|entry|instal{1,2}ment)\s+(?<n>${NUMBER})(?:\s+(?:of|/)\s+(?<t>${NUMBER}))?\s+(?:of|in)\b`,
  'iu',
);
// A line that starts by placing itself: "Part 2 of my series on accessibility.", "(Part 3 of 5
// in a series about data)". Without "series" it could be part 2 of a report.
const PART_LEADS = new RegExp(
  String.raw`^[^\S\n]*[([]?[^\S\n]*part\s+(?<n>${NUMBER})(?:\s+(?:of|/)\s+(?<t>${NUMBER}))?\s+(?:of|in)\s+(?:a|an|my|our|the|this)\s+(?:[\p{L}\d-]+\s+){0,3}series\b`,
  'imu',
);
// "This is the third post in my series", "This blog post is the third in a series about …",
// "This is the first of a three-part series".
// Without a noun ("This is the second in a series …") the series must be the writer's own, of
// posts, about something, or counted in parts: "the second in a series of strikes" is news.
// "… in a series", "… of our ongoing series", "… in this sequence".
const IN_A_SERIES = String.raw`\s+(?:in|of)\s+(?:a|an|this|the|our|my)\s+(?:[\p{L}\d-]+\s+){0,3}(?:series|sequence)\b`;
const NTH_IN_SERIES = [
  String.raw`\b(?:this is|welcome to)\s+(?:the\s+)?(?<n>${ORDINAL_WORD})\s+${NOUN}${IN_A_SERIES}`,
  String.raw`\bthis\s+${NOUN}\s+is\s+(?:the\s+)?(?<n>${ORDINAL_WORD})(?:\s+${NOUN})?${IN_A_SERIES}`,
  String.raw`\bthis is\s+(?:the\s+)?(?<n>${ORDINAL_WORD})\s+(?:in|of)\s+(?:(?:this|our|my)\s+(?:[\p{L}\d-]+\s+){0,3}series\b|(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,2}series\s+of\s+(?:[\p{L}-]+\s+)?(?:posts|articles|pieces|blogs|entries|notes|videos|tutorials|lessons)\b|(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,2}series\s+(?:about|on|looking\s+at|exploring|covering)\b|(?:a|an|the)\s+(?:[\p{L}\d]+-part|multi-part)\s+series\b)`,
].map((source) => new RegExp(source, 'iu'));
// The same in the other languages series are written in: "Dies ist der zweite Teil unserer
// Serie", "Voici la deuxième partie de notre série", "Cet article est le deuxième d'une série",
// "Este es el segundo artículo de la serie", "Questa è la seconda parte della serie", "Este é o
// segundo artigo da série", "Dit is het tweede deel van de reeks", "Dyma'r ail flog mewn cyfres".
const WORDS_THEN = (series: string) => String.raw`(?:[\p{L}-]+\s+){0,3}?${series}\b`;
const NTH_IN_SERIES_ABROAD = [
  String.raw`\b(?:dies|das|hier)\s+ist\s+(?:der|mein|unser)\s+(?<n>${MARKER_ORDINAL})\s+(?:teil|beitrag|artikel|post)\s+(?:unserer|meiner|der|einer|dieser)\s+${WORDS_THEN(String.raw`\p{L}*(?:serie|reihe)`)}`,
  String.raw`\b(?:ceci\s+est|voici|c['’]est|bienvenue\s+dans)\s+(?:la|le|mon|notre)\s+(?<n>${MARKER_ORDINAL})\s+(?:partie|volet|épisode|article|billet)\s+(?:de|d['’])\s*(?:notre|ma|la|cette|une|mon)\s+${WORDS_THEN('série')}`,
  String.raw`\bcet\s+article\s+est\s+le\s+(?<n>${MARKER_ORDINAL})\s+(?:(?:volet|épisode|article|billet)\s+)?d['’]une\s+${WORDS_THEN('série')}`,
  String.raw`\b(?:este|esta)\s+es\s+(?:el|la|mi)\s+(?<n>${MARKER_ORDINAL})\s+(?:parte|artículo|post|entrega|capítulo)\s+de\s+(?:la|esta|mi|nuestra|una)\s+${WORDS_THEN('serie')}`,
  String.raw`\b(?:questo|questa)\s+è\s+(?:il|la)\s+(?<n>${MARKER_ORDINAL})\s+(?:parte|articolo|post|puntata)\s+(?:della|di\s+una|di\s+questa)\s+${WORDS_THEN('serie')}`,
  String.raw`\b(?:este|esta)\s+é\s+(?:o|a)\s+(?<n>${MARKER_ORDINAL})\s+(?:parte|artigo|post)\s+(?:da|de\s+uma|desta)\s+${WORDS_THEN('série')}`,
  String.raw`\bdit\s+is\s+(?:het|de|mijn|ons)\s+(?<n>${MARKER_ORDINAL})\s+(?:deel|blog|artikel|aflevering|post)\s+(?:van|in|uit)\s+(?:de|een|onze|mijn|deze)\s+${WORDS_THEN('(?:serie|reeks)')}`,
  // Welsh nouns soften after an ordinal ("ail flog", "ail ran"), and "cyfres" after "o'r".
  String.raw`\bdyma['’]r\s+(?<n>${MARKER_ORDINAL})\s+(?:blog|flog|rhan|ran|erthygl|post|bost|cofnod|gofnod)\s+(?:mewn|o['’]r|yn\s+y)\s+[cg]yfres\b`,
].map((source) => new RegExp(source, 'iu'));
// "a three-part series", "a 5-part series", "der dreiteiligen Serie": how many parts it has.
const PARTS_IN_ALL = new RegExp(String.raw`\b(?<t>\d{1,2}|${WORD_NUMBER})[-\s]part\b`, 'iu');
// "This is the final part of our series": the last part, whichever number it is.
const LAST_IN_SERIES = String.raw`\bthis\s+(?:is|${NOUN}\s+is)\s+the\s+(?:final|last|concluding|closing)\s+(?:part|post|article|instal{1,2}ment|entry|blog\s?post)${IN_A_SERIES}`;
// "This is the second post about the Cloud World Forum": a later one on the same subject, even
// where "series" is never said. Not the first ("This is the first post on my new blog").
const NTH_ABOUT = new RegExp(
  String.raw`\bthis is the (?!first\b|1st\b)(?<n>${ORDINAL_WORD})\s+${NOUN}\s+about\b`,
  'iu',
);
// "This post is part of a series on …", "… part of our ongoing series", and the same in the
// other languages series are written in here.
const PART_OF_SERIES = new RegExp(
  [
    String.raw`\bthis\s+(?:${NOUN}|is)\s+(?:is\s+)?(?:part|one)\s+of\s+(?:a|an|my|our|the)\s+(?:[“"«„][^“”"«»]{1,80}[”"»“]\s+|(?:[\p{L}\d-]+\s+){0,3})(?:series|sequence)\b`,
    LAST_IN_SERIES,
    // Hugo's series taxonomy, as its tutorials render it: "This is a post in the Hugo 101 series."
    String.raw`\bthis\s+is\s+(?:a|an|one)\s+${NOUN}\s+in\s+(?:a|an|my|our|the)\s+(?:[\p{L}\d-]+\s+){0,4}(?:series|sequence)\b`,
    // The opening of one: "This will be a series of blog posts on …".
    String.raw`\bthis\s+(?:will\s+be|is\s+going\s+to\s+be)\s+a\s+(?:[\p{L}-]+\s+)?series\s+of\b`,
    String.raw`\b(?:dieser|dieses|der)\s+(?:beitrag|artikel|text|post)\s+ist\s+teil\s+(?:einer|unserer|meiner|der)\s+(?:[\p{L}-]+\s+)?(?:serie|reihe)\b`,
    String.raw`\bfait\s+partie\s+d['’](?:une|la)\s+(?:[\p{L}-]+\s+)?série\b`,
    String.raw`\bforma\s+parte\s+de\s+(?:una|la|nuestra|mi)\s+(?:[\p{L}-]+\s+)?serie\b`,
    String.raw`\bmaakt\s+deel\s+uit\s+van\s+(?:een|de|onze|mijn)\s+(?:[\p{L}-]+\s*)?(?:serie|reeks)\b`,
    String.raw`\brhan\s+o\s+gyfres\b`,
    // "ho deciso di dividere il post in una serie di puntate": instalments, not articles read.
    String.raw`\bserie\s+di\s+puntate\b`,
  ].join('|'),
  'iu',
);
// "In part 1 we looked at …", "In the first part of this series, I …", "Im ersten Teil …".
// Said of a series, no one need be named: "In my previous post in this series, Rob explained …".
const EARLIER_PART = new RegExp(
  [
    String.raw`\b(?:in|during)\s+(?:the\s+)?(?:(?:part|teil)\s+(?<n>${NUMBER})|(?<o>${ORDINAL_WORD}|previous|last)\s+(?:part|post|article|instal{1,2}ment))\s*(?:(?:of|in)\s+(?:this|the|my|our)\s+series\s*)?,?\s+(?:we|i|you)\b`,
    String.raw`\b(?:in|during)\s+(?:the|my|our)\s+(?:${ORDINAL_WORD}|previous|last|earlier)\s+(?:part|post|article|instal{1,2}ment|blog(?:\s?post)?)\s+(?:of|in)\s+(?:this|the|my|our)\s+series\b`,
    // "The first part of this series covered discovery."
    String.raw`\bthe\s+(?:${ORDINAL_WORD}|previous|last|earlier)\s+(?:part|post|article|instal{1,2}ment)\s+(?:of|in)\s+(?:this|the|my|our)\s+series\s+(?:covered|looked|explained|introduced|described|showed|discussed|set\s+out|was|focused)\b`,
  ].join('|'),
  'iu',
);
// "Read part 2 here", "You can read part one here", "Catch up on part 1", "see also part 1",
// "siehe auch Teil1", "voir aussi la partie 1", "zie ook deel 1".
const READ_PART = new RegExp(
  String.raw`\b(?:read|catch\s+up\s+on|missed|see\s+also|siehe\s+auch|voir\s+aussi|ver\s+también|zie\s+ook)\s+(?:the\s+|la\s+)?(?:part|teil|partie|parte|deel)\s*(?<n>${NUMBER})\b`,
  'iu',
);
// At the start of any paragraph, note or heading: "Previously: …", "<h3>Previously on …:</h3>".
// Only spaces before it, never line breaks: "\s*" at every line start of a text made of
// blank lines tries every run of them, and such a text took seconds.
const PREVIOUSLY =
  /^[^\S\n]*[([]?[^\S\n]*(?:previously|last time)(?:\s+(?:on|in)\s+[^:\n]{1,60})?[^\S\n]*[:…]/imu;
const NEXT_IN_SERIES =
  /\b(?:next|coming up)\s+(?:(?:part|post|article|up)\s+)?in\s+(?:the|this)\s+series\b|\bthe\s+next\s+(?:part|instal{1,2}ment)\s+(?:of|in)\s+(?:this|the)\s+series\b/iu;
const TEIL_DER_SERIE =
  /\bTeil\s+(?<n>\d{1,2})\s+(?:der|unserer|meiner)\s+(?<t>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)[- ]?teiligen\s+(?:Serie|Reihe)\b/iu;

const quote = (m: RegExpExecArray) => t('whyArticleSays', m[0].trim().replace(/\s+/g, ' '));

// A word each form cannot match without, looked for in the lower-cased text before the
// form itself: most articles say none of them, and a plain search is far cheaper than the
// case-folding patterns run over the whole opening.
const SERIES_WORDS = ['serie', 'série', 'sequence', 'reihe', 'reeks', 'yfres'];
const mentions = (lower: string, words: readonly string[]) => words.some((w) => lower.includes(w));

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** How many parts a sentence says the series has ("the first of a three-part series"). */
function totalOf(sentence: string): number | null {
  return parsePartNumber(PARTS_IN_ALL.exec(sentence)?.groups?.['t'] ?? '');
}

/** The words after a match, as far as the series it names: "… of a 5-part series". */
function seriesAfter(text: string, m: RegExpExecArray): string {
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  return /^[^.\n]*?series/i.exec(rest)?.[0] ?? '';
}

/** Every sentence form found in the article's opening, strongest first. */
export function findPhrases(text: string): PhraseFacts[] {
  const found: PhraseFacts[] = [];
  const lower = text.toLowerCase();
  const series = mentions(lower, SERIES_WORDS);
  const english =
    (series ? firstMatch(NTH_IN_SERIES, text) : null) ??
    (lower.includes(' about') ? NTH_ABOUT.exec(text) : null);
  const abroad = english || !series ? null : firstMatch(NTH_IN_SERIES_ABROAD, text);
  const nth = english ?? abroad;
  const n = nth?.groups?.['n'] ?? '';
  const part = english ? parseOrdinal(n) : abroad ? parseMarkerOrdinal(n) : null;
  if (nth && part) {
    found.push({ id: 'nth-in-series', part, total: totalOf(nth[0]), evidence: quote(nth) });
  }
  const thisIs = mentions(lower, ['part', 'post', 'article', 'entry', 'instal'])
    ? (THIS_IS_PART.exec(text) ?? (series ? PART_LEADS.exec(text) : null))
    : null;
  const named = thisIs ? parsePartNumber(thisIs.groups?.['n'] ?? '') : null;
  if (thisIs && named && !nth) {
    const total = parsePartNumber(thisIs.groups?.['t'] ?? '');
    found.push({
      id: 'nth-in-series',
      part: named,
      total: total !== null && total >= named ? total : totalOf(seriesAfter(text, thisIs)),
      evidence: quote(thisIs),
    });
  }
  const teil = lower.includes('teilig') ? TEIL_DER_SERIE.exec(text) : null;
  if (teil?.groups) {
    const total = teil.groups['t'] ?? '';
    found.push({
      id: 'teil-der-serie',
      part: Number(teil.groups['n']),
      total: parsePartNumber(total) ?? (Number(total) || null),
      evidence: quote(teil),
    });
  }
  const simple: [PhraseId, RegExp, boolean][] = [
    ['part-of-series', PART_OF_SERIES, series],
    ['earlier-part', EARLIER_PART, mentions(lower, ['part', 'teil', 'post', 'article', 'instal'])],
    ['read-part', READ_PART, mentions(lower, ['part', 'teil', 'deel'])],
    ['previously', PREVIOUSLY, true],
    ['next-in-series', NEXT_IN_SERIES, series],
  ];
  for (const [id, pattern, possible] of simple) {
    const m = possible ? pattern.exec(text) : null;
    if (m) found.push({ id, part: null, total: null, evidence: quote(m) });
  }
  return found;
}
