import { useState } from 'preact/hooks';
import type { Library } from '../src/db/queries';
import type { Actions } from './actions';
import { ContinueCard } from './continue-card';
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
}: {
  library: Library;
  actions: Actions;
  mode: Mode;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
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
      {library.series.length === 0 ? (
        <Empty />
      ) : (
        <>
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
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
