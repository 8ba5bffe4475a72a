import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatBytes } from '../src/core/offline/images';
import { scrollTargetFor } from '../src/core/progress/reducer';
import { readSavedPart, type SavedPart } from '../src/db/queries';
import { LibraryDb, partLabel as label, seriesTitle, type PartRow } from '../src/db/schema';
import { send } from '../src/platform/browser';
import { trackProgress } from '../src/reading/progress-tracker';
import { createReporter, withRetry } from '../src/reading/reporter';
import { NoteEditor } from '../src/ui/note-editor';
import { useLiveQuery } from '../src/ui/use-live-query';
import { articleBody } from './article-body';

const db = new LibraryDb();

const readerUrl = (part: PartRow) => `?part=${encodeURIComponent(part.id)}`;
const longDate = (time: number) =>
  new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The article, sanitised, with reading tracked exactly as on the live page. */
function Article({ saved }: { saved: SavedPart }) {
  const box = useRef<HTMLDivElement>(null);
  const { copy, part } = saved;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const { fragment, release } = articleBody(copy);
    element.replaceChildren(fragment);
    const lifetime = new AbortController();
    if (part.state === 'reading' && part.lastPosition > 0) {
      const rect = element.getBoundingClientRect();
      scrollTo({
        top: scrollTargetFor(part.lastPosition, rect.top + scrollY, rect.height, innerHeight),
        behavior: 'instant',
      });
    }
    const reporter = createReporter(
      lifetime.signal,
      withRetry(
        (progress: { furthest: number; last: number; read: boolean }) =>
          send('reader/progress', { partId: part.id, ...progress }),
        'your reading',
      ),
    );
    trackProgress({
      body: element,
      nextPart: new Set(),
      signal: lifetime.signal,
      onChange: (progress, urgent) =>
        reporter.report(
          { furthest: progress.furthest, last: progress.last, read: progress.read },
          urgent,
        ),
    });
    return () => {
      lifetime.abort();
      release();
    };
    // One article per copy: later changes to the part (its progress) must not rebuild it.
  }, [copy.partId, copy.savedAt]);
  return <div class="article" ref={box} />;
}

function PartNav({ saved, label: name }: { saved: SavedPart; label: string }) {
  const { previous, next } = saved;
  if (!previous && !next) return null;
  return (
    <nav class="part-nav" aria-label={name}>
      {previous ? (
        <a href={readerUrl(previous)} rel="prev">
          ← Previous saved part: {label(previous)}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={readerUrl(next)} rel="next">
          Next saved part: {label(next)} →
        </a>
      )}
    </nav>
  );
}

function Reader({ partId }: { partId: string }) {
  const result = useLiveQuery(() => readSavedPart(db, partId), [partId]);
  useEffect(() => {
    if (result.status === 'ready' && result.value) {
      document.title = `${label(result.value.part)} – ${seriesTitle(result.value.series)}`;
    }
  }, [result]);
  if (result.status === 'loading') return <main aria-busy="true" />;
  if (result.status === 'error' || !result.value) {
    return (
      <main class="reader">
        <h1>This part is not saved</h1>
        <p role="alert">
          {result.status === 'error'
            ? `Instalments could not read its library: ${result.error}`
            : 'There is no offline copy of this part. It may have been deleted.'}
        </p>
        <p>
          <a href="/library/index.html">Open your library</a>
        </p>
      </main>
    );
  }
  const saved = result.value;
  const { series, part, copy } = saved;
  return (
    <main class="reader">
      <header class="reader__head">
        <p class="reader__series">
          <a href="/library/index.html">{seriesTitle(series)}</a>
          {' · '}
          <span>
            Part {saved.position} of {saved.known}
          </span>
        </p>
        <h1>{label(part)}</h1>
        {(copy.byline ?? series.author) && (
          <p class="reader__byline">{copy.byline ?? series.author}</p>
        )}
        <p class="reader__source">
          Saved on {longDate(copy.savedAt)} from{' '}
          <a href={copy.sourceUrl} target="_blank" rel="noopener noreferrer">
            {copy.sourceUrl}
          </a>{' '}
          · {formatBytes(copy.bytes)} offline
        </p>
        {copy.dropped.length > 0 && (
          <details class="reader__dropped">
            <summary>
              {copy.dropped.length === 1
                ? '1 thing could not be kept in this copy'
                : `${copy.dropped.length} things could not be kept in this copy`}
            </summary>
            <ul>
              {copy.dropped.map((d, i) => (
                <li key={i}>
                  <span class="reader__url">{d.url}</span>: {d.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        <PartNav saved={saved} label="Saved parts" />
      </header>
      <Article saved={saved} />
      <footer class="reader__foot">
        <h2 class="reader__note-heading">Your note</h2>
        <NoteEditor
          note={saved.note}
          subject={label(part)}
          onSave={(text) => void send('note/set', { target: 'part', id: part.id, text })}
        />
        <PartNav saved={saved} label="Saved parts, after the article" />
      </footer>
    </main>
  );
}

const partId = new URLSearchParams(location.search).get('part') ?? '';
const root = document.getElementById('app');
if (root) render(<Reader partId={partId} />, root);
