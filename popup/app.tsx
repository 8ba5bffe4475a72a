import { readLibrary } from '../src/db/queries';
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
  const library = useLiveQuery(() => readLibrary(db), [db]);
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
      return <LibraryView library={library.value} actions={actions} mode={mode} />;
  }
}
