import { plural } from '../i18n';
import { canonicalUrl } from '../identity/canonical-url';
import { normaliseTitle } from '../identity/series-key';
import type { SeriesBlock } from './block';
import { type Sibling } from './detection';
import { MARKER_ORDINAL, parseMarkerOrdinal, parsePartNumber } from './numbers';
import type { PageFacts } from './page-facts';
import { sameSite } from '../identity/address';
import {
  BACK_WORDS,
  mayName,
  notesSection,
  numberedPath,
  ON_WORDS,
  slugParts,
  words,
} from './link-cues';
import { cleanTitle, parseTitle, type TitleParse } from './title';
import { SIBLINGS_LIMIT } from '../limits';

const MAX_SIBLINGS = SIBLINGS_LIMIT;

// "Part 3", "Part II", "Part 3 of this tutorial", "Read Part 1 here", "siehe Teil1": a bare
// in-text reference to another part.
const BARE_REFERENCE =
  /^(?:(?:read|see|siehe|catch\s+up\s+on|continue\s+(?:to|with))\s+)?(?:part|teil|folge|episode)\s*(\d{1,3}|[ivxl]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:of|in)\s+(?:this|the|our|my)\s+(?:series|tutorial|article|guide))?(?:\s+here)?$/i;

// "the first article": an in-text reference to an earlier part by its ordinal.
// In the languages the markers are in too: "den ersten Teil", "la première partie", "la
// primera parte", "het eerste deel".
const ORDINAL_REFERENCE = new RegExp(
  String.raw`^(?:(?:the|de[mnrs]?|die|das|la|le|el|il|het)\s+|l['’]\s*)?(${MARKER_ORDINAL})\s+(?:article|post|part|instal{1,2}ment|episode|teil|folge|beitrag|artikel|partie|parte|deel|aflevering|puntata)$`,
  'iu',
);

// "the previous post", "next tutorial": in running text, another part of the same sequence.
const SEQUENCE_REFERENCE =
  /^(?:the\s+)?(?:previous|last|next|following)\s+(?:post|article|part|tutorial|instal{1,2}ment)$/i;

// A pager link says where it leads before the title it names: "← Previous#4 - …" (two spans
// run together), "Next post: Part 3", "Следующий →#6 - …".
const PAGER_LABEL = new RegExp(
  String.raw`^(?:${BACK_WORDS}|${ON_WORDS}|older|newer|предыдущий|следующий)(?:\s+(?:post|article|entry|episode|part|story|beitrag|artikel|artículo|bericht))?(?![\p{Ll}])\s*[:：»›→]?\s*`,
  'iu',
);

/** A link's text without its pager label, unless the label is all it says. */
function withoutPagerLabel(text: string): string {
  return text.replace(PAGER_LABEL, '') || text;
}

// "Vorheriger Tag", "Next lesson", "Partie suivante": a pager that steps by the series' own
// unit, one part back or on.
const PREVIOUS_WORD = new RegExp(`^(?:${BACK_WORDS})$`, 'i');
// Romance languages and Welsh put the word after the unit: "partie suivante", "rhan nesaf".
const STEP = new RegExp(
  String.raw`^(?:(?<a>${BACK_WORDS}|${ON_WORDS})\s+(?<w>\p{L}+)|(?<w2>\p{L}+)\s+(?<a2>précédente?|suivante?|anterior|siguiente|blaenorol|nesaf))$`,
  'iu',
);
// The units any series steps by; a chapter, day or lesson only when the page is numbered in
// them (the next chapter of a work in a series of works is no part of the series).
const UNITS = /^(?:part|teil|folge|partie|parte|deel|del|rhan|episode|épisode|instal{1,2}ment)$/i;

function stepOf(
  text: string,
  marker: string | null,
  part: number | null,
): number | null | undefined {
  const m = STEP.exec(text);
  const unit = (m?.groups?.['w'] ?? m?.groups?.['w2'] ?? '').toLowerCase();
  if (!m || !(UNITS.test(unit) || unit === marker)) return undefined;
  if (part === null) return null;
  const back = PREVIOUS_WORD.test(m.groups?.['a'] ?? m.groups?.['a2'] ?? '');
  const n = back ? part - 1 : part + 1;
  return n >= 1 ? n : undefined;
}

