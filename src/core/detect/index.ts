import { plural, t } from '../i18n';
import { seriesKey, normaliseTitle } from '../identity/series-key';
import type { SeriesBlock } from './block';
import { TRACK_THRESHOLD, type Detection } from './detection';
import { collectFacts, type PageFacts } from './page-facts';
import { findPhrases } from './phrases';
import {
  findSiblings,
  linkList,
  notesBeside,
  numberedName,
  pathSequence,
  slugSequence,
  type NumberedName,
} from './siblings';
import { combine, WEIGHTS, type EvidenceId, type Weights } from './weights';
import {
  cleanTitle,
  datedNotes,
  notesFiledByDate,
  NOTES_NAME,
  parseTitle,
  stripSiteName,
  type TitleParse,
} from './title';
import { EVIDENCE_LIMIT, KEY_LIMIT, TEXT_LIMIT } from '../limits';

export { TRACK_THRESHOLD, type Detection, type Sibling } from './detection';
export { platformOf } from './adapters';
export { collectFacts, findArticleBody, type PageFacts } from './page-facts';
export { scanDocument } from './scan';

// Evidence quotes the page, and a page's title can be as long as the limit itself.
function bounded(text: string): string {
  const max = TEXT_LIMIT;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface TitleReading {
  text: string;
  parse: TitleParse | null;
}

/** The page's own title, and the first of its candidate titles that names a part. */
function readTitles(facts: PageFacts): {
  pageTitle: string;
  reading: TitleReading | null;
  cleaned: string[];
} {
  const cleaned = facts.titles.map((t) =>
    cleanTitle(stripSiteName(t, facts.siteNames, facts.host)),
  );
  for (const text of cleaned) {
    const parse = parseTitle(text);
    if (parse) return { pageTitle: text, reading: { text, parse }, cleaned };
  }
  return { pageTitle: cleaned[0] ?? '', reading: null, cleaned };
}

// Forms that name a part when they stand as an article's first short line ("Connecting
// Customer Data, part 1 of 4" above the text): not numbered list items or bare numbers.
const KICKER_RULES = new Set<EvidenceId>([
  'named-marker',
  'bare-marker',
  'sequence-marker',
  'fraction',
  'compact-marker',
  'cjk-ordinal',
  'ordinal-marker',
]);

const RECAP = /^\s*[([]?\s*(?:previously|last time)\b/i;

/** A short opening line of the article that names the part, as a kicker over the text. */
function openingLine(bodyText: string): TitleParse | null {
  for (const line of bodyText.split('\n').slice(0, 4)) {
    // "(Previously: Part 1 - Monday, …)" names other parts, not this one.
    // A sentence ("Next time, join me for part 5.") is the text, not a line over it.
    if (line.length > 100 || RECAP.test(line) || /[.!?]\s*$/.test(line)) continue;
    const parse = parseTitle(line);
    if (parse && KICKER_RULES.has(parse.id) && (parse.base || parse.total)) {
      return { ...parse, rule: t('whyOpensWith', line.trim()) };
    }
  }
  return null;
}

/** The strongest block that places the page in a series. */
function bestBlock(blocks: SeriesBlock[]): SeriesBlock | null {
  return blocks.reduce<SeriesBlock | null>(
    (best, b) => (!best || b.strength > best.strength ? b : best),
    null,
  );
}

/**
 * An unnumbered page whose title begins with the name of a series that links to its later
 * part ("The Spectacular Story Of Metroid, Part 2" from "The Spectacular Story Of Metroid, One
 * Of Gaming's Richest Universes") is that series' first part.
 */
const NAMES_A_PART = /\b(?:part|teil|folge|episode)\b/i;

function firstOfSeries(facts: PageFacts, pageTitle: string): TitleParse | null {
  const page = normaliseTitle(pageTitle);
  for (const link of facts.links) {
    if (link.zone === 'comments' || !NAMES_A_PART.test(link.text)) continue;
    const parsed = parseTitle(cleanTitle(link.text));
    if (!parsed?.base || parsed.part < 2) continue;
    const base = normaliseTitle(parsed.base);
    if (base.length >= 12 && page.startsWith(base) && page !== base) {
      return {
        base: parsed.base,
        part: 1,
        total: null,
        id: parsed.id,
        rule: t('whyTitleBegins', parsed.base, String(parsed.part)),
        marker: null,
      };
    }
  }
  return null;
}

// "In the previous post … in the next post": a sequence that names neither series nor number.
const PREVIOUS =
  /^(?:(?:the\s+)?(?:previous|last)\s+(?:post|article|part|tutorial|lesson|instal{1,2}ment)|vorherige[rs]?\s+(?:teil|folge|lektion)|partie\s+précédente|parte\s+anterior|vorige\s+(?:deel|les)|forrige\s+del)$/i;
const NEXT =
  /^(?:(?:the\s+)?(?:next|following)\s+(?:post|article|part|tutorial|lesson|instal{1,2}ment)|nächste[rs]?\s+(?:teil|folge|lektion)|partie\s+suivante|parte\s+siguiente|volgende\s+(?:deel|les)|neste\s+del)$/i;

/** A sequence with no name or number, in the words that say so. */
interface Sequence {
  rule: string;
}

// A word PREVIOUS or NEXT needs, tried on the raw text before it is cleaned and matched.
const MAY_SEQUENCE =
  /previous|last|next|following|vorherige|nächste|précédente|suivante|anterior|siguiente|vorige|volgende|forrige|neste/i;

function proseSequence(facts: PageFacts): Sequence | null {
  // In the article, or right under it: not in a menu or a comment.
  const prose = facts.links.filter(
    (l) => (l.prose || l.zone === 'body') && MAY_SEQUENCE.test(l.text),
  );
  const previous = prose.find((l) => PREVIOUS.test(cleanTitle(l.text)));
  const next = prose.find((l) => NEXT.test(cleanTitle(l.text)));
  if (!previous || !next || previous.href === next.href) return null;
  return {
    rule: t('whyPreviousNext', cleanTitle(previous.text), cleanTitle(next.text)),
  };
}

const GENERIC_NAME = new RegExp(`^${NOTES_NAME}$`, 'iu');

function keyFor(
  facts: PageFacts,
  seriesTitle: string | null,
  marker: string | null,
  siblings: string[],
): string {
  // Unnamed series: the site plus the marker ("Folge") or the first URL the series box lists,
  // which every part's box lists alike.
  const anchor = marker ?? [facts.url, ...siblings].sort()[0] ?? facts.url;
  const site = facts.host.replace(/^www\./, '');
  // Everyone's notes are called "Weeknotes": without an author to tell them apart, the site does.
  const generic = seriesTitle && !facts.author && GENERIC_NAME.test(seriesTitle);
  const key = seriesTitle
    ? `${generic ? `${site}|` : ''}${seriesKey(seriesTitle, facts.author)}`
    : `${site}|${anchor}`;
  // An address can be thousands of characters; the first few hundred tell series apart.
  return key.slice(0, KEY_LIMIT);
}

/** What a page showed, and what it adds up to under a set of weights. */
export interface Assessment {
  detection: Detection | null;
  /** Every kind of evidence the page showed, whatever it weighs. */
  fired: EvidenceId[];
}

interface Signal {
  id: EvidenceId;
  weight: number;
  evidence: string;
}

/**
 * Reads every kind of evidence from page facts, then adds it up in one place. `weights` are
 * the fitted ones unless a scorer is fitting its own.
 */
export function assess(facts: PageFacts, weights: Weights = WEIGHTS): Assessment {
  const { pageTitle, reading, cleaned } = readTitles(facts);
  const block = bestBlock(facts.blocks);
  const phrases = findPhrases(`${facts.bodyText}\n${facts.asides}`);
  const numbered = pathSequence(facts) ?? slugSequence(facts);
  const listed = reading?.parse ? null : linkList(facts);
  const sequence =
    reading?.parse || block || phrases.length > 0 || numbered ? null : proseSequence(facts);
  const kicker = reading?.parse ? null : openingLine(facts.bodyText);
  // Each distinct title once: the name is looked for in every link.
  const named = (reading?.parse || kicker ? [] : [...new Set(cleaned)]).reduce<NumberedName | null>(
    (found, text) => found ?? numberedName(facts, text),
    null,
  );
  const firstPart =
    reading?.parse || block || phrases.length > 0 || sequence || numbered || kicker || named
      ? null
      : firstOfSeries(facts, pageTitle);
  const title =
    reading?.parse ??
    kicker ??
    (named && {
      base: named.base,
      part: named.part,
      total: null,
      id: 'numbered-name' as const,
      rule: named.rule,
      marker: null,
    }) ??
    firstPart;
  const filed = notesFiledByDate(facts.url, facts.titles);
  const dated = title || block ? null : (cleaned.map(datedNotes).find(Boolean) ?? filed);
  const blockPlaces = block !== null && (block.part !== null || block.strength >= 0.5);
  if (
    !title &&
    !dated &&
    !blockPlaces &&
    phrases.length === 0 &&
    !sequence &&
    !numbered &&
    !listed
  ) {
    return { detection: null, fired: [] };
  }

  const signals: Signal[] = [];
  // A platform's markup brings its own strength: the adapter knows how much its markup says.
  if (block) signals.push({ id: 'platform', weight: block.strength, evidence: block.evidence });
  if (title) {
    const id =
      reading?.parse?.id ?? (kicker ? 'opening-line' : named ? 'numbered-name' : 'first-of-series');
    signals.push({ id, weight: weights[id], evidence: title.rule });
  }
  if (dated) {
    signals.push({ id: 'dated-notes', weight: weights['dated-notes'], evidence: dated.rule });
  }
  for (const phrase of phrases) {
    signals.push({ id: phrase.id, weight: weights[phrase.id], evidence: phrase.evidence });
  }
  if (sequence) {
    signals.push({
      id: 'prose-sequence',
      weight: weights['prose-sequence'],
      evidence: sequence.rule,
    });
  }
  if (listed) {
    signals.push({ id: 'link-list', weight: weights['link-list'], evidence: listed.rule });
  }
  if (numbered) {
    signals.push({
      id: 'path-sequence',
      weight: weights['path-sequence'],
      evidence: numbered.rule,
    });
  }
  if (block?.part != null && title?.part === block.part) {
    signals.push({ id: 'agreement', weight: weights.agreement, evidence: '' });
  }

  // A platform's own "part X of Y" beats numbers in the title.
  const phrasePart = phrases.find((p) => p.part !== null);
  const part =
    block?.part ?? title?.part ?? listed?.part ?? phrasePart?.part ?? numbered?.part ?? null;
  const total = block?.total ?? title?.total ?? phrasePart?.total ?? null;
  const seriesTitle = block?.seriesTitle ?? title?.base ?? dated?.base ?? null;

  const siblings = findSiblings({
    facts,
    title,
    part,
    seriesTitle,
    blocks: facts.blocks,
    numbered: [
      ...(numbered?.siblings ?? []),
      ...(listed?.siblings ?? []),
      ...(named?.siblings ?? []),
      ...(filed ? notesBeside(facts, filed.section) : []),
    ],
    previously: phrases.some((p) => p.id === 'previously'),
  });
  if (siblings.length > 0) {
    signals.push({
      id: 'siblings',
      weight: weights.siblings,
      evidence: plural('whyLinks', siblings.length),
    });
  }
  const confidence = combine(signals.map((s) => s.weight));

  const detection: Detection = {
    seriesTitle,
    seriesKey: keyFor(
      facts,
      seriesTitle,
      title?.marker ?? null,
      siblings.map((s) => s.url),
    ),
    part,
    total,
    author: facts.author,
    platform: facts.platform,
    siblings,
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    evidence: signals
      .map((s) => s.evidence)
      .filter(Boolean)
      .slice(0, EVIDENCE_LIMIT)
      .map(bounded),
  };
  return { detection, fired: signals.map((s) => s.id) };
}

/** Decides from page facts alone whether this page is one part of a series. */
export function decide(facts: PageFacts): Detection | null {
  return assess(facts).detection;
}

/** The part's own title: the page heading without the site's name. */
export function pageTitle(facts: PageFacts): string {
  return readTitles(facts).pageTitle;
}

export function detectSeries(doc: Document, url: string): Detection | null {
  return decide(collectFacts(doc, url));
}

/**
 * The user said "track this page": keep what detection found, or make the page the first
 * known part of a series named by its own title.
 */
export function trackedByUser(facts: PageFacts): Detection {
  const found = decide(facts);
  const evidence = t('whyAsked');
  if (found) {
    return {
      ...found,
      confidence: Math.max(found.confidence, TRACK_THRESHOLD),
      evidence: [...found.evidence, evidence],
    };
  }
  const title = pageTitle(facts) || facts.host;
  return {
    seriesTitle: title.slice(0, TEXT_LIMIT),
    seriesKey: seriesKey(title.slice(0, TEXT_LIMIT), facts.author).slice(0, KEY_LIMIT),
    part: null,
    total: null,
    author: facts.author,
    platform: facts.platform,
    siblings: [],
    confidence: TRACK_THRESHOLD,
    evidence: [evidence],
  };
}

export function isTracked(detection: Detection): boolean {
  return detection.confidence >= TRACK_THRESHOLD;
}
