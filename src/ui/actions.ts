import type { Request } from '../messaging/protocol';

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
  setNote(target: 'part' | 'series', id: string, text: string): void;
  /** Wakes the background to carry on a save job a stopped worker left. */
  resumeJobs(): void;
}
