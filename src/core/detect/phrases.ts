import { t } from '../i18n';
import { ORDINAL_WORD, parseOrdinal, parsePartNumber, WORD_NUMBER } from './numbers';

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

// "This is Part 1 of the in-progress article series", "This post is part 3 in a series".
const THIS_IS_PART = new RegExp(
  String.raw`\bthis\s+(?:is|${NOUN}\s+is)\s+part\s+(?<n>${NUMBER})\s+(?:of|in)\b`,
  'iu',
);
const NTH_IN_SERIES = new RegExp(
  String.raw`\b(?:this is|welcome to|this\s+${NOUN}\s+is)\s+(?:the\s+)?(?<n>${ORDINAL_WORD})\s+${NOUN}\s+(?:in|of)\s+(?:a|an|this|the|our|my)\s+(?:[\p{L}\d-]+\s+){0,3}(?:series|sequence)\b`,
  'iu',
);
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
const EARLIER_PART = new RegExp(
  String.raw`\b(?:in|during)\s+(?:the\s+)?(?:(?:part|teil)\s+(?<n>${NUMBER})|(?<o>${ORDINAL_WORD}|previous|last)\s+(?:part|post|article|instal{1,2}ment))\s*(?:of\s+(?:this|the|my|our)\s+series\s*)?,?\s+(?:we|i|you)\b`,
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
const SERIES_WORDS = ['serie', 'série', 'sequence', 'reihe', 'reeks', 'gyfres'];
const mentions = (lower: string, words: readonly string[]) => words.some((w) => lower.includes(w));

/** Every sentence form found in the article's opening, strongest first. */
export function findPhrases(text: string): PhraseFacts[] {
  const found: PhraseFacts[] = [];
  const lower = text.toLowerCase();
  const series = mentions(lower, SERIES_WORDS);
  const nth =
    (series ? NTH_IN_SERIES.exec(text) : null) ??
    (lower.includes(' about') ? NTH_ABOUT.exec(text) : null);
  const part = nth ? parseOrdinal(nth.groups?.['n'] ?? '') : null;
  if (nth && part) found.push({ id: 'nth-in-series', part, total: null, evidence: quote(nth) });
  const thisIs = lower.includes('part') ? THIS_IS_PART.exec(text) : null;
  const named = thisIs ? parsePartNumber(thisIs.groups?.['n'] ?? '') : null;
  if (thisIs && named && !nth) {
    found.push({ id: 'nth-in-series', part: named, total: null, evidence: quote(thisIs) });
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
