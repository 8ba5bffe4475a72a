import { render } from 'preact';
import { LibraryDb } from '../db/schema';
import { send } from '../platform/browser';
import type { Actions } from './actions';
import { App } from './app';
import { download, EXPORTS, fileName, renderExport } from './backup-file';
import { BackupPanel } from './backup-panel';
import { buildBackup } from '../db/backup-export';
import { previewImport } from '../db/backup-plan';
import { OfflinePanel, type SettingsStore } from './offline-panel';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store';
import type { Mode } from './library-view';

/** Both the popup and the full-tab library start here; `mode` says which. */
export function mount(mode: Mode): void {
  const report = (error: unknown) => console.warn('Instalments:', error);
  const db = new LibraryDb();
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
    save: (partId) => send('offline/save', { partId }).then(() => undefined, report),
    saveSeries: (seriesId) => void send('offline/save-series', { seriesId }).catch(report),
    cancelJob: (jobId) => void send('offline/cancel', { jobId }).catch(report),
    dismissJob: (jobId) => void send('offline/dismiss', { jobId }).catch(report),
    deleteCopies: (scope) => void send('offline/delete', scope).catch(report),
    exportLibrary: async (kind, { seriesId, offline, readStatus, progress }) => {
      const backup = await buildBackup(db, { seriesId, offline, progress });
      const name = fileName(kind);
      download(name, renderExport(kind, backup, { readStatus }), EXPORTS[kind].type);
      return name;
    },
    copyMarkdown: async (seriesId) => {
      const backup = await buildBackup(db, { seriesId });
      await navigator.clipboard.writeText(renderExport('markdown', backup));
    },
    previewImport: (backup) => previewImport(db, backup),
    importBackup: (backup) => send('library/import', { backup }),
    setNote: (target, id, text) => void send('note/set', { target, id, text }).catch(report),
    resumeJobs: () => void send('offline/resume', {}).catch(report),
  };
  const store: SettingsStore = {
    load: loadSettings,
    save: saveSettings,
    onChanged: onSettingsChanged,
  };
  const panel =
    mode === 'tab' ? (
      <>
        <OfflinePanel db={db} actions={actions} store={store} />
        <BackupPanel db={db} actions={actions} />
      </>
    ) : null;
  const root = document.getElementById('app');
  if (root) render(<App db={db} actions={actions} mode={mode} panel={panel} />, root);
}
