import type messages from '../../public/_locales/en/messages.json';

/**
 * Every word the extension shows comes from `_locales/<lang>/messages.json` through the
 * browser's i18n API, so a Welsh translation is one more file. The API is read from the
 * global the browser provides (like `Intl`), not through the polyfill, so pure code can name
 * its messages and Node tests supply the same lookup (tests/unit/i18n-setup.ts).
 */
export type MessageKey = keyof typeof messages;

/** Keys with plural forms, written `<base>_one`, `<base>_other` (and `_two`, `_few`... where a language has them). */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

type Substitution = string | number;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

const api = (): I18nApi | undefined => {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
};

/**
 * The language Instalments' words are shown in (its `localeTag` message: "en-GB" for the
 * English text), for dates, numbers and plural rules, so a date reads as the text around it
 * does ("4 December 2026"), whatever region the browser is set to. The browser's own UI
 * language when a translation does not say.
 */
export function uiLanguage(): string {
  return api()?.getMessage('localeTag') || api()?.getUILanguage() || 'en';
}

let numbers: Intl.NumberFormat | undefined;
const formatNumber = (n: number) => (numbers ??= new Intl.NumberFormat(uiLanguage())).format(n);

function lookup(key: string, subs: readonly Substitution[]): string {
  const strings = subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  // Chrome returns undefined for more than 9 substitutions; no message here has that many.
  return api()?.getMessage(key, strings) ?? '';
}

/** The message `key` in the reader's language, with `$1`… filled from `subs` (numbers formatted). */
export function t(key: MessageKey, ...subs: Substitution[]): string {
  // A missing message shows its key, which a reader can report, rather than nothing at all.
  return lookup(key, subs) || key;
}

let rules: Intl.PluralRules | undefined;

/** The form of `base` for `count` in the reader's language; `count` is the first substitution. */
export function plural(base: PluralKey, count: number, ...subs: Substitution[]): string {
  const category = (rules ??= new Intl.PluralRules(uiLanguage())).select(count);
  return (
    lookup(`${base}_${category}`, [count, ...subs]) ||
    lookup(`${base}_other`, [count, ...subs]) ||
    base
  );
}

/** A date as the reader writes it, such as "26 November 2026". */
export const formatDate = (time: number): string =>
  new Date(time).toLocaleDateString(uiLanguage(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
