import { useState } from 'preact/hooks';
import type { Backup } from '../core/backup/format';
import { plural, t } from '../core/i18n';
import { formatBytes } from '../core/offline/images';
import type { ImportSummary } from '../db/backup-plan';
import { offlineUsage } from '../db/queries';
import type { LibraryDb } from '../db/schema';
import type { Actions } from './actions';
import { EXPORTS, type ExportKind } from './export-file';
import { readImportFile } from './import-file';
import { useLiveQuery } from './use-live-query';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'preview'; backup: Backup; skipped: string[]; summary: ImportSummary; file: string };

const changes = (s: ImportSummary) =>
  s.newSeries + s.newParts + s.updatedSeries + s.updatedParts + s.copies;

/** What the file holds that cannot be imported, named row by row (at most 50 shown). */
function Skipped({ rows }: { rows: string[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <p>{plural('importWillSkip', rows.length)}</p>
      <ul class="preview__conflicts">
        {rows.slice(0, 50).map((row) => (
          <li key={row}>{row}</li>
        ))}
        {rows.length > 50 && <li>{plural('importMoreConflicts', rows.length - 50)}</li>}
      </ul>
    </>
  );
}

function describe(summary: ImportSummary): string {
  return [
    plural('importNewSeries', summary.newSeries),
    plural('importNewParts', summary.newParts),
    plural('importUpdatedSeries', summary.updatedSeries),
    plural('importUpdatedParts', summary.updatedParts),
    ...(summary.copies > 0 ? [plural('importCopies', summary.copies)] : []),
  ].join(t('listSeparator'));
}

/** The library tab's export and import: every format, a preview before anything is written. */
/** Importing belongs to the library tab alone: the popup never loads the file checks. */
export interface Importer {
  /** What importing would do, without writing anything. */
  preview(backup: Backup): Promise<ImportSummary>;
  /** Imports, all or nothing; rejects with the reason. */
  run(backup: Backup): Promise<ImportSummary>;
}

export function BackupPanel({
  db,
  actions,
  importer,
}: {
  db: LibraryDb;
  actions: Actions;
  importer: Importer;
}) {
  const usage = useLiveQuery(() => offlineUsage(db), [db]);
  // What offline copies would add to a JSON export, shown before the reader asks for them.
  const offlineBytes = usage.status === 'ready' ? usage.value.bytes : 0;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [withCopies, setWithCopies] = useState(false);
  const [withStatus, setWithStatus] = useState(true);
  const busy = status.kind === 'busy';

  const exportAs = async (kind: ExportKind) => {
    setStatus({ kind: 'busy', text: t('exportPreparing') });
    try {
      const name = await actions.exportLibrary(kind, {
        offline: kind === 'json' && withCopies,
        readStatus: withStatus,
        progress: (done, total) =>
          setStatus({ kind: 'busy', text: t('exportProgress', done, total) }),
      });
      setStatus({ kind: 'done', text: t('exportDone', name) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('exportFailed', String(error)) });
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'busy', text: t('importReading', file.name) });
    try {
      const { backup, skipped } = await readImportFile(file);
      setStatus({ kind: 'busy', text: plural('importChecking', backup.parts.length) });
      const summary = await importer.preview(backup);
      setStatus({ kind: 'preview', backup, skipped, summary, file: file.name });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const confirm = async (backup: Backup, skipped: number) => {
    setStatus({ kind: 'busy', text: plural('importImporting', backup.parts.length) });
    try {
      const summary = await importer.run(backup);
      const left = skipped > 0 ? ` ${plural('importSkippedDone', skipped)}` : '';
      setStatus({ kind: 'done', text: t('importDone', describe(summary)) + left });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: t('importFailed', error instanceof Error ? error.message : String(error)),
      });
    }
  };

  return (
    <section id="backup" class="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p>{t('backupIntro')}</p>
      <div class="backup-panel__options">
        <label class="field">
          <input
            type="checkbox"
            checked={withCopies}
            disabled={offlineBytes === 0}
            onChange={(e) => setWithCopies((e.target as HTMLInputElement).checked)}
          />
          <span>{t('backupWithCopies', formatBytes(offlineBytes))}</span>
        </label>
        <label class="field">
          <input
            type="checkbox"
            checked={withStatus}
            onChange={(e) => setWithStatus((e.target as HTMLInputElement).checked)}
          />
          <span>{t('backupWithStatus')}</span>
        </label>
      </div>
      <div class="backup-panel__buttons" role="group" aria-label={t('backupExportAs')}>
        {(Object.keys(EXPORTS) as ExportKind[]).map((kind) => (
          <button
            type="button"
            class="text-button"
            key={kind}
            disabled={busy}
            onClick={() => void exportAs(kind)}
          >
            {t(EXPORTS[kind].label)}
          </button>
        ))}
      </div>
      <label class="field backup-panel__import">
        <span>{t('backupImport')}</span>
        <input
          type="file"
          accept=".json,.html,.htm,application/json,text/html"
          disabled={busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            void choose(input.files?.[0]);
            input.value = '';
          }}
        />
      </label>
      {status.kind === 'busy' && (
        <p role="status" class="backup-panel__status">
          <progress aria-label={status.text} /> {status.text}
        </p>
      )}
      {status.kind === 'done' && (
        <p role="status" class="backup-panel__status">
          {status.text}
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" class="backup-panel__status backup-panel__status--error">
          {status.text}
        </p>
      )}
      {status.kind === 'preview' && (
        <div class="preview" role="region" aria-label={t('importPreviewLabel', status.file)}>
          <p>
            <strong>{status.file}</strong>
            {changes(status.summary) > 0
              ? t('importPreview', describe(status.summary))
              : `: ${t('importNothingNew')}`}
          </p>
          <Skipped rows={status.skipped} />
          {status.summary.conflicts.length > 0 && (
            <ul class="preview__conflicts">
              {status.summary.conflicts.slice(0, 50).map((c) => (
                <li key={c}>{c}</li>
              ))}
              {status.summary.conflicts.length > 50 && (
                <li>{plural('importMoreConflicts', status.summary.conflicts.length - 50)}</li>
              )}
            </ul>
          )}
          {changes(status.summary) > 0 && (
            <button
              type="button"
              class="text-button"
              onClick={() => void confirm(status.backup, status.skipped.length)}
            >
              {t('importConfirm')}
            </button>
          )}{' '}
          <button type="button" class="text-button" onClick={() => setStatus({ kind: 'idle' })}>
            {changes(status.summary) > 0 ? t('cancel') : t('close')}
          </button>
        </div>
      )}
    </section>
  );
}
