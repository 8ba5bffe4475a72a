import { canonicalUrl } from '../../identity/canonical-url';
import type { BlockItem, SeriesBlock } from '../block';

/** One platform's knowledge: where it lives and how it marks up a series. One file each. */
export interface Adapter {
  /** Short, stable platform name stored with each part ("khub", "ao3", …). */
  name: string;
  /** Hosts the platform serves from. */
  hosts?: RegExp;
  /** Markup that identifies the platform on any host (a generator meta tag, say). */
  identify?: (doc: Document) => boolean;
  /**
   * What must be on the page before `collect` runs: class names (looked up through the
   * engine's class index, not a selector scan), a selector matched in <head> only, or a
   * pattern one of the page's link texts must match.
   * Without one, `collect` always runs; NEVER marks adapters that only name a platform.
   */
  trigger?: Trigger;
  /** The platform's own series statement on this page, if it makes one. */
  collect: (doc: Document, url: string) => SeriesBlock | null;
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** A link to the page it is on. */
export function isSelf(a: Element, base: string): boolean {
  return canonicalUrl(a.getAttribute('href') ?? '', base) === base;
}

export function itemOf(
  a: Element | null | undefined,
  base: string,
  part: number | null,
): BlockItem | null {
  const url = a ? canonicalUrl(a.getAttribute('href') ?? '', base) : null;
  if (!a || !url || url === base) return null;
  return { url, title: textOf(a) || null, part };
}

/**
 * What must be on a page for an adapter to look further: a class, something in <head>, or a
 * link whose text (or the line before it: "Part 2: <a>…</a>") numbers a part.
 */
export type Trigger = { classes: string[] } | { head: string } | { numberedLink: RegExp } | 'never';

export function inHead(doc: Document, selector: string): Element | null {
  return (doc.head ?? doc).querySelector(selector);
}

export function generator(doc: Document, pattern: RegExp): boolean {
  return pattern.test(inHead(doc, 'meta[name="generator"]')?.getAttribute('content') ?? '');
}

export const nothing = (): null => null;
/** For adapters that only name a platform: they have no markup of their own to read. */
export const NEVER: Trigger = 'never';
