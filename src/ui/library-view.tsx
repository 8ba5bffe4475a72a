import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../core/i18n';
import type { Library } from '../db/queries';
import type { Actions } from './actions';
import { ContinueCard } from './continue-card';
import { NewParts } from './follow';
import { OnThisPage, partAt, useBesidePage } from './on-this-page';
import { ExportReminder } from './export-reminder';
import { ThisPageCard } from './this-page';
import { continueTarget } from './continue';
import { applyFilter, FILTERS, type Filter } from './filters';
import { SeriesCard } from './series-card';
import { seriesTitle } from '../db/schema';

/** The toolbar popup, the library tab, or the side panel beside an article. */
export type Mode = 'popup' | 'tab' | 'panel';

function Empty() {
  return (
    <section class="empty">
      <h2>{t('emptyHeading')}</h2>
      <p>{t('emptyIntro')}</p>
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
  const beside = useBesidePage(mode === 'panel' ? actions.panel.watch : null);
  const here = beside ? partAt(library.series, beside) : null;
  const matching = applyFilter(library.series, filter, query, library.bookmarked, library.notes);
  // Beside an article, its series comes first.
  const shown = here
    ? [
        ...matching.filter((s) => s.summary === here.summary),
        ...matching.filter((s) => s.summary !== here.summary),
      ]
    : matching;
  const target = continueTarget(library.series);
  const choices = library.series.map((s) => ({ id: s.series.id, title: seriesTitle(s.series) }));
  return (
    <main class={`view view--${mode}`}>
      {mode === 'tab' && (
        <a class="skip-link" href="#series-list">
          {t('skipToSeries')}
        </a>
      )}
      <header class="masthead">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        {mode !== 'tab' ? (
          <nav class="masthead__links" aria-label={t('elsewhereLabel')}>
            {mode === 'popup' && actions.panel.available && (
              <button type="button" class="link-button" onClick={() => actions.panel.open()}>
                {t('openSidePanel')}
              </button>
            )}
            <a class="masthead__link" href="/library/index.html" target="_blank" rel="noopener">
              {t('openLibrary')}
            </a>
            <a class="masthead__link" href="/options/index.html" target="_blank" rel="noopener">
              {t('openSettings')}
            </a>
          </nav>
        ) : (
          <nav class="masthead__links" aria-label={t('sectionsLabel')}>
            <a class="masthead__link" href="#series-list">
              {t('sectionSeries')}
            </a>
            <a class="masthead__link" href="#offline">
              {t('sectionOffline')}
            </a>
            <a class="masthead__link" href="#backup">
              {t('sectionBackup')}
            </a>
            <a class="masthead__link" href="/options/index.html">
              {t('openSettings')}
            </a>
          </nav>
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
          {mode === 'panel' && <OnThisPage here={here} actions={actions} />}
          <NewParts fresh={library.fresh} actions={actions} />
          {target && !here && <ContinueCard target={target} actions={actions} />}
          <div class="toolbar">
            <div class="filters" role="group" aria-label={t('filterGroup')}>
              {FILTERS.map((f) => (
                <button
                  type="button"
                  key={f.id}
                  aria-pressed={filter === f.id}
                  onClick={() => setFilter(f.id)}
                >
                  {t(f.label)}
                </button>
              ))}
            </div>
            <label class="search">
              <span class="visually-hidden">{t('search')}</span>
              <input
                type="search"
                placeholder={t('search')}
                value={query}
                onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
              />
            </label>
          </div>
          {shown.length === 0 ? (
            <p class="no-match" role="status">
              {t('noMatch')}
            </p>
          ) : (
            <ul id="series-list" tabIndex={-1} class="series-list" aria-label={t('seriesList')}>
              {shown.map(({ summary, matches, only }) => (
                <li key={summary.series.id}>
                  <SeriesCard
                    summary={summary}
                    matches={matches}
                    only={only}
                    bookmarked={library.bookmarked}
                    actions={actions}
                    open={
                      mode === 'tab' ||
                      shown.length <= 3 ||
                      summary === here?.summary ||
                      (matches?.size ?? 0) > 0 ||
                      only !== null
                    }
                    jobs={library.jobs.filter((j) => j.seriesId === summary.series.id)}
                    follow={library.follows.get(summary.series.id)}
                    full={mode === 'tab'}
                    notes={library.notes}
                    others={choices.filter((c) => c.id !== summary.series.id)}
                  />
                </li>
              ))}
            </ul>
          )}
          {filter === 'all' && !query.trim() && library.series.length < library.total && onMore && (
            <button type="button" class="more" onClick={onMore}>
              {t('moreSeries', library.total - library.series.length)}
            </button>
          )}
        </Fragment>
      )}
      {/* Keyed, so that the list appearing (the first import) does not remount the panels. */}
      {panel && <div key="panels">{panel}</div>}
    </main>
  );
}
