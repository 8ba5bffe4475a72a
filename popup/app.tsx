import { useState } from 'preact/hooks';
import { PAGE_SIZE, readLibrary } from '../src/db/queries';
import type { LibraryDb } from '../src/db/schema';
import type { Actions } from './actions';
import { LibraryView, type Mode } from './library-view';
import { useLiveQuery } from './use-live-query';

export function App({
  db,
  actions,
  mode = 'popup',
}: {
  db: LibraryDb;
  actions: Actions;
  mode?: Mode;
}) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Filters and search look at the whole library; the plain list reads one page at a time.
  const [everything, setEverything] = useState(false);
  const library = useLiveQuery(
    () => readLibrary(db, everything ? undefined : limit),
    [db, limit, everything],
  );
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
      return (
        <LibraryView
          library={library.value}
          actions={actions}
          mode={mode}
          onMore={() => setLimit((n) => n + PAGE_SIZE)}
          onNeedEverything={setEverything}
        />
      );
  }
}
