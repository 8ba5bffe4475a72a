/**
 * Part numbers as people write them: digits, Roman numerals, and number words in English and
 * in the other languages series are published in here (German, French, Spanish, Dutch, Welsh).
 */

const ROMAN = /^(?=[ivxl])(xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

export function parseRoman(text: string): number | null {
  if (!ROMAN.test(text)) return null;
  const chars = text.toLowerCase().split('');
  let total = 0;
  chars.forEach((c, i) => {
    const value = ROMAN_VALUES[c] ?? 0;
    const next = ROMAN_VALUES[chars[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  return total > 0 ? total : null;
}

const CARDINALS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

// One to ten after a marker word ("Teil zwei", "partie deux", "parte dos", "deel twee",
// "rhan dau"): only ever read after "Part" or its translation, so "un" or "six" alone is no
// part. German, French, Spanish, Dutch, Welsh, and Welsh's feminine two to four.
const OTHER_LANGUAGES = new Map<string, number>();
for (const words of [
  'eins zwei drei vier fünf sechs sieben acht neun zehn',
  'une deux trois quatre cinq six sept huit neuf dix',
  'uno dos tres cuatro cinco seis siete ocho nueve diez',
  'een twee drie vier vijf zes zeven acht negen tien',
  'un dau tri pedwar pump chwech saith wyth naw deg',
  'un dwy tair pedair',
]) {
  words.split(' ').forEach((word, i) => {
    if (!OTHER_LANGUAGES.has(word)) OTHER_LANGUAGES.set(word, i + 1);
  });
}

// Longest first, so "fünf" is not read as a shorter word's prefix by the alternation.
export const WORD_NUMBER = [...CARDINALS.slice(1), ...OTHER_LANGUAGES.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');
export const ORDINAL_WORD = `${ORDINALS.slice(1).join('|')}|\\d{1,2}(?:st|nd|rd|th)`;

export function parseWordNumber(text: string): number | null {
  const lower = text.toLowerCase();
  const index = CARDINALS.indexOf(lower);
  if (index > 0) return index;
  return OTHER_LANGUAGES.get(lower) ?? null;
}

export function parseOrdinal(text: string): number | null {
  const lower = text.toLowerCase();
  const word = ORDINALS.indexOf(lower);
  if (word > 0) return word;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  return digits ? Number(digits[1]) : null;
}

const CJK_DIGITS = '一二三四五六七八九';

/** 一 to 九十九 ("三" 3, "十二" 12, "二十" 20). */
export function parseCjkNumber(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const digit = (c: string | undefined) => (c ? CJK_DIGITS.indexOf(c) + 1 : 0);
  if (!m[2]) return m[3] ? null : digit(m[1]) || null;
  return (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]);
}

/** Digits, a Roman numeral, a number word or a Chinese numeral; null for anything else. */
export function parsePartNumber(text: string): number | null {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  return parseRoman(text) ?? parseWordNumber(text) ?? parseCjkNumber(text);
}
