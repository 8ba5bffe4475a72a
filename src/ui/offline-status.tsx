import { useState } from 'preact/hooks';
import { plural, t } from '../core/i18n';
import { formatBytes } from '../core/offline/images';
import type { SeriesSummary } from '../db/queries';
import { seriesTitle, type SaveJobRow } from '../db/schema';
import type { Actions } from './actions';
import { Confirm } from './manage';

function JobProgress({ job, actions }: { job: SaveJobRow; actions: Actions }) {
  const total = job.partIds.length;
  const settled = job.done.length + job.failed.length;
  return (
    <div class="job">
      <p role="status" class="job__text">
        {job.failed.length > 0
          ? t('jobProgressFailures', settled, total, job.failed.length)
          : t('jobProgress', settled, total)}
      </p>
      <progress max={total} value={settled} aria-label={t('jobProgressLabel', job.title)} />
      <button type="button" class="text-button" onClick={() => actions.cancelJob(job.id)}>
        {t('cancel')}
      </button>
    </div>
  );
}

function JobOutcome({ job, actions }: { job: SaveJobRow; actions: Actions }) {
  const total = job.partIds.length;
  const headline =
    job.status === 'cancelled'
      ? t('jobCancelled', job.done.length, total)
      : job.failed.length === 0
        ? t('jobDone', job.done.length, total)
        : total === 1
          ? t('jobFailedOne')
          : t('jobFailedSome', job.done.length, total);
  return (
    <div class={`job job--${job.failed.length > 0 ? 'failed' : 'done'}`}>
      <p class="job__text" role={job.failed.length > 0 ? 'alert' : 'status'}>
        {headline}
      </p>
      {job.failed.length > 0 && (
        <ul class="job__failures">
          {job.failed.map((f) => (
            <li key={f.partId}>
              <strong>{f.label}</strong>
              {t('jobFailureReason', f.reason)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="text-button" onClick={() => actions.dismissJob(job.id)}>
        {t('dismiss')}
      </button>
    </div>
  );
}

/** A save job's progress or outcome: shown whether or not the series is expanded. */
export function JobNotice({ job, actions }: { job: SaveJobRow; actions: Actions }) {
  return job.status === 'running' ? (
    <JobProgress job={job} actions={actions} />
  ) : (
    <JobOutcome job={job} actions={actions} />
  );
}

/** Which of a series' parts can be read offline, and the buttons to save or delete them. */
export function SeriesOffline({
  summary,
  running,
  actions,
  full,
}: {
  summary: SeriesSummary;
  running: boolean;
  actions: Actions;
  full: boolean;
}) {
  const saved = summary.parts.filter((p) => p.offline);
  const bytes = saved.reduce((sum, p) => sum + (p.offline?.bytes ?? 0), 0);
  const [asking, setAsking] = useState(false);
  if (asking) {
    return (
      <Confirm
        question={plural('deleteSeriesCopiesQuestion', saved.length, seriesTitle(summary.series))}
        yes={t('deleteSeriesCopies')}
        onYes={() => {
          setAsking(false);
          actions.deleteCopies({ scope: 'series', seriesId: summary.series.id });
        }}
        onNo={() => setAsking(false)}
      />
    );
  }
  return (
    <div class="series__offline">
      <span class="series__offline-text">
        {bytes > 0
          ? t('seriesOfflineSize', saved.length, summary.known, formatBytes(bytes))
          : t('seriesOffline', saved.length, summary.known)}
      </span>
      {!running && saved.length < summary.known && (
        <button
          type="button"
          class="text-button"
          onClick={() => actions.saveSeries(summary.series.id)}
        >
          {t('saveAll')}
        </button>
      )}
      {full && saved.length > 0 && (
        <button type="button" class="text-button" onClick={() => setAsking(true)}>
          {t('deleteSeriesCopies')}
        </button>
      )}
    </div>
  );
}
