import type { SeriesBlock } from '../block';
import type { Trigger } from './adapter';
import { ADAPTERS } from './index';
import { watchClasses } from '../scan';

// The page scan gathers the elements with these classes as it walks the page.
watchClasses(
  ADAPTERS.flatMap((a) =>
    a.trigger && a.trigger !== 'never' && 'classes' in a.trigger ? a.trigger.classes : [],
  ),
);

function present(
  doc: Document,
  linkTexts: readonly string[],
  trigger: Trigger | undefined,
  classes: ReadonlyMap<string, Element[]>,
): boolean {
  if (trigger === undefined) return true;
  if (trigger === 'never') return false;
  if ('classes' in trigger) return trigger.classes.some((c) => classes.has(c));
  if ('linkText' in trigger) return linkTexts.some((t) => trigger.linkText.test(t));
  return (doc.head ?? doc).querySelector(trigger.head) !== null;
}

/** Runs the adapters whose markup is on the page; one adapter failing never stops the rest. */
export function collectBlocks(
  doc: Document,
  url: string,
  linkTexts: readonly string[],
  classes: ReadonlyMap<string, Element[]>,
): SeriesBlock[] {
  return ADAPTERS.filter((a) => present(doc, linkTexts, a.trigger, classes)).flatMap((adapter) => {
    try {
      const block = adapter.collect(doc, url);
      return block ? [block] : [];
    } catch {
      return [];
    }
  });
}
