/** Part numbers as people write them: digits, Roman numerals and English words. */

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

export const WORD_NUMBER = `${CARDINALS.slice(1).join('|')}`;
export const ORDINAL_WORD = `${ORDINALS.slice(1).join('|')}|\\d{1,2}(?:st|nd|rd|th)`;

export function parseWordNumber(text: string): number | null {
  const index = CARDINALS.indexOf(text.toLowerCase());
  return index > 0 ? index : null;
}

export function parseOrdinal(text: string): number | null {
  const lower = text.toLowerCase();
  const word = ORDINALS.indexOf(lower);
  if (word > 0) return word;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  return digits ? Number(digits[1]) : null;
}

/** Digits, a Roman numeral or a number word; null for anything else. */
export function parsePartNumber(text: string): number | null {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  return parseRoman(text) ?? parseWordNumber(text);
}
