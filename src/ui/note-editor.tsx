import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../core/i18n';
import { LIMITS } from '../core/limits';
import type { NoteDrafts } from '../platform/drafts';

interface NoteProps {
  note: string;
  /** What the note is on, for labels: "Journey to the Cloud - 2". */
  subject: string;
  onSave: (text: string) => void;
  /** Where an unsaved draft waits while the popup is closed, and under which key. */
  drafts: NoteDrafts;
  draftKey: string;
}

/**
 * The reader's note on a part or a series, shown as text and edited in place: a button to
 * put where there is room (a part's row), and the note or its editor to put below. Saving an
 * empty note removes it. What the reader types is kept as a draft until they save or cancel.
 */
export function useNoteEditor({ note, subject, onSave, drafts, draftKey }: NoteProps): {
  button: (look: 'icon' | 'text') => ComponentChild;
  body: ComponentChild;
} {
  const [draft, setDraftState] = useState<string | null>(null);
  // The popup closes whenever the reader clicks the page: a draft it held comes back, open,
  // the next time it opens, until it is saved or cancelled.
  useEffect(() => {
    let live = true;
    void drafts.read(draftKey).then((kept) => {
      if (live && kept !== null) setDraftState(kept);
    });
    return () => {
      live = false;
    };
  }, [draftKey]);
  const setDraft = (text: string | null) => {
    setDraftState(text);
    drafts.write(draftKey, text);
  };
  const label = note ? t('noteEditLabel', subject) : t('noteAddLabel', subject);
  const button = (look: 'icon' | 'text') => (
    <button
      type="button"
      class={look === 'icon' ? 'icon-button' : 'text-button'}
      aria-label={label}
      title={look === 'icon' ? label : undefined}
      aria-expanded={draft !== null}
      onClick={() => (draft === null ? setDraftState(note) : setDraft(null))}
    >
      {look === 'icon' ? <span aria-hidden="true">✎</span> : note ? t('noteEdit') : t('noteAdd')}
    </button>
  );
  const body =
    draft === null ? (
      note && <p class="note__text">{note}</p>
    ) : (
      <form
        class="note--editing"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(draft);
          setDraft(null);
        }}
      >
        <textarea
          aria-label={t('noteTextLabel', subject)}
          value={draft}
          maxLength={LIMITS.note}
          rows={3}
          // Opening the editor is asking to type: put the caret there.
          ref={(el) => el?.focus()}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setDraft(null);
            }
          }}
        />
        <div class="note__buttons">
          <button type="submit" class="text-button">
            {t('noteSave')}
          </button>
          <button type="button" class="text-button" onClick={() => setDraft(null)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    );
  return { button, body };
}

/** The note with its button above it: for the reader, where there is room. */
export function NoteEditor(props: NoteProps) {
  const { button, body } = useNoteEditor(props);
  return (
    <div class="note">
      {body}
      {button('text')}
    </div>
  );
}
