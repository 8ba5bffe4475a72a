import { partNumber, type PartRow } from '../db/schema';
import type { Actions } from './actions';

function stateOf(part: PartRow): { icon: string; text: string } {
  if (part.state === 'read') return { icon: '✓', text: 'Read' };
  if (part.state === 'unvisited') return { icon: '○', text: 'Not yet visited' };
  const percent = Math.round(part.furthest * 100);
  return percent > 0 ? { icon: '◐', text: `${percent} % read` } : { icon: '◔', text: 'Started' };
}

export function PartItem({
  part,
  bookmarked,
  actions,
}: {
  part: PartRow;
  bookmarked: boolean;
  actions: Actions;
}) {
  const state = stateOf(part);
  const n = partNumber(part);
  const label = part.title ?? (n === null ? 'Untitled part' : `Part ${n}`);
  return (
    <li class={`part part--${part.state}`}>
      <span class="part__state">
        <span aria-hidden="true">{state.icon}</span> {state.text}
      </span>
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
      </a>
      <button
        type="button"
        class="icon-button"
        aria-pressed={bookmarked}
        aria-label={`Bookmark ${label}`}
        title={bookmarked ? 'Remove bookmark' : 'Bookmark'}
        onClick={() => actions.bookmark(part.id, !bookmarked)}
      >
        <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span>
      </button>
      {part.state !== 'unvisited' && (
        <button
          type="button"
          class="text-button"
          aria-label={part.state === 'read' ? `Mark ${label} as unread` : `Mark ${label} as read`}
          onClick={() => actions.mark(part.id, part.state !== 'read')}
        >
          {part.state === 'read' ? 'Unread' : 'Read'}
        </button>
      )}
    </li>
  );
}
