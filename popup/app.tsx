import { listSeries } from '../src/db/queries';
import type { LibraryDb } from '../src/db/schema';
import { LibraryView } from './library-view';
import { useLiveQuery } from './use-live-query';

export function App({ db }: { db: LibraryDb }) {
  const library = useLiveQuery(() => listSeries(db), [db]);
  switch (library.status) {
    case 'loading':
      return <main aria-busy="true" />;
    case 'error':
      return (
        <main>
          <p role="alert">Instalments could not read your library: {library.error}</p>
        </main>
      );
    case 'ready':
      return <LibraryView library={library.value} />;
  }
}
