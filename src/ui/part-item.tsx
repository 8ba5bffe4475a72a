import { useState } from 'preact/hooks';
import { t } from '../core/i18n';
import { formatBytes } from '../core/offline/images';
import { readerHref } from '../core/offline/reader-href';
import { noteId, partLabel, type PartRow } from '../db/schema';
import type { Actions } from './actions';
import { Confirm, PartManage, useDisclosure, type SeriesChoice } from './manage';
import { useNoteEditor } from './note-editor';
import { minutesFor } from '../core/progress/reading-time';

function stateOf(part: PartRow): { icon: string; text: string } {
  if (part.state === 'read') return { icon: '✓', text: t('stateRead') };
  if (part.state === 'unvisited') {
    return part.foundAt ? { icon: '★', text: t('partNew') } : { icon: '○', text: t('stateUnread') };
  }
  const percent = Math.round(part.furthest * 100);
  return percent > 0
    ? { icon: '◐', text: t('statePercent', percent) }
    : { icon: '◔', text: t('stateStarted') };
}

/** Read the saved copy, or save one; in the library tab, also delete it. */
function OfflineControls({
  part,
  label,
  actions,
  full,
}: {
  part: PartRow;
  label: string;
  actions: Actions;
  full: boolean;
}) {
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState(false);
  if (part.offline && asking) {
    return (
      <Confirm
        question={t('offlineDeleteQuestion', label)}
        yes={t('offlineDelete')}
        onYes={() => {
          setAsking(false);
          actions.deleteCopies({ scope: 'part', partId: part.id });
        }}
        onNo={() => setAsking(false)}
      />
    );
  }
  if (part.offline) {
    const size = formatBytes(part.offline.bytes);
    return (
      <>
        <a
          class="text-button offline-link"
          href={readerHref(part.id)}
          target="_blank"
          rel="noopener"
          aria-label={t('offlineReadLabel', label, size)}
          title={t('offlineReadTitle', size)}
        >
          {t('offlineLink')}
        </a>
        {full && <span class="part__size">{size}</span>}
        {full && (
          <button
            type="button"
            class="icon-button"
            aria-label={t('offlineDeleteLabel', label)}
            title={t('offlineDelete')}
            onClick={() => setAsking(true)}
          >
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </>
    );
  }
  return (
    <button
      type="button"
      class="icon-button"
      disabled={saving}
      aria-label={saving ? t('offlineSavingLabel', label) : t('offlineSaveLabel', label)}
      title={saving ? t('offlineSaving') : t('offlineSave')}
      onClick={() => {
        setSaving(true);
        void actions.save(part.id).finally(() => setSaving(false));
      }}
    >
      <span aria-hidden="true">{saving ? '…' : '⤓'}</span>
    </button>
  );
}

export function PartItem({
  part,
  bookmarked,
  actions,
  full,
  note,
  others,
  match = false,
}: {
  part: PartRow;
  /** The reader's search found this part. */
  match?: boolean;
  bookmarked: boolean;
  actions: Actions;
  /** The library tab, with room for every control. */
  full: boolean;
  note: string;
  /** The series this part could be moved to. */
  others: readonly SeriesChoice[];
}) {
  const state = stateOf(part);
  const label = partLabel(part);
  const more = useDisclosure(t('managePartLabel', label));
  const noteEditor = useNoteEditor({
    note,
    subject: label,
    onSave: (text) => actions.setNote('part', part.id, text),
    drafts: actions.drafts,
    draftKey: noteId('part', part.id),
  });
  return (
    <li class={match ? 'part-entry part-entry--match' : 'part-entry'}>
      <div class={`part part--${part.state}`}>
        {/* The title has the row's whole width; its state and actions go on the line below. */}
        <a
          class="part__link"
          href={part.urls[0]}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(event) => {
            // Opened through the background, so the page can scroll back to where the reader was.
            if (event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
              event.preventDefault();
              actions.open(part.id);
            }
          }}
        >
          {label}
          {match && <span class="visually-hidden"> {t('searchMatch')}</span>}
        </a>
        <div class="part__line">
          <span class="part__status">
            <span class="part__state">
              <span aria-hidden="true">{state.icon}</span> {state.text}
            </span>
            {part.words !== undefined && part.state !== 'read' && (
              <span class="part__time"> · {t('readingMinutes', minutesFor(part.words))}</span>
            )}
          </span>
          <OfflineControls part={part} label={label} actions={actions} full={full} />
          <button
            type="button"
            class="icon-button"
            aria-pressed={bookmarked}
            aria-label={t('bookmarkLabel', label)}
            title={bookmarked ? t('bookmarkRemove') : t('bookmarkAdd')}
            onClick={() => actions.bookmark(part.id, !bookmarked)}
          >
            <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span>
          </button>
          {noteEditor.button('icon')}
          <button
            type="button"
            class="text-button"
            aria-label={
              part.state === 'read' ? t('markUnreadLabel', label) : t('markReadLabel', label)
            }
            onClick={() => actions.mark(part.id, part.state !== 'read')}
          >
            {part.state === 'read' ? t('markUnread') : t('markRead')}
          </button>
          {more.button}
        </div>
      </div>
      {more.open && (
        <PartManage
          part={part}
          label={label}
          others={others}
          actions={actions}
          onDone={more.close}
        />
      )}
      {noteEditor.body && <div class="note">{noteEditor.body}</div>}
    </li>
  );
}
