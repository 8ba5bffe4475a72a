import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../core/i18n';
import type { Actions } from './actions';

/** "Read this series, here are my notes": a series for a colleague, in one click. */
export function SeriesShare({
  seriesId,
  title,
  actions,
  full,
  noteButton,
}: {
  seriesId: string;
  title: string;
  actions: Actions;
  full: boolean;
  /** The series' note button, beside the other ways to share it. */
  noteButton: ComponentChild;
}) {
  const [said, setSaid] = useState('');
  const run = (work: Promise<unknown>, done: string) =>
    void work.then(
      () => setSaid(done),
      (error: unknown) => setSaid(t('shareFailed', String(error))),
    );
  return (
    <div class="series__share">
      {noteButton}
      <button
        type="button"
        class="text-button"
        aria-label={t('copyMarkdownLabel', title)}
        onClick={() => run(actions.copyForColleague(seriesId), t('copyMarkdownDone'))}
      >
        {t('copyMarkdown')}
      </button>
      {full && (
        <button
          type="button"
          class="text-button"
          aria-label={t('exportSeriesLabel', title)}
          onClick={() => run(actions.exportLibrary('json', { seriesId }), t('exportSeriesDone'))}
        >
          {t('exportSeries')}
        </button>
      )}
      <span role="status" class="series__share-status">
        {said}
      </span>
    </div>
  );
}
