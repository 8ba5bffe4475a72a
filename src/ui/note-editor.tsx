import { useState } from 'preact/hooks';

/**
 * The reader's note on a part or a series: shown as text, edited in place. Saving an empty
 * note removes it.
 */
export function NoteEditor({
  note,
  subject,
  onSave,
}: {
  note: string;
  /** What the note is on, for labels: "Journey to the Cloud - 2". */
  subject: string;
  onSave: (text: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div class="note">
        {note && <p class="note__text">{note}</p>}
        <button
          type="button"
          class="text-button note__edit"
          aria-label={note ? `Edit your note on ${subject}` : `Add a note to ${subject}`}
          onClick={() => setDraft(note)}
        >
          {note ? 'Edit note' : 'Note'}
        </button>
      </div>
    );
  }
  return (
    <form
      class="note note--editing"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
        setDraft(null);
      }}
    >
      <textarea
        aria-label={`Your note on ${subject}`}
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
          Save note
        </button>
        <button type="button" class="text-button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
