import { useState } from 'preact/hooks';
import type { FollowRow } from '../core/follow/schedule';
import { formatDate, plural, t, uiLanguage } from '../core/i18n';
import { partLabel } from '../db/schema';
import type { Library } from '../db/queries';
import type { Actions } from './actions';

const when = (time: number) =>
  new Date(time).toLocaleString(uiLanguage(), {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

/** The last check of a followed series and its result, in the reader's words. */
export function followStatus(row: FollowRow | undefined): string {
  if (!row || !row.on) return t('followOff');
  const outcome = row.outcome;
  if (outcome?.kind === 'stopped') {
    if (outcome.reason === 'complete') return t('followStoppedComplete');
    if (outcome.reason === 'quiet') return t('followStoppedQuiet');
    return t('followStoppedAccess');
  }
  if (row.checkedAt === null || !outcome) return t('followNotYet');
  const at = when(row.checkedAt);
  if (outcome.kind === 'new') return plural('followFound', outcome.count, at);
  if (outcome.kind === 'error') return t('followFailed', at, outcome.reason);
  return t('followNothing', at);
}

/** Follow / Unfollow a series, what its last check found, and "Check now". */
export function FollowControls({
  seriesId,
  follow,
  actions,
}: {
  seriesId: string;
  follow: FollowRow | undefined;
  actions: Actions;
}) {
  const [checking, setChecking] = useState(false);
  const on = follow?.on ?? false;
  return (
    <div class="manage follow">
      <label>
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => actions.follow.set(seriesId, event.currentTarget.checked)}
        />{' '}
        {t('followLabel')}
      </label>
      <p class="follow__status" role="status" aria-live="polite">
        {checking ? t('followChecking') : followStatus(follow)}
      </p>
      {on && (
        <button
          type="button"
          disabled={checking}
          onClick={() => {
            setChecking(true);
            void actions.follow.check(seriesId).finally(() => setChecking(false));
          }}
        >
          {t('followCheckNow')}
        </button>
      )}
    </div>
  );
}

/** Parts a check found that the reader has not opened: at the top, until they are. */
export function NewParts({ fresh, actions }: { fresh: Library['fresh']; actions: Actions }) {
  if (fresh.length === 0) return null;
  return (
    <section class="new-parts" aria-labelledby="new-parts-heading">
      <h2 id="new-parts-heading">{t('newPartsHeading')}</h2>
      <ul>
        {fresh.map(({ part, seriesTitle }) => (
          <li key={part.id}>
            <button type="button" class="link-button" onClick={() => actions.open(part.id)}>
              {partLabel(part)}
            </button>
            <span class="new-parts__meta">
              {seriesTitle}
              {part.foundAt ? ` · ${t('partNewFound', formatDate(part.foundAt))}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
