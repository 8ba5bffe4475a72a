import { render } from 'preact';
import { t, uiLanguage } from '../core/i18n';
import { LibraryDb } from '../db/schema';
import { browser, send } from '../platform/browser';
import { hasSidePanel, openSidePanel, watchActiveTab } from '../platform/side-panel';
import { noteDrafts } from '../platform/drafts';
import { recordExport, reminderState, snoozeReminder } from '../platform/export-reminder';
import {
  checkPage,
  grantedSite,
  rememberSite,
  trackPage,
  uncoveredPage,
} from '../platform/this-page';
import type { Actions } from './actions';
import { App } from './app';
import type { Mode } from './library-view';
import type { ComponentChild } from 'preact';

/**
 * Both the popup and the full-tab library start here; `mode` says which. The library tab
 * adds its panels (offline copies, export and import), which the popup never loads.
 */
export function mount(
  mode: Mode,
  panels?: (db: LibraryDb, actions: Actions) => ComponentChild,
): void {
  document.documentElement.lang = uiLanguage();
  document.title = mode === 'tab' ? t('libraryTitle') : t('extName');
  const report = (error: unknown) => console.warn('Instalments:', error);
  const db = new LibraryDb();
  // Ask once that the library is never evicted under storage pressure. A service worker has
  // no navigator.storage.persist in Chrome; an extension page does.
  void navigator.storage
    ?.persisted?.()
    .then((persisted) => persisted || navigator.storage.persist())
    .catch(report);
  // The window this page is in, known before the reader clicks: opening the side panel must
  // happen in the click itself, with no wait before it.
  let windowId: number | undefined;
  void browser.windows
    .getCurrent()
    .then((w) => (windowId = w.id))
    .catch(report);
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
    // Exports load their formats on first use: the popup opens without them.
    exportLibrary: async (kind, { seriesId, offline, readStatus, progress }) => {
      const [{ buildBackup }, { download, EXPORTS, fileName, renderExport }] = await Promise.all([
        import('../db/backup-export'),
        import('./export-file'),
      ]);
      const backup = await buildBackup(db, { seriesId, offline, progress });
      const name = fileName(kind);
      download(name, renderExport(kind, backup, { readStatus }), EXPORTS[kind].type);
      // Only a whole-library backup is a copy of the library.
      if (kind === 'json' && seriesId === undefined) await recordExport(Date.now());
      return name;
    },
    copyForColleague: async (seriesId) => {
      const [{ buildBackup }, { toShareHtml, toShareText }] = await Promise.all([
        import('../db/backup-export'),
        import('../core/backup/share'),
      ]);
      const backup = await buildBackup(db, { seriesId });
      // Rich text where it can be pasted (Outlook, Teams), plain text everywhere else.
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([toShareHtml(backup)], { type: 'text/html' }),
          'text/plain': new Blob([toShareText(backup)], { type: 'text/plain' }),
        }),
      ]);
    },
    setNote: (target, id, text) => void send('note/set', { target, id, text }).catch(report),
    drafts: noteDrafts,
    panel: {
      available: hasSidePanel(),
      open: () => {
        if (windowId === undefined) return;
        openSidePanel(windowId)
          .then(() => {
            if (mode === 'popup') window.close();
          })
          .catch(report);
      },
      watch: watchActiveTab,
    },
    manage: {
      rename: (seriesId, title) => void send('series/rename', { seriesId, title }).catch(report),
      renumber: (partId, number) => void send('part/set-number', { partId, number }).catch(report),
      move: async (partIds, targetId) => {
        const [first] = partIds;
        if (targetId) await send('parts/move', { partIds, targetId }).catch(report);
        else if (first) {
          const part = await db.parts.get(first);
          if (part) await send('series/split', { seriesId: part.seriesId, partIds }).catch(report);
        }
      },
      merge: (targetId, sourceId) =>
        void send('series/merge', { targetId, sourceId }).catch(report),
      removeParts: (partIds) => void send('parts/remove', { partIds }).catch(report),
      removeSeries: (seriesId) => void send('series/remove', { seriesId }).catch(report),
      markThrough: (partId) => void send('part/mark-through', { partId }).catch(report),
    },
    follow: {
      set: (seriesId, on) => void send('follow/set', { seriesId, on }).catch(report),
      check: (seriesId) => send('follow/check', { seriesId }).then(() => undefined, report),
    },
    resumeJobs: () => void send('offline/resume', {}).catch(report),
    page: {
      uncovered: uncoveredPage,
      check: checkPage,
      track: trackPage,
      remember: rememberSite,
      granted: () => grantedSite(),
    },
    reminder: {
      state: reminderState,
      snooze: () => void snoozeReminder(Date.now()).catch(report),
    },
  };
  const root = document.getElementById('app');
  if (root)
    render(<App db={db} actions={actions} mode={mode} panel={panels?.(db, actions)} />, root);
}