/**
 * A link that names the series without a number, in other words: the first part. `names` are
 * the words of each series name of three words or more.
 */
function namesSeries(text: string, names: readonly string[][]): boolean {
  if (names.length === 0) return false;
  const linkWords = new Set(words(text));
  return names.some(
    (baseWords) =>
      linkWords.size <= baseWords.length * 2 &&
      baseWords.filter((w) => linkWords.has(w)).length >= baseWords.length * 0.9,
  );
}

function sharesWords(text: string, names: readonly string[][]): boolean {
  const own = new Set(words(text));
  return names.some((name) => name.filter((w) => own.has(w)).length >= 2);
}

/**
 * Links the article numbers by the words before them: "Part 1: <a>Intro</a>" whatever its
 * number, and bare "1 - <a>…</a>", "3 - <a>…</a>" lines only when, with this page's own
 * number, they count 1 to n (a "Top 10" list in part 3 counts through 3 itself).
 */
function numberedLines(facts: PageFacts, part: number | null) {
  if (part === null) return [];
  const lines = facts.links.flatMap((link) =>
    link.lead && link.zone === 'body' && link.lead.n !== part ? [{ ...link, ...link.lead }] : [],
  );
  const bare = lines.filter((l) => !l.marked);
  const numbers = new Set([part, ...bare.map((l) => l.n)]);
  // A bare list that numbers this page's own place too is a list of something else.
  const counts =
    [...numbers].every((n) => n <= numbers.size) &&
    !facts.links.some((l) => l.lead?.n === part && !l.lead.marked);
  return lines.filter((l) => l.marked || counts);
}

