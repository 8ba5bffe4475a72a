import { useState } from 'preact/hooks';
import { t } from '../core/i18n';
import { PAGE_SIZE, readLibrary } from '../db/queries';
import type { LibraryDb } from '../db/schema';
import type { Actions } from './actions';
import { LibraryView, type Mode } from './library-view';
import { useLiveQuery } from './use-live-query';

const POPUP_PAGE_SIZE = 10;

export function App({
  db,
  actions,
  mode = 'popup',
  panel,
}: {
  db: LibraryDb;
  actions: Actions;
  mode?: Mode;
  panel?: preact.ComponentChild;
}) {
  // The popup and the side panel show what fits beside a page; the library tab, a longer one.
  const page = mode === 'tab' ? PAGE_SIZE : POPUP_PAGE_SIZE;
  const [limit, setLimit] = useState(page);
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
          <p role="alert">{t('libraryReadFailed', library.error)}</p>
        </main>
      );
    case 'ready':
      return (
        <LibraryView
          library={library.value}
          actions={actions}
          mode={mode}
          onMore={() => setLimit((n) => n + page)}
          onNeedEverything={setEverything}
          panel={panel}
        />
      );
  }
}
