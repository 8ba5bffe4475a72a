/**
 * The skeleton's title grammar: "Name - 3", "Name – Part 3: Subtitle", "Name: Part 3",
 * "Name, part 3" and a bare "Part 3: Subtitle". The full grammar (roman numerals, "of N",
 * other languages, the not-a-series traps) replaces this with the real detector.
 */
export interface TitleParse {
  /** The series name without the part marker; null when the title is only "Part N …". */
  base: string | null;
  part: number;
  /** The human-readable rule that matched, shown as detection evidence. */
  rule: string;
}

const SITE_SUFFIXES = [/\s+\|\s+LinkedIn$/i, /\s+[-–—|]\s+Knowledge Hub$/i];

// A dash counts as a separator only with spaces around it, so "SARS-CoV-2" and
// "Catch-22" are names, not parts.
const DASH = String.raw`\s+[-–—]\s+`;
const SEP = String.raw`(?:${DASH}|\s*[:,]\s+)`;
const MAX_PART = 999;

const NAMED_PART = new RegExp(
  String.raw`^(?<base>.+?)${SEP}(?<part>part\s+)?(?<n>\d{1,3})(?:(?:${DASH}|\s*:\s+).*)?$`,
  'i',
);
const BARE_PART = /^part\s+(?<n>\d{1,3})(?:\s*[:\-–—]\s*.*)?$/i;

export function stripSiteSuffix(title: string): string {
  return SITE_SUFFIXES.reduce((t, suffix) => t.replace(suffix, ''), title.trim());
}

export function parseTitle(raw: string): TitleParse | null {
  const title = stripSiteSuffix(raw.replace(/\s+/g, ' '));
  const named = NAMED_PART.exec(title);
  if (named?.groups) {
    const part = Number(named.groups['n']);
    const base = named.groups['base']?.trim() ?? '';
    // "Windows 11" or "Top 20" put the number after a word, not after a separator, so they
    // never reach here; a separator with no "Part" still needs a plausible part number.
    if (part >= 1 && part <= MAX_PART && base.length > 0) {
      const rule = named.groups['part']
        ? `title has "${base}" then "Part ${part}"`
        : `title ends with "- ${part}"`;
      return { base, part, rule };
    }
  }
  const bare = BARE_PART.exec(title);
  if (bare?.groups) {
    const part = Number(bare.groups['n']);
    if (part >= 1 && part <= MAX_PART) {
      return { base: null, part, rule: `title starts with "Part ${part}"` };
    }
  }
  return null;
}
