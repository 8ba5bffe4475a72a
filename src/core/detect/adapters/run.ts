import type { SeriesBlock } from '../block';
import type { Trigger } from './adapter';
import { ADAPTERS } from './index';
function present(
  doc: Document,
  linkTexts: readonly string[],
  trigger: Trigger | undefined,
  withClass: (name: string) => readonly Element[],
): boolean {
  if (trigger === undefined) return true;
  if (trigger === 'never') return false;
  if ('classes' in trigger) return trigger.classes.some((c) => withClass(c).length > 0);
  if ('linkText' in trigger) return linkTexts.some((t) => trigger.linkText.test(t));
  return (doc.head ?? doc).querySelector(trigger.head) !== null;
}

/** Runs the adapters whose markup is on the page; one adapter failing never stops the rest. */
export function collectBlocks(
  doc: Document,
  url: string,
  linkTexts: readonly string[],
  withClass: (name: string) => readonly Element[],
): SeriesBlock[] {
  return ADAPTERS.filter((a) => present(doc, linkTexts, a.trigger, withClass)).flatMap(
    (adapter) => {
      try {
        const block = adapter.collect(doc, url);
        return block ? [block] : [];
      } catch {
        return [];
      }
    },
  );
}
