import type { SeriesSummary } from '../src/db/queries';
import { SeriesCard } from './series-card';

export function LibraryView({ library }: { library: SeriesSummary[] }) {
  return (
    <main>
      <header class="masthead">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Instalments</h1>
      </header>
      {library.length === 0 ? (
        <section class="empty">
          <h2>No series yet</h2>
          <p>
            Read a multi-part post, such as “Journey to the Cloud - 1” on the Knowledge Hub or
            LinkedIn, and Instalments keeps your place in the series here.
          </p>
        </section>
      ) : (
        <ul class="series-list" aria-label="Your series">
          {library.map((summary) => (
            <li key={summary.series.id}>
              <SeriesCard summary={summary} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
