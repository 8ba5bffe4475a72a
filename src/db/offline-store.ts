import { t } from '../core/i18n';
import { byPartOrder } from './queries';
import { type JobFailure, type LibraryDb, type OfflineCopyRow, type PartRow } from './schema';

/**
 * The write side for offline copies and save jobs; only the background imports it. A copy and
 * its part's summary are written in one transaction: a copy that does not fit (a full disk)
 * leaves nothing half-written and the part's reading progress as it was.
 */

/**
 * Stores a copy; with `jobId`, also counts the part as done in that job. A job cancelled while
 * this part was in flight stores nothing: Cancel means no more copies. Returns whether it stored.
 */
export async function saveCopy(
  db: LibraryDb,
  copy: OfflineCopyRow,
  jobId?: string,
): Promise<boolean> {
  return db.transaction('rw', [db.parts, db.offline, db.jobs], async () => {
    if (jobId && (await db.jobs.get(jobId))?.status !== 'running') return false;
    const part = await db.parts.get(copy.partId);
    if (!part) throw new Error(t('savePartGone'));
    await db.offline.put(copy);
    await db.parts.update(copy.partId, {
      offline: {
        bytes: copy.bytes,
        savedAt: copy.savedAt,
        images: copy.images.filter(Boolean).length,
        dropped: copy.dropped.length,
      },
    });
    if (jobId) await markDone(db, jobId, copy.partId, copy.savedAt);
    // Saved at last (say, once the reader signed in and opened it): no notice may still say
    // it could not be.
    const stale = await db.jobs
      .filter((j) => j.failed.some((f) => f.partId === copy.partId))
      .toArray();
    for (const job of stale) await markDone(db, job.id, copy.partId, copy.savedAt);
    return true;
  });
}

async function markDone(db: LibraryDb, jobId: string, partId: string, now: number) {
  const job = await db.jobs.get(jobId);
  if (!job || job.done.includes(partId)) return;
  const done = [...job.done, partId];
  // A part that failed before and was saved since (the reader opened it) is no failure now.
  const failed = job.failed.filter((f) => f.partId !== partId);
  await db.jobs.put({ ...job, done, failed, updatedAt: now, status: finished(job, done, failed) });
}

function finished(
  job: { partIds: string[]; status: 'running' | 'done' | 'cancelled' },
  done: string[],
  failed: JobFailure[],
) {
  if (job.status !== 'running') return job.status;
  return done.length + failed.length >= job.partIds.length ? 'done' : 'running';
}

export type CopyScope =
  { scope: 'part'; partId: string } | { scope: 'series'; seriesId: string } | { scope: 'all' };

export async function deleteCopies(db: LibraryDb, target: CopyScope): Promise<void> {
  await db.transaction('rw', [db.parts, db.offline], async () => {
    const parts =
      target.scope === 'part'
        ? [await db.parts.get(target.partId)]
        : target.scope === 'series'
          ? await db.parts.where('seriesId').equals(target.seriesId).toArray()
          : null;
    if (parts === null) {
      await db.offline.clear();
      await db.parts.toCollection().modify((p: PartRow) => {
        if (p.offline) p.offline = null;
      });
      return;
    }
    const ids = parts.flatMap((p) => (p?.offline ? [p.id] : []));
    await db.offline.bulkDelete(ids);
    for (const id of ids) await db.parts.update(id, { offline: null });
  });
}

/**
 * Starts "Save all" for a series: every known part without a copy. A series already being
 * saved keeps its job (a second click is not a second download).
 */
export async function startSeriesJob(db: LibraryDb, seriesId: string, now: number) {
  return db.transaction('rw', [db.series, db.parts, db.jobs], async () => {
    const series = await db.series.get(seriesId);
    if (!series) throw new Error(t('seriesGone'));
    const running = await db.jobs
      .where('seriesId')
      .equals(seriesId)
      .filter((j) => j.status === 'running')
      .first();
    if (running) return running.id;
    // In reading order: a job cut short has saved the parts the reader reaches first.
    const parts = (await db.parts.where('seriesId').equals(seriesId).toArray()).sort(byPartOrder);
    const id = crypto.randomUUID();
    // One job per series on record: the last one's outcome is what the reader sees.
    await db.jobs.where('seriesId').equals(seriesId).delete();
    await db.jobs.add({
      id,
      seriesId,
      title: series.userTitle ?? series.title,
      partIds: parts.filter((p) => !p.offline).map((p) => p.id),
      done: [],
      failed: [],
      status: parts.some((p) => !p.offline) ? 'running' : 'done',
      createdAt: now,
      updatedAt: now,
    });
    return id;
  });
}

/** Records a part that could not be saved, in its job or (alone) in a job of its own. */
export async function recordFailure(
  db: LibraryDb,
  failure: JobFailure,
  now: number,
  jobId?: string,
): Promise<void> {
  await db.transaction('rw', [db.parts, db.jobs], async () => {
    const job = jobId ? await db.jobs.get(jobId) : undefined;
    if (job) {
      if (job.failed.some((f) => f.partId === failure.partId)) return;
      const failed = [...job.failed, failure];
      await db.jobs.put({
        ...job,
        failed,
        updatedAt: now,
        status: finished(job, job.done, failed),
      });
      return;
    }
    const part = await db.parts.get(failure.partId);
    if (!part) return;
    await db.jobs.add({
      id: crypto.randomUUID(),
      seriesId: part.seriesId,
      title: failure.label,
      partIds: [part.id],
      done: [],
      failed: [failure],
      status: 'done',
      createdAt: now,
      updatedAt: now,
    });
  });
}

export async function cancelJob(db: LibraryDb, jobId: string, now: number): Promise<void> {
  await db.jobs
    .where('id')
    .equals(jobId)
    .modify((job) => {
      if (job.status === 'running') {
        job.status = 'cancelled';
        job.updatedAt = now;
      }
    });
}

export async function dismissJob(db: LibraryDb, jobId: string): Promise<void> {
  await db.jobs.delete(jobId);
}
