import { clipText } from '../core/limits';
/**
 * Messages extension pages and the background send to a tab's content script. Only the
 * extension itself can send to a content script, so these need no sender policy; the
 * content script still ignores anything that is not one of them.
 */
export type ToContent =
  /** The page changed without a reload (history.pushState): detect again. */
  | { type: 'content/rescan' }
  /** The user asked to track this page although detection was not sure. */
  | { type: 'content/track' }
  /** The reader asked whether this page is a series part: detect again, and say. */
  | { type: 'content/check' }
  /** Is Instalments looking at this page, and did it find a part? Changes nothing. */
  | { type: 'content/status' };

/** What the content script found on its page. */
export interface PageStatus {
  tracked: boolean;
  /** The part's title, when tracked. */
  title?: string;
}

/**
 * A content script's answer, checked: the title comes from the page, so it is bounded, and it
 * is only ever shown as text.
 */
export function pageStatus(raw: unknown): PageStatus | null {
  const { tracked, title } = (raw ?? {}) as { tracked?: unknown; title?: unknown };
  if (typeof tracked !== 'boolean') return null;
  return typeof title === 'string' && tracked ? { tracked, title: clipText(title) } : { tracked };
}

const TYPES = new Set(['content/rescan', 'content/track', 'content/check', 'content/status']);

export function isToContent(message: unknown): message is ToContent {
  return TYPES.has((message as { type?: unknown } | null)?.type as string);
}
