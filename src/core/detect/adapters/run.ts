import type { SeriesBlock } from '../block';
import type { LinkFact } from '../page-facts';
import type { Trigger } from './adapter';
import { ADAPTERS } from './index';
function present(
  doc: Document,
  links: readonly LinkFact[],
  trigger: Trigger | undefined,
  withClass: (name: string) => readonly Element[],
): boolean {
  if (trigger === undefined) return true;
  if (trigger === 'never') return false;
  if ('classes' in trigger) return trigger.classes.some((c) => withClass(c).length > 0);
  if ('numberedLink' in trigger) {
    return links.some((l) => l.lead?.marked || trigger.numberedLink.test(l.text));
  }
  return (doc.head ?? doc).querySelector(trigger.head) !== null;
}

/** Runs the adapters whose markup is on the page; one adapter failing never stops the rest. */
export function collectBlocks(
  doc: Document,
  url: string,
  links: readonly LinkFact[],
  withClass: (name: string) => readonly Element[],
): SeriesBlock[] {
  return ADAPTERS.filter((a) => present(doc, links, a.trigger, withClass)).flatMap((adapter) => {
    try {
      const block = adapter.collect(doc, url);
      return block ? [block] : [];
    } catch {
      return [];
    }
  });
}
