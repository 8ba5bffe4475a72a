import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '../core/i18n';
import { timeLeft } from '../core/progress/reading-time';
import { platformNames } from '../core/identity/platforms';
import type { SeriesSummary } from '../db/queries';
import { noteId, seriesTitle, type SaveJobRow } from '../db/schema';
import type { Actions } from './actions';
import { useNoteEditor } from './note-editor';
import { JobNotice, SeriesOffline } from './offline-status';
import type { FollowRow } from '../core/follow/schedule';
import { FollowControls } from './follow';
import { SeriesManage, useDisclosure, type SeriesChoice } from './manage';
import { PartItem } from './part-item';
import { SeriesShare } from './series-share';

const UNFOUND = { state: 'unvisited', furthest: 0 } as const;

export function SeriesCard({
  summary,
  matches = null,
  only = null,
  bookmarked,
  actions,
  open,
  jobs,
  full,
  notes,
  others,
  follow,
}: {
  summary: SeriesSummary;
  /** Parts a search found, marked; null when the search named the whole series or none ran. */
  matches?: ReadonlySet<string> | null;
  /** Only these parts are listed (the Bookmarked filter). */
  only?: ReadonlySet<string> | null;
  bookmarked: ReadonlySet<string>;
  actions: Actions;
  open: boolean;
  /** Save jobs for this series: progress, or what could not be saved. */
  jobs: SaveJobRow[];
  full: boolean;
  notes: ReadonlyMap<string, string>;
  /** The other series on screen, for moving parts and merging. */
  others: readonly SeriesChoice[];
  follow: FollowRow | undefined;
}) {
  const { series, parts, read, known } = summary;
  const [expanded, setExpanded] = useState(open);
  // A search that finds a part here, or a filter that lists parts, opens the series.
  useEffect(() => {
    if (open) setExpanded(true);
  }, [open]);
  const title = seriesTitle(series);
  const seriesNote = useNoteEditor({
    note: notes.get(noteId('series', series.id)) ?? '',
    subject: title,
    onSave: (text) => actions.setNote('series', series.id, text),
    drafts: actions.drafts,
    draftKey: noteId('series', series.id),
  });
  const platforms = platformNames(series.platforms);
  // Parts the series declares ("Part 1 of 3") but Instalments has not found yet count too.
  const unfound = Array.from({ length: known - parts.length }, () => UNFOUND);
  const left = timeLeft([...parts, ...unfound]);
  const manage = useDisclosure(t('manageSeriesLabel', title));
  return (
    <article class="series" aria-labelledby={`series-${series.id}`}>
      <div class="series__head">
        <h2 id={`series-${series.id}`}>{title}</h2>
        {manage.button}
      </div>
      {manage.open && (
        <SeriesManage
          seriesId={series.id}
          title={title}
          detectedTitle={series.title}
          parts={parts.length}
          others={others}
          actions={actions}
          onDone={manage.close}
        />
      )}
      {manage.open && <FollowControls seriesId={series.id} follow={follow} actions={actions} />}
      <p class="series__meta">
        {series.author ? t('seriesByline', series.author, platforms) : platforms}
      </p>
      <div
        class="progress"
        role="progressbar"
        aria-label={t('seriesProgressLabel', title)}
        aria-valuemin={0}
        aria-valuemax={known}
        aria-valuenow={read}
        aria-valuetext={t('seriesProgressText', read, known)}
      >
        <div class="progress__fill" style={{ width: `${known ? (100 * read) / known : 0}%` }} />
      </div>
      {jobs.map((job) => (
        <JobNotice key={job.id} job={job} actions={actions} />
      ))}
      {series.evidence && series.evidence.length > 0 && (
        <details class="series__why">
          <summary>{t('seriesWhy')}</summary>
          <ul>
            {series.evidence.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      <details
        class="series__parts"
        open={expanded}
        onToggle={(event) => setExpanded((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <span class="series__count">{t('seriesCount', read, known)}</span>
          {left.parts > 0 && (
            <span class="series__left">
              {' · '}
              {left.minutes === null
                ? plural('seriesPartsLeft', left.parts)
                : plural(
                    left.estimated ? 'seriesTimeLeftAbout' : 'seriesTimeLeft',
                    left.parts,
                    left.minutes,
                  )}
            </span>
          )}
        </summary>
        {/* A closed series renders no parts: a long library stays a short page. */}
        {expanded && (
          <>
            <ol class="parts" aria-label={t('seriesPartsLabel', title)}>
              {(only ? parts.filter((p) => only.has(p.id)) : parts).map((part) => (
                <PartItem
                  key={part.id}
                  part={part}
                  match={matches?.has(part.id) ?? false}
                  bookmarked={bookmarked.has(part.id)}
                  actions={actions}
                  full={full}
                  note={notes.get(noteId('part', part.id)) ?? ''}
                  others={others}
                />
              ))}
            </ol>
            {seriesNote.body && <div class="note note--series">{seriesNote.body}</div>}
            <SeriesShare
              seriesId={series.id}
              title={title}
              actions={actions}
              full={full}
              noteButton={seriesNote.button('text')}
            />
            <SeriesOffline
              summary={summary}
              running={jobs.some((j) => j.status === 'running')}
              actions={actions}
              full={full}
            />
          </>
        )}
      </details>
    </article>
  );
}
