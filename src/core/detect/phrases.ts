import { t } from '../i18n';
import { ORDINAL_WORD, parseOrdinal } from './numbers';

/**
 * Sentences in the article that place it in a series: "This is the second article in a
 * series", "Teil 2 der dreiteiligen Serie", "a 5-part series".
 */
export interface PhraseFacts {
  part: number | null;
  total: number | null;
  evidence: string;
}

const NTH_IN_SERIES = new RegExp(
  String.raw`\b(?:this is|welcome to)\s+(?:the\s+)?(?<n>${ORDINAL_WORD})\s+(?:article|post|part|instal{1,2}ment|episode|entry)\s+(?:in|of)\s+(?:a|this|the|our|my)\s+(?:[\w-]+\s+)?series\b`,
  'i',
);
const TEIL_DER_SERIE =
  /\bTeil\s+(?<n>\d{1,2})\s+(?:der|unserer|meiner)\s+(?<t>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)[- ]?teiligen\s+(?:Serie|Reihe)\b/i;
const GERMAN_NUMBERS: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
};

export function findPhrases(text: string): PhraseFacts | null {
  const nth = NTH_IN_SERIES.exec(text);
  if (nth?.groups) {
    const part = parseOrdinal(nth.groups['n'] ?? '');
    if (part) return { part, total: null, evidence: t('whyArticleSays', nth[0].trim()) };
  }
  const teil = TEIL_DER_SERIE.exec(text);
  if (teil?.groups) {
    const total = teil.groups['t'] ?? '';
    return {
      part: Number(teil.groups['n']),
      total: GERMAN_NUMBERS[total.toLowerCase()] ?? (Number(total) || null),
      evidence: t('whyArticleSays', teil[0].trim()),
    };
  }
  return null;
}
