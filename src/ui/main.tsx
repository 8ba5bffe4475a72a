import { render } from 'preact';
import { LibraryDb } from '../db/schema';
import { send } from '../platform/browser';
import type { Actions } from './actions';
import { App } from './app';
import type { Mode } from './library-view';

/** Both the popup and the full-tab library start here; `mode` says which. */
export function mount(mode: Mode): void {
  const report = (error: unknown) => console.warn('Instalments:', error);
  const actions: Actions = {
    open: (partId) => {
      send('part/open', { partId })
        .then(() => {
          if (mode === 'popup') window.close();
        })
        .catch(report);
    },
    bookmark: (partId, bookmarked) =>
      void send('part/bookmark', { partId, bookmarked }).catch(report),
    mark: (partId, read) => void send('part/mark', { partId, read }).catch(report),
  };
  const root = document.getElementById('app');
  if (root) render(<App db={new LibraryDb()} actions={actions} mode={mode} />, root);
}