// A tag, category, series or archive page lists parts but is none ("/tags/tunnel-routier-1/2",
// "Jekyll (16)" for sixteen posts in /categories/jekyll, "/series/bridge-to-dotnet"); a part
// may still sit below one ("/series/hugo-101/part-2/").
const LISTING =
  /^[^?#]*?\/(?:tags?|categor(?:y|ies)|series|labels?|topics?|archives?|search\/label)\/[^/?#]+(?:\/\d+)?\/?(?:[?#].*)?$/i;

/** The address a link leads to, if it could be a part: resolved, and no listing. */
function partUrl(href: string, facts: PageFacts): string | null {
  const url = canonicalUrl(href, facts.base);
  return url && !LISTING.test(url) ? url : null;
}

export interface SiblingContext {
  facts: PageFacts;
  /** How the page's own title named the series, if it did. */
  title: (Pick<TitleParse, 'base' | 'marker' | 'total'> & { id: string }) | null;
  part: number | null;
  seriesTitle: string | null;
  blocks: SeriesBlock[];
  /** Other pages numbered in the same directory, when the page is one of them. */
  numbered?: Sibling[];
  /** The article says "Previously: …": the parts its running text names came before it. */
  previously?: boolean;
}

/** Every other part this page links to, by the ways a series names its parts. */
export function findSiblings(ctx: SiblingContext): Sibling[] {
  const { facts, title, part } = ctx;
  const self = new Set([facts.url, facts.canonical].filter((u): u is string => Boolean(u)));
  const found = new Map<string, Sibling>();
  const add = (href: string, linkTitle: string | null, n: number | null) => {
    const url = partUrl(href, facts);
    if (!url || self.has(url) || found.size >= MAX_SIBLINGS) return;
    const known = found.get(url);
    if (!known) found.set(url, { url, title: linkTitle, part: n });
    else if (known.part === null && n !== null) found.set(url, { ...known, part: n });
  };

  for (const block of ctx.blocks)
    for (const item of block.items) add(item.url, item.title, item.part);
  for (const sibling of ctx.numbered ?? []) add(sibling.url, sibling.title, sibling.part);

  const bases = [ctx.seriesTitle, title?.base]
    .filter((b): b is string => Boolean(b))
    .map(normaliseTitle);
  const slug = part !== null ? slugParts(facts.url) : null;
  const pageSlug = slug?.n === part ? slug : null;

  // Each name's words are worked out once here, not again for every link on the page.
  const nameWords = bases.map(words);
  const names = nameWords.filter((w) => w.length >= 3);
  // Most links can be passed over on sight: no number, marker, ordinal or series word.
  const baseWords = nameWords.map((w) => w[0]).filter((w): w is string => Boolean(w));
  const mayRefer = (text: string) =>
    mayName(text) || baseWords.some((w) => text.toLowerCase().includes(w));

  for (const link of numberedLines(facts, part))
    add(link.href, cleanTitle(link.text) || null, link.n);

  for (const link of facts.links) {
    if (link.zone === 'comments' || (!pageSlug && !mayRefer(link.text))) continue;
    const step = stepOf(cleanTitle(link.text), title?.marker ?? null, part);
    if (step !== undefined) {
      add(link.href, null, step);
      continue;
    }
    const text = withoutPagerLabel(cleanTitle(link.text));
    const parsed = text ? parseTitle(text) : null;
    if (parsed?.base && bases.includes(normaliseTitle(parsed.base)) && parsed.part !== part) {
      add(link.href, text, parsed.part);
      continue;
    }
    // A series whose parts carry their own names ("Consulta a MongoDB desde Flask (parte 1)"
    // listed in "CRUD usando Flask para MongoDB (parte 3)"): in the article, numbered by the
    // same rule, and naming two of the same things.
    // A pager outside the article qualifies when it steps by one ("Offensive WMI - Reconnaissance
    // (Part 4)" beside "Offensive WMI - Active Directory Enumeration (Part 5)").
    if (
      parsed?.base &&
      (link.zone === 'body' || (part !== null && Math.abs(parsed.part - part) === 1)) &&
      parsed.id === title?.id &&
      parsed.part !== part &&
      sharesWords(parsed.base, nameWords)
    ) {
      add(link.href, text, parsed.part);
      continue;
    }
    // Parts that each carry their own name and the series' count ("Pixels Everywhere! Hardware
    // Review (2 of 4)" beside "Sweet Sweet Nougats (3 of 4)"): the same form, the same total of
    // three or more (two-part pieces are common), in the text or one step away.
    if (
      parsed?.total &&
      parsed.total >= 3 &&
      parsed.total === title?.total &&
      parsed.id === title.id &&
      part !== null &&
      parsed.part !== part &&
      (link.zone === 'body' || Math.abs(parsed.part - part) === 1)
    ) {
      add(link.href, text, parsed.part);
      continue;
    }
    // "Parte 1 – Google login con Angular" in the text of a page that names no part of its own
    // (the series' introduction): the parts it introduces.
    if (link.zone === 'body' && !title?.marker && parsed?.id === 'bare-marker') {
      if (parsed.part !== part) add(link.href, text, parsed.part);
      continue;
    }
    // "Part 3 of this tutorial" in the article's own text.
    const bare = link.zone !== 'nav' ? BARE_REFERENCE.exec(text) : null;
    if (bare) {
      const n = parsePartNumber(bare[1] ?? '');
      if (n !== null && n !== part) add(link.href, text, n);
      continue;
    }
    if (link.prose && SEQUENCE_REFERENCE.test(text)) {
      add(link.href, null, null);
      continue;
    }
    const ordinal = link.zone !== 'nav' ? ORDINAL_REFERENCE.exec(text) : null;
    if (ordinal && part !== null) {
      const n = parseMarkerOrdinal(ordinal[1] ?? '');
      if (n !== null && n !== part) add(link.href, text, n);
      continue;
    }
    // "(Previously: Part 1 - Monday, Part 2 - Tuesday, …)": the earlier parts, named in the text.
    if (ctx.previously && link.prose && parsed?.marker && parsed.part !== part) {
      add(link.href, text, parsed.part);
      continue;
    }
    // "Folge 64: …" beside "Folge 70: …", when the series is named only by its marker.
    if (title?.marker && parsed?.marker === title.marker && parsed.part !== part) {
      add(link.href, text, parsed.part);
      continue;
    }
    // The first part often carries the bare series name: "Reverse Engineering …" for "…: Part 2".
    if (part !== null && part > 1 && link.zone !== 'nav' && namesSeries(text, names)) {
      add(link.href, text, 1);
      continue;
    }
    // Same slug, another number: ".../tweet-of-the-week-66-…" beside ".../tweet-of-the-week-67-…".
    if (pageSlug && link.href.toLowerCase().includes(pageSlug.prefix)) {
      const other = slugParts(canonicalUrl(link.href, facts.base) ?? '');
      if (
        other &&
        other.host === pageSlug.host &&
        other.prefix === pageSlug.prefix &&
        other.n !== pageSlug.n
      ) {
        add(link.href, text || null, other.n);
      }
    }
  }
  return [...found.values()];
}

export interface PathSequence {
  part: number;
  siblings: Sibling[];
  rule: string;
}

/**
 * The pages, linked outside comments, that `numberOf` numbers in the same sequence as this
 * one (`page`), each with its own number. `mayBe` passes over, unresolved, links that cannot be.
 */
function numberedNeighbours<N extends { n: number }>(
  facts: PageFacts,
  page: N,
  numberOf: (url: string) => N | null,
  same: (other: N) => boolean,
  mayBe: (href: string) => boolean = () => true,
): Sibling[] {
  const found = new Map<string, Sibling>();
  for (const link of facts.links) {
    if (link.zone === 'comments' || !mayBe(link.href)) continue;
    const url = partUrl(link.href, facts);
    const other = url ? numberOf(url) : null;
    if (!url || !other || !same(other) || other.n === page.n || found.has(url)) continue;
    found.set(url, { url, title: cleanTitle(link.text) || null, part: other.n });
    if (found.size >= MAX_SIBLINGS) break;
  }
  return [...found.values()];
}

/**
 * Pages whose addresses number them in one directory ("/tutorial/1-intro/",
 * "/tutorial/2-setup/"): this page and at least two others it links to, outside comments,
 * one of them its neighbour.
 */
export function pathSequence(facts: PageFacts): PathSequence | null {
  const page = numberedPath(facts.url);
  if (!page) return null;
  const siblings = numberedNeighbours(facts, page, numberedPath, (o) => o.dir === page.dir);
  // A sequence has neighbours: "10-tips", "5-ways" and "7-habits" side by side are listicles.
  const numbers = new Set(siblings.map((s) => s.part));
  if (siblings.length < 2 || !(numbers.has(page.n - 1) || numbers.has(page.n + 1))) return null;
  return { part: page.n, siblings, rule: plural('whyNumberedPaths', siblings.length) };
}

// A slug that numbers the page after a word that counts parts or notes: "weeknotes_3",
// "part-2", "folge-12". Days, weeks and lessons also number one-off pages ("day-1-recap").
const PART_WORDS = 'part|teil|folge|episode|deel|partie|parte|rhan';
const COUNTED_SLUG = new RegExp(
  String.raw`(?:^|[-_])(?:${PART_WORDS}|ep|week-?notes?|month-?notes?|sprint-?notes?|dev-?log)[-_]?$`,
  'i',
);
const NAMED_PART = new RegExp(String.raw`\b(?:${PART_WORDS})\s+(\d{1,3})\b`, 'i');

/**
 * Pages numbered in their slugs after such a word ("…/weeknotes_3.html" beside
 * "…/weeknotes_8.html"), on one site: this page and at least one other it links to, outside
 * comments. The word says it is a sequence, so no neighbour is needed.
 */
export function slugSequence(facts: PageFacts): PathSequence | null {
  const page = slugParts(facts.url);
  if (!page) return null;
  const siblings = numberedNeighbours(
    facts,
    page,
    slugParts,
    (o) => o.host === page.host && o.prefix === page.prefix,
    (href) => href.toLowerCase().includes(page.prefix),
  );
  // Any other slug counts when a link names the part its address numbers: "join me for
  // <a href="how_modeling_works_5.html">part 5</a>" on how_modeling_works_4.html.
  const counted =
    COUNTED_SLUG.test(page.prefix) ||
    siblings.some((s) => parsePartNumber(NAMED_PART.exec(s.title ?? '')?.[1] ?? '') === s.part);
  if (siblings.length === 0 || !counted) return null;
  return { part: page.n, siblings, rule: plural('whyNumberedSlugs', siblings.length) };
}

// A name and a bare number: "vExpert Homelab 5", "The Isolation 5 - First week". The name
// has two words at least, so "Windows 11" or "Python 3" never starts one.
const BARE_NUMBERED = /^(?<name>\p{L}[^]{3,}?)\s+(?<n>\d{1,3})(?:\s+[-–—:|]\s+[^]*)?$/u;

function bareNumbered(text: string): { name: string; key: string; n: number } | null {
  const m = BARE_NUMBERED.exec(text);
  const name = m?.groups?.['name']?.trim() ?? '';
  const key = normaliseTitle(name);
  const n = Number(m?.groups?.['n']);
  return m && key.split(' ').length >= 2 && n > 0 ? { name, key, n } : null;
}

export interface NumberedName {
  base: string;
  part: number;
  siblings: Sibling[];
  rule: string;
}

const PAGER_REL = /(?:^|\s)(?:prev|next)(?:\s|$)/;
const PAGER_ARROW = /^\s*[«‹←]|[»›→]\s*$/;

/**
 * A title of a name and a bare number, with the same name numbered one step away in the
 * page's pager ("Next » vExpert Homelab 6 - vCenter Configuration"), or otherwise in two more
 * links: on its own, a bare number is as often a version or a sequel.
 */
export function numberedName(facts: PageFacts, title: string): NumberedName | null {
  const own = bareNumbered(title);
  if (!own) return null;
  const found = new Map<string, Sibling>();
  let pagerStep = false;
  for (const link of facts.links) {
    if (link.zone === 'comments' || !/\d/.test(link.text)) continue;
    const text = cleanTitle(link.text);
    const named = withoutPagerLabel(text);
    const other = bareNumbered(named);
    if (!other || other.key !== own.key || other.n === own.n) continue;
    const url = partUrl(link.href, facts);
    if (!url || found.has(url)) continue;
    found.set(url, { url, title: named, part: other.n });
    const pager = named !== text || PAGER_ARROW.test(link.text) || PAGER_REL.test(link.rel);
    if (pager && Math.abs(other.n - own.n) === 1) pagerStep = true;
  }
  if (!pagerStep && found.size < 2) return null;
  const siblings = [...found.values()].slice(0, MAX_SIBLINGS);
  return {
    base: own.name,
    part: own.n,
    siblings,
    rule: plural('whyNumberedName', siblings.length),
  };
}

/**
 * The other notes a dated note links to in its own section of its own site
 * ("/weeknotes/06-06-2026/"); someone else's weeknotes are theirs.
 */
export function notesBeside(facts: PageFacts, section: string): Sibling[] {
  const found = new Map<string, Sibling>();
  for (const link of facts.links) {
    if (link.zone === 'comments') continue;
    const url = partUrl(link.href, facts);
    if (!url || found.has(url) || !sameSite(url, facts.url)) continue;
    if (notesSection(url)?.name !== section) continue;
    found.set(url, { url, title: cleanTitle(link.text) || null, part: null });
    if (found.size >= MAX_SIBLINGS) break;
  }
  return [...found.values()];
}

export interface LinkList {
  part: number;
  siblings: Sibling[];
  rule: string;
}

/**
 * A list of links to the parts in the article itself ("Part 1: …", "Part 2: …", "Part 3: …"),
 * one of them this page: the page is that part, the others its siblings. A series' index
 * page lists its parts too, but never itself.
 */
export function linkList(facts: PageFacts): LinkList | null {
  const self = new Set([facts.url, facts.canonical].filter((u): u is string => Boolean(u)));
  const byMarker = new Map<string, Sibling[]>();
  for (const link of facts.links) {
    if (link.zone === 'comments' || !mayName(link.text)) continue;
    const parsed = parseTitle(cleanTitle(link.text));
    if (!parsed?.marker || parsed.base) continue;
    const url = partUrl(link.href, facts);
    if (!url) continue;
    const list = byMarker.get(parsed.marker) ?? [];
    if (!list.some((s) => s.url === url || s.part === parsed.part)) {
      list.push({ url, title: cleanTitle(link.text), part: parsed.part });
    }
    byMarker.set(parsed.marker, list);
  }
  for (const list of byMarker.values()) {
    const own = list.find((s) => self.has(s.url));
    if (!own || own.part === null || list.length < 3) continue;
    const siblings = list.filter((s) => s !== own).slice(0, MAX_SIBLINGS);
    return { part: own.part, siblings, rule: plural('whyLinkList', list.length) };
  }
  return null;
}
