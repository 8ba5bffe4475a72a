import type { SeriesBlock } from '../block';
import { ADAPTERS } from './index';

/**
 * Runs the adapters whose trigger markup is on the page. One combined query finds every
 * trigger, so the page is walked once however many adapters there are.
 */
export function collectBlocks(doc: Document, url: string): SeriesBlock[] {
  const withTrigger = ADAPTERS.filter((a) => a.trigger);
  const union = withTrigger.map((a) => a.trigger).join(', ');
  const present = union ? [...doc.querySelectorAll(union)].slice(0, 50) : [];
  const active = ADAPTERS.filter((a) =>
    a.trigger === undefined
      ? true
      : a.trigger !== '' && present.some((el) => el.matches(a.trigger ?? '')),
  );
  return active.flatMap((adapter) => {
    try {
      const block = adapter.collect(doc, url);
      return block ? [block] : [];
    } catch {
      return []; // an adapter meeting markup it did not expect must not stop the others
    }
  });
}
