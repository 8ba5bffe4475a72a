import { formatBytes } from '../core/offline/images';
import type { SeriesSummary } from '../db/queries';
import type { SaveJobRow } from '../db/schema';
import type { Actions } from './actions';

function JobProgress({ job, actions }: { job: SaveJobRow; actions: Actions }) {
  const total = job.partIds.length;
  const settled = job.done.length + job.failed.length;
  return (
    <div class="job">
      <p role="status" class="job__text">
        Saving for offline reading: {settled} of {total}
        {job.failed.length > 0 ? ` (${job.failed.length} not saved)` : ''}
      </p>
      <progress
        max={total}
        value={settled}
        aria-label={`Saving ${job.title} for offline reading`}
      />
      <button type="button" class="text-button" onClick={() => actions.cancelJob(job.id)}>
        Cancel
      </button>
    </div>
  );
}

function JobOutcome({ job, actions }: { job: SaveJobRow; actions: Actions }) {
  const total = job.partIds.length;
  const headline =
    job.status === 'cancelled'
      ? `Saving stopped: ${job.done.length} of ${total} saved.`
      : job.failed.length === 0
        ? `Saved ${job.done.length} of ${total} for offline reading.`
        : total === 1
          ? 'Could not save for offline reading:'
          : `Saved ${job.done.length} of ${total}. Not saved:`;
  return (
    <div class={`job job--${job.failed.length > 0 ? 'failed' : 'done'}`}>
      <p class="job__text" role={job.failed.length > 0 ? 'alert' : 'status'}>
        {headline}
      </p>
      {job.failed.length > 0 && (
        <ul class="job__failures">
          {job.failed.map((f) => (
            <li key={f.partId}>
              <strong>{f.label}</strong>: {f.reason}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="text-button" onClick={() => actions.dismissJob(job.id)}>
        Dismiss
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
  return (
    <div class="series__offline">
      <span class="series__offline-text">
        {saved.length} of {summary.known} saved offline
        {bytes > 0 ? ` · ${formatBytes(bytes)}` : ''}
      </span>
      {!running && saved.length < summary.known && (
        <button
          type="button"
          class="text-button"
          onClick={() => actions.saveSeries(summary.series.id)}
        >
          Save all
        </button>
      )}
      {full && saved.length > 0 && (
        <button
          type="button"
          class="text-button"
          onClick={() => actions.deleteCopies({ scope: 'series', seriesId: summary.series.id })}
        >
          Delete copies
        </button>
      )}
    </div>
  );
}
