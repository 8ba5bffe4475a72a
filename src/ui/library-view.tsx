import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Library } from '../db/queries';
import type { Actions } from './actions';
import { ContinueCard } from './continue-card';
import { ExportReminder } from './export-reminder';
import { ThisPageCard } from './this-page';
import { continueTarget } from './continue';
import { applyFilter, FILTERS, type Filter } from './filters';
import { SeriesCard } from './series-card';

export type Mode = 'popup' | 'tab';

function Empty() {
  return (
    <section class="empty">
      <h2>No series yet</h2>
      <p>
        Read a multi-part post, such as “Journey to the Cloud - 1” on the Knowledge Hub or LinkedIn,
        and Instalments keeps your place in the series here: which parts you have read, where you
        stopped and what comes next.
      </p>
    </section>
  );
}

export function LibraryView({
  library,
  actions,
  mode,
  onMore,
  onNeedEverything,
  panel,
}: {
  library: Library;
  actions: Actions;
  mode: Mode;
  /** Read the next page of series. */
  onMore?: () => void;
  /** Filters and search look at every series, not only the page on screen. */
  onNeedEverything?: (needed: boolean) => void;
  /** The library tab's offline-copies panel, after the list. */
  panel?: preact.ComponentChild;
}) {
  const running = library.jobs.some((j) => j.status === 'running');
  // A job a stopped worker left half-done: opening the popup wakes the worker to finish it.
  useEffect(() => {
    if (running) actions.resumeJobs();
  }, [running]);
  const [filter, setFilterState] = useState<Filter>('all');
  const [query, setQueryState] = useState('');
  const narrow = (f: Filter, q: string) => onNeedEverything?.(f !== 'all' || q.trim() !== '');
  const setFilter = (f: Filter) => {
    setFilterState(f);
    narrow(f, query);
  };
  const setQuery = (q: string) => {
    setQueryState(q);
    narrow(filter, q);
  };
  const shown = applyFilter(library.series, filter, query, library.bookmarked);
  const target = continueTarget(library.series);
  return (
    <main class={`view view--${mode}`}>
      <header class="masthead">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Instalments</h1>
        {mode === 'popup' && (
          <a class="masthead__link" href="/library/index.html" target="_blank" rel="noopener">
            Open library
          </a>
        )}
      </header>
      {mode === 'popup' && <ThisPageCard page={actions.page} />}
      {mode === 'popup' && (
        <ExportReminder
          reminder={actions.reminder}
          oldestSeriesAt={
            library.series.length
              ? Math.min(...library.series.map((s) => s.series.createdAt))
              : null
          }
        />
      )}
      {library.series.length === 0 ? (
        <Empty key="empty" />
      ) : (
        <Fragment key="list">
          {target && <ContinueCard target={target} actions={actions} />}
          <div class="toolbar">
            <div class="filters" role="group" aria-label="Show">
              {FILTERS.map((f) => (
                <button
                  type="button"
                  key={f.id}
                  aria-pressed={filter === f.id}
                  onClick={() => setFilter(f.id)}
                >
                  {f.label}
                </button>
              ))}
            </div>
            <label class="search">
              <span class="visually-hidden">Search series and parts</span>
              <input
                type="search"
                placeholder="Search series and parts"
                value={query}
                onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
              />
            </label>
          </div>
          {shown.length === 0 ? (
            <p class="no-match" role="status">
              Nothing matches. Try “All”, or another search.
            </p>
          ) : (
            <ul class="series-list" aria-label="Your series">
              {shown.map((summary) => (
                <li key={summary.series.id}>
                  <SeriesCard
                    summary={summary}
                    bookmarked={library.bookmarked}
                    actions={actions}
                    open={mode === 'tab' || shown.length <= 3}
                    jobs={library.jobs.filter((j) => j.seriesId === summary.series.id)}
                    full={mode === 'tab'}
                    notes={library.notes}
                  />
                </li>
              ))}
            </ul>
          )}
          {filter === 'all' && !query.trim() && library.series.length < library.total && onMore && (
            <button type="button" class="more" onClick={onMore}>
              Show more series ({library.total - library.series.length} more)
            </button>
          )}
        </Fragment>
      )}
      {/* Keyed, so that the list appearing (the first import) does not remount the panels. */}
      {panel && <div key="panels">{panel}</div>}
    </main>
  );
}
