import { useEffect, useState } from 'preact/hooks';
import { t } from '../core/i18n';
import type { SeriesSummary } from '../db/queries';
import { partLabel, seriesTitle, type PartRow } from '../db/schema';
import type { Actions } from './actions';

/** The part the page beside the side panel is, with its series. */
export interface Here {
  summary: SeriesSummary;
  part: PartRow;
}

/** The address of the page beside the panel, kept current; null when not in the panel. */
export function useBesidePage(
  watch: ((onChange: (url: string | null) => void) => () => void) | null,
): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => (watch ? watch(setUrl) : undefined), [watch]);
  return url;
}

export function partAt(series: readonly SeriesSummary[], url: string): Here | null {
  for (const summary of series) {
    const part = summary.parts.find((p) => p.urls.includes(url));
    if (part) return { summary, part };
  }
  return null;
}

/** The next part to read after this one: the first unread after it, else any unread. */
function nextAfter({ summary, part }: Here): PartRow | null {
  const { parts } = summary;
  const after = parts.slice(parts.indexOf(part) + 1);
  return (
    after.find((p) => p.state !== 'read') ??
    parts.find((p) => p.state !== 'read' && p !== part) ??
    null
  );
}

/** The side panel's head: where the reader is in the series beside them, and what is next. */
export function OnThisPage({ here, actions }: { here: Here | null; actions: Actions }) {
  if (!here) {
    return (
      <section class="continue" aria-labelledby="here-heading">
        <h2 id="here-heading">{t('onThisPage')}</h2>
        <p class="continue__meta">{t('onThisPageNone')}</p>
      </section>
    );
  }
  const { summary, part } = here;
  const next = nextAfter(here);
  const percent = Math.round(part.furthest * 100);
  return (
    <section class="continue" aria-labelledby="here-heading">
      <h2 id="here-heading">{t('onThisPage')}</h2>
      <p class="here">
        <span class="continue__title">{partLabel(part)}</span>{' '}
        <span class="continue__meta">
          {t('hereMeta', seriesTitle(summary.series), summary.read, summary.known)}
          {' · '}
          {part.state === 'read'
            ? t('stateRead')
            : percent > 0
              ? t('statePercent', percent)
              : t('stateStarted')}
        </span>
      </p>
      {next ? (
        <button type="button" class="continue__button" onClick={() => actions.open(next.id)}>
          <span class="continue__title">{t('nextPart', partLabel(next))}</span>
        </button>
      ) : (
        <p class="continue__meta">{t('seriesAllRead')}</p>
      )}
    </section>
  );
}
