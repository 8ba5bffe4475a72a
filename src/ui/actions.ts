import type { ReminderState } from '../core/backup/reminder';
import type { Request } from '../messaging/protocol';
import type { PageStatus } from '../messaging/to-content';
import type { NoteDrafts } from '../platform/drafts';
import type { ThisPage } from '../platform/this-page';
import type { ExportKind } from './export-file';

/** What the views can ask for; main.tsx wires these to background messages. */
export interface Actions {
  open(partId: string): void;
  bookmark(partId: string, bookmarked: boolean): void;
  mark(partId: string, read: boolean): void;
  /** Settles when the copy is stored or has failed (a failure is kept as a notice). */
  save(partId: string): Promise<void>;
  saveSeries(seriesId: string): void;
  cancelJob(jobId: string): void;
  dismissJob(jobId: string): void;
  deleteCopies(scope: Request<'offline/delete'>): void;
  /** Builds and downloads an export; resolves to the file's name. */
  exportLibrary(
    kind: ExportKind,
    options: {
      seriesId?: string;
      offline?: boolean;
      readStatus?: boolean;
      progress?: (done: number, total: number) => void;
    },
  ): Promise<string>;
  /** A series as a reading list with links, on the clipboard for email or Teams. */
  copyForColleague(seriesId: string): Promise<void>;
  setNote(target: 'part' | 'series', id: string, text: string): void;
  /** The side panel: opened from the popup, and following the tab it sits beside. */
  panel: {
    /** Whether this browser has one. */
    available: boolean;
    /** Opens it in this window; called from the reader's click. */
    open(): void;
    /** Calls back with the address of the page beside the panel, now and on every change. */
    watch(onChange: (url: string | null) => void): () => void;
  };
  /** Unsaved note text, kept while the popup is closed (null: none). */
  drafts: NoteDrafts;
  /** Corrections the reader makes by hand. */
  manage: {
    /** null gives the detected title back. */
    rename(seriesId: string, title: string | null): void;
    /** null gives the detected number back. */
    renumber(partId: string, number: number | null): void;
    /** Into another series, or (null) into a new series of their own. */
    move(partIds: string[], targetId: string | null): Promise<void>;
    merge(targetId: string, sourceId: string): void;
    removeParts(partIds: string[]): void;
    removeSeries(seriesId: string): void;
    /** This part and every earlier one, read. */
    markThrough(partId: string): void;
  };
  /** Following a series for new parts. */
  follow: {
    set(seriesId: string, on: boolean): void;
    /** Asks the series' site now; settles when the check is recorded. */
    check(seriesId: string): Promise<void>;
  };
  /** Wakes the background to carry on a save job a stopped worker left. */
  resumeJobs(): void;
  /** The popup's "This page" card, for sites Instalments does not watch. */
  page: {
    uncovered(): Promise<ThisPage | null>;
    check(tabId: number): Promise<PageStatus | null>;
    track(tabId: number): Promise<PageStatus | null>;
    /** Asks the browser for the site; resolves to whether it was granted. */
    remember(origin: string): Promise<boolean>;
    /** The site granted just before this popup opened (its prompt closed the last one). */
    granted(): Promise<string | null>;
  };
  /** Reminding the reader to export their library. */
  reminder: {
    state(): Promise<ReminderState>;
    snooze(): void;
  };
}
