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

// Ordinals before "part" and its translations ("Second part", "Dritter Teil", "deuxième
// partie", "segunda parte", "tweede deel", "yr ail ran"), one line per number: German without
// its endings, the Romance languages in both genders (a part is feminine, an article not),
// Welsh in both and softened after "y" ("y drydedd ran").
const MARKER_ORDINALS = new Map<string, number>();
[
  'erst premier première primera primero primer primeira primeiro prima primo eerste',
  'zweit deuxième seconde segunda segundo seconda secondo tweede ail',
  'dritt troisième tercera tercero tercer terceira terceiro terza terzo derde trydedd drydedd trydydd',
  'viert quatrième cuarta cuarto quarta quarto vierde pedwaredd bedwaredd pedwerydd',
  'fünft cinquième quinta quinto vijfde pumed bumed',
  'sechst sixième sexta sexto sesta sesto zesde chweched',
  'siebt septième séptima séptimo sétima sétimo settima settimo zevende seithfed',
  'acht huitième octava octavo oitava oitavo ottava ottavo achtste wythfed',
  'neunt neuvième novena noveno nona nono negende nawfed',
  'zehnt dixième décima décimo decima decimo tiende degfed ddegfed',
].forEach((line, i) => {
  for (const word of line.split(' ')) MARKER_ORDINALS.set(word, i + 1);
});
// German ordinals end in -e, -er, -es, -en or -em; "2e", "2ème", "2ª", "2nd", "2de", "2." too.
export const MARKER_ORDINAL = `${ORDINAL_WORD}|(?:${[...MARKER_ORDINALS.keys()].join('|')})(?:e[rsnm]?)?|\\d{1,2}(?:e|ème|eme|er|re|ère|de|ste|ª|º|°|\\.)`;

export function parseMarkerOrdinal(text: string): number | null {
  const lower = text.toLowerCase();
  const digits = /^(\d{1,2})\D/.exec(lower);
  if (digits) return Number(digits[1]);
  return (
    parseOrdinal(lower) ??
    MARKER_ORDINALS.get(lower) ??
    MARKER_ORDINALS.get(lower.replace(/e[rsnm]?$/, '')) ??
    null
  );
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
