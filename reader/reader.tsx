import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatDate, plural, t, uiLanguage } from '../src/core/i18n';
import { formatBytes } from '../src/core/offline/images';
import { scrollTargetFor } from '../src/core/progress/reducer';
import { readSavedPart, savedPartsAt, type SavedPart } from '../src/db/queries';
import { canonicalUrl } from '../src/core/identity/canonical-url';
import { readerHref } from '../src/core/offline/reader-href';
import { LibraryDb, noteId, partLabel as label, seriesTitle, type PartRow } from '../src/db/schema';
import { send } from '../src/platform/browser';
import { noteDrafts } from '../src/platform/drafts';
import { loadSettings } from '../src/platform/settings-store';
import { trackProgress } from '../src/reading/progress-tracker';
import { createReporter, withRetry } from '../src/reading/reporter';
import { NoteEditor } from '../src/ui/note-editor';
import { useLiveQuery } from '../src/ui/use-live-query';
import { articleBody } from './article-body';

const db = new LibraryDb();
/** What counts as read, as the reader set it; the end until their settings are read. */
let readAt = 1;
void loadSettings().then((settings) => (readAt = settings.readAt));

const readerUrl = (part: PartRow) => `?part=${encodeURIComponent(part.id)}`;

/** The article, sanitised, with reading tracked exactly as on the live page. */
/**
 * Links to other parts saved for offline reading open their copies here, in this tab: with
 * the network off, the series reads on. Other links still open the live page beside.
 */
async function linkSavedParts(element: HTMLElement): Promise<void> {
  const anchors = [...element.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const addresses = new Map(anchors.map((a) => [a, canonicalUrl(a.href)] as const));
  const saved = await savedPartsAt(
    db,
    [...addresses.values()].filter((url): url is string => url !== null),
  );
  for (const [anchor, url] of addresses) {
    const partId = url && saved.get(url);
    if (!partId) continue;
    anchor.href = readerHref(partId);
    anchor.removeAttribute('target');
    anchor.title = t('readerSavedLink');
  }
}

function Article({ saved }: { saved: SavedPart }) {
  const box = useRef<HTMLDivElement>(null);
  const { copy, part } = saved;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const { fragment, release } = articleBody(copy);
    element.replaceChildren(fragment);
    const lifetime = new AbortController();
    void linkSavedParts(element).catch((error: unknown) => console.warn('Instalments:', error));
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
        'reader/progress',
      ),
    );
    trackProgress({
      body: element,
      nextPart: new Set(),
      signal: lifetime.signal,
      readAt: () => readAt,
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
          {t('readerPrevious', label(previous))}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={readerUrl(next)} rel="next">
          {t('readerNext', label(next))}
        </a>
      )}
    </nav>
  );
}

function Reader({ partId }: { partId: string }) {
  const result = useLiveQuery(() => readSavedPart(db, partId), [partId]);
  useEffect(() => {
    if (result.status === 'ready' && result.value) {
      document.title = t('readerTitle', label(result.value.part), seriesTitle(result.value.series));
    }
  }, [result]);
  if (result.status === 'loading') return <main aria-busy="true" />;
  if (result.status === 'error' || !result.value) {
    return (
      <main class="reader">
        <h1>{t('readerNotSaved')}</h1>
        <p role="alert">
          {result.status === 'error' ? t('libraryReadFailed', result.error) : t('readerNoCopy')}
        </p>
        <p>
          <a href="/library/index.html">{t('readerOpenLibrary')}</a>
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
          <span>{t('readerPosition', saved.position, saved.known)}</span>
        </p>
        <h1>{label(part)}</h1>
        {(copy.byline ?? series.author) && (
          <p class="reader__byline">{copy.byline ?? series.author}</p>
        )}
        <p class="reader__source">
          {t('readerSavedOn', formatDate(copy.savedAt))}{' '}
          <a href={copy.sourceUrl} target="_blank" rel="noopener noreferrer">
            {copy.sourceUrl}
          </a>{' '}
          {t('readerSize', formatBytes(copy.bytes))}
        </p>
        {copy.dropped.length > 0 && (
          <details class="reader__dropped">
            <summary>{plural('readerDropped', copy.dropped.length)}</summary>
            <ul>
              {copy.dropped.map((d, i) => (
                <li key={i}>
                  <span class="reader__url">{d.url}</span>
                  {t('jobFailureReason', d.reason)}
                </li>
              ))}
            </ul>
          </details>
        )}
        <PartNav saved={saved} label={t('readerNavLabel')} />
      </header>
      <Article saved={saved} />
      <footer class="reader__foot">
        <h2 class="reader__note-heading">{t('readerNote')}</h2>
        <NoteEditor
          note={saved.note}
          subject={label(part)}
          onSave={(text) => void send('note/set', { target: 'part', id: part.id, text })}
          drafts={noteDrafts}
          draftKey={noteId('part', part.id)}
        />
        <PartNav saved={saved} label={t('readerNavAfterLabel')} />
      </footer>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
const partId = new URLSearchParams(location.search).get('part') ?? '';
const root = document.getElementById('app');
if (root) render(<Reader partId={partId} />, root);
