import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../core/i18n';

interface NoteProps {
  note: string;
  /** What the note is on, for labels: "Journey to the Cloud - 2". */
  subject: string;
  onSave: (text: string) => void;
}

/**
 * The reader's note on a part or a series, shown as text and edited in place: a button to
 * put where there is room (a part's row), and the note or its editor to put below. Saving an
 * empty note removes it.
 */
export function useNoteEditor({ note, subject, onSave }: NoteProps): {
  button: (look: 'icon' | 'text') => ComponentChild;
  body: ComponentChild;
} {
  const [draft, setDraft] = useState<string | null>(null);
  const label = note ? t('noteEditLabel', subject) : t('noteAddLabel', subject);
  const button = (look: 'icon' | 'text') => (
    <button
      type="button"
      class={look === 'icon' ? 'icon-button' : 'text-button'}
      aria-label={label}
      title={look === 'icon' ? label : undefined}
      aria-expanded={draft !== null}
      onClick={() => setDraft(draft === null ? note : null)}
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
          maxLength={10_000}
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
