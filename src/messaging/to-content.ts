/**
 * Messages the background sends to a tab's content script. Only the extension itself can
 * send to a content script, so these need no sender policy; the content script still ignores
 * anything that is not one of them.
 */
export type ToContent =
  /** The page changed without a reload (history.pushState): detect again. */
  | { type: 'content/rescan' }
  /** The user asked to track this page although detection was not sure. */
  | { type: 'content/track' };

export function isToContent(message: unknown): message is ToContent {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'content/rescan' || type === 'content/track';
}
