import { t } from '../core/i18n';
import { partLabel, seriesTitle } from '../db/schema';
import type { Actions } from './actions';
import type { ContinueTarget } from './continue';

export function ContinueCard({ target, actions }: { target: ContinueTarget; actions: Actions }) {
  const { series, part, kind } = target;
  const label = partLabel(part);
  return (
    <section class="continue" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{kind === 'resume' ? t('continueReading') : t('upNext')}</h2>
      <button type="button" class="continue__button" onClick={() => actions.open(part.id)}>
        <span class="continue__title">{label}</span>
        <span class="continue__meta">
          {kind === 'resume'
            ? t('continueMeta', seriesTitle(series), Math.round(part.furthest * 100))
            : seriesTitle(series)}
        </span>
      </button>
    </section>
  );
}
