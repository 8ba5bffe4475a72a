import { plural, t } from '../../src/core/i18n';
import { newParts } from '../../src/db/queries';
import { partNumber, type LibraryDb, type PartRow } from '../../src/db/schema';
import { browser } from '../../src/platform/browser';

/**
 * Telling the reader a followed series has a new part: a notification that opens it, and a
 * count on the toolbar button ("+1") wherever the tab shows no series of its own.
 */
export const NOTIFICATION_PREFIX = 'new-part:';
const NEW_COLOUR = '#a4262c';

export async function notifyNewParts(parts: PartRow[], seriesTitle: string): Promise<void> {
  const first = parts[0];
  if (!first) return;
  const number = partNumber(first);
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${first.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: seriesTitle,
    message:
      parts.length > 1
        ? t('notifyPartsOut', parts.length)
        : number !== null
          ? t('notifyPartOut', number)
          : (first.title ?? t('partNew')),
  });
}

/** The count the badge shows now; a worker that restarts paints it once again. */
let shown: number | null = null;

/**
 * The global badge: how many found parts are still unopened. Tabs on a part keep their
 * "2/5". Asked after every message, it touches the badge only when the count moves.
 */
export async function showNewCount(db: LibraryDb): Promise<void> {
  const count = (await newParts(db)).length;
  if (count === shown) return;
  await browser.action.setBadgeBackgroundColor({ color: NEW_COLOUR });
  await browser.action.setBadgeText({ text: count > 0 ? `+${Math.min(count, 99)}` : '' });
  await browser.action.setTitle({
    title: count > 0 ? plural('badgeTitleNew', count) : t('extName'),
  });
  shown = count;
}

/** The part a notification announced, if it is still in the library. */
export async function notifiedPart(db: LibraryDb, id: string): Promise<PartRow | null> {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return null;
  return (await db.parts.get(id.slice(NOTIFICATION_PREFIX.length))) ?? null;
}
