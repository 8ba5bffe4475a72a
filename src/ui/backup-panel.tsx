import { useState } from 'preact/hooks';
import type { Backup } from '../core/backup/format';
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
  | { kind: 'preview'; backup: Backup; summary: ImportSummary; file: string };

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function describe(summary: ImportSummary): string {
  return [
    count(summary.newSeries, 'new series', 'new series'),
    count(summary.newParts, 'new part', 'new parts'),
    count(summary.updatedSeries, 'series updated', 'series updated'),
    count(summary.updatedParts, 'part updated', 'parts updated'),
    ...(summary.copies > 0 ? [count(summary.copies, 'offline copy', 'offline copies')] : []),
  ].join(' · ');
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
    setStatus({ kind: 'busy', text: 'Preparing the export…' });
    try {
      const name = await actions.exportLibrary(kind, {
        offline: kind === 'json' && withCopies,
        readStatus: withStatus,
        progress: (done, total) =>
          setStatus({ kind: 'busy', text: `Preparing the export: ${done} of ${total} series…` }),
      });
      setStatus({ kind: 'done', text: `Exported ${name}.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `The export failed: ${String(error)}` });
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'busy', text: `Reading “${file.name}”…` });
    try {
      const backup = await readImportFile(file);
      setStatus({ kind: 'busy', text: `Checking ${count(backup.parts.length, 'part', 'parts')}…` });
      const summary = await importer.preview(backup);
      setStatus({ kind: 'preview', backup, summary, file: file.name });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const confirm = async (backup: Backup) => {
    setStatus({ kind: 'busy', text: `Importing ${count(backup.parts.length, 'part', 'parts')}…` });
    try {
      const summary = await importer.run(backup);
      setStatus({ kind: 'done', text: `Imported: ${describe(summary)}.` });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <section id="backup" class="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Export and import</h2>
      <p>
        Share a series with a colleague, or keep a copy of your library. A JSON backup holds
        everything and imports into any Instalments.
      </p>
      <div class="backup-panel__options">
        <label class="field">
          <input
            type="checkbox"
            checked={withCopies}
            disabled={offlineBytes === 0}
            onChange={(e) => setWithCopies((e.target as HTMLInputElement).checked)}
          />
          <span>Include offline copies in the JSON backup ({formatBytes(offlineBytes)})</span>
        </label>
        <label class="field">
          <input
            type="checkbox"
            checked={withStatus}
            onChange={(e) => setWithStatus((e.target as HTMLInputElement).checked)}
          />
          <span>Say how far I have read in the Markdown reading list</span>
        </label>
      </div>
      <div class="backup-panel__buttons" role="group" aria-label="Export the library as">
        {(Object.keys(EXPORTS) as ExportKind[]).map((kind) => (
          <button
            type="button"
            class="text-button"
            key={kind}
            disabled={busy}
            onClick={() => void exportAs(kind)}
          >
            {EXPORTS[kind].label}
          </button>
        ))}
      </div>
      <label class="field backup-panel__import">
        <span>Import a backup or a bookmarks file</span>
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
        <div class="preview" role="region" aria-label={`Importing ${status.file}`}>
          <p>
            <strong>{status.file}</strong>: {describe(status.summary)}.
          </p>
          {status.summary.conflicts.length > 0 && (
            <ul class="preview__conflicts">
              {status.summary.conflicts.slice(0, 50).map((c) => (
                <li key={c}>{c}</li>
              ))}
              {status.summary.conflicts.length > 50 && (
                <li>and {status.summary.conflicts.length - 50} more</li>
              )}
            </ul>
          )}
          <button type="button" class="text-button" onClick={() => void confirm(status.backup)}>
            Import
          </button>{' '}
          <button type="button" class="text-button" onClick={() => setStatus({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
