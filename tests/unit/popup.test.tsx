// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { recordPart } from '../../src/db/repository';
import type { Actions } from '../../src/ui/actions';
import { App } from '../../src/ui/app';
import { freshDb, report } from './fixtures';

let root: HTMLElement;

// Parts 3 to 5, as part 2's page links to them.
const siblings = [3, 4, 5].map((n) => ({
  url: `https://khub.net/j-${n}`,
  title: `Journey to the Cloud - ${n}`,
  part: n,
}));

function actions() {
  return {
    open: vi.fn(),
    bookmark: vi.fn(),
    mark: vi.fn(),
    save: vi.fn(() => Promise.resolve()),
    saveSeries: vi.fn(),
    cancelJob: vi.fn(),
    dismissJob: vi.fn(),
    deleteCopies: vi.fn(),
    resumeJobs: vi.fn(),
    setNote: vi.fn(),
    exportLibrary: vi.fn(() => Promise.resolve('file')),
    copyMarkdown: vi.fn(() => Promise.resolve()),
  } satisfies Actions;
}

async function mount(ui: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(ui, root));
}

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

function progressbar() {
  return root.querySelector('[role="progressbar"]');
}

describe('the popup', () => {
  test('tells a new user what to do when the library is empty', async () => {
    await mount(<App db={freshDb()} actions={actions()} />);
    await vi.waitFor(() => expect(root.textContent).toContain('No series yet'));
    expect(progressbar()).toBeNull();
  });

  test('shows each series with an accessible progress bar and "N of M read"', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), 1000);
    await recordPart(db, report(2, 'read', { siblings }), 2000);
    await mount(<App db={db} actions={actions()} />);
    await vi.waitFor(() => expect(progressbar()).not.toBeNull());
    const bar = progressbar();
    expect(bar?.getAttribute('aria-valuenow')).toBe('2');
    expect(bar?.getAttribute('aria-valuemax')).toBe('5');
    expect(bar?.getAttribute('aria-label')).toContain('Journey to the Cloud');
    expect(root.textContent).toContain('2 of 5 read');
    const states = [...root.querySelectorAll('.part__state')].map((el) => el.textContent?.trim());
    expect(states).toEqual([
      '✓ Read',
      '✓ Read',
      '○ Not yet visited',
      '○ Not yet visited',
      '○ Not yet visited',
    ]);
  });

  test('updates while open when the background records a part', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), 1000);
    await mount(<App db={db} actions={actions()} />);
    await vi.waitFor(() => expect(root.textContent).toContain('1 of 1 read'));
    await act(async () => {
      await recordPart(db, report(2, 'read'), 2000);
    });
    await vi.waitFor(() => expect(root.textContent).toContain('2 of 2 read'));
  });

  test("says why a series was taken for one, in the detector's own words", async () => {
    const db = freshDb();
    await recordPart(db, report(2), 1000);
    await mount(<App db={db} actions={actions()} />);
    await vi.waitFor(() => expect(root.querySelector('.series__why')).not.toBeNull());
    expect(root.querySelector('.series__why summary')?.textContent).toBe('Why is this a series?');
    expect(root.querySelector('.series__why li')?.textContent).toBe('title ends with "- 2"');
  });

  test('renders page-supplied titles as text, never as markup', async () => {
    const db = freshDb();
    const hostile = '<img src=x onerror="alert(1)">Journey';
    await recordPart(db, { ...report(1), title: hostile }, 1000);
    await mount(<App db={db} actions={actions()} />);
    await vi.waitFor(() => expect(root.textContent).toContain(hostile));
    expect(root.querySelector('img[onerror]')).toBeNull();
  });
});

describe('continue, filters, search and bookmarks', () => {
  async function library() {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), 1000);
    await recordPart(
      db,
      { ...report(2, 'reading', { siblings }), progress: { furthest: 0.45, last: 0.4 } },
      2000,
    );
    await recordPart(
      db,
      report(
        1,
        'read',
        { seriesKey: 'weeknotes', seriesTitle: 'Weeknotes' },
        'https://example.org/w-1',
      ),
      500,
    );
    return db;
  }

  test('Continue offers the part in progress, at its percentage, and opens it', async () => {
    const a = actions();
    await mount(<App db={await library()} actions={a} />);
    await vi.waitFor(() => expect(root.querySelector('.continue')).not.toBeNull());
    expect(root.querySelector('.continue')?.textContent).toContain('Continue reading');
    expect(root.querySelector('.continue')?.textContent).toContain('45 % read');
    root.querySelector<HTMLButtonElement>('.continue__button')?.click();
    expect(a.open).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('45 % read');
  });

  test('filters and search narrow the list', async () => {
    await mount(<App db={await library()} actions={actions()} />);
    await vi.waitFor(() => expect(root.querySelectorAll('article.series')).toHaveLength(2));
    const button = (label: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('.filters button')].find(
        (b) => b.textContent === label,
      );
    await act(() => button('Finished')?.click());
    expect([...root.querySelectorAll('article.series h2')].map((h) => h.textContent)).toEqual([
      'Weeknotes',
    ]);
    await act(() => button('All')?.click());
    const search = root.querySelector<HTMLInputElement>('input[type="search"]');
    await act(() => {
      if (!search) return;
      search.value = 'WEEKNOTES';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([...root.querySelectorAll('article.series h2')].map((h) => h.textContent)).toEqual([
      'Weeknotes',
    ]);
  });

  test('a bookmark toggle says its state and asks for the change', async () => {
    const a = actions();
    await mount(<App db={await library()} actions={a} />);
    await vi.waitFor(() => expect(root.querySelector('button[aria-pressed]')).not.toBeNull());
    const toggle = root.querySelector<HTMLButtonElement>(
      'button[aria-label="Bookmark Journey to the Cloud - 2"]',
    );
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    toggle?.click();
    expect(a.bookmark).toHaveBeenCalledWith(expect.any(String), true);
  });
});

/** A library of `count` one-part series, the newest last. */
async function libraryOf(count: number) {
  const db = freshDb();
  for (let i = 0; i < count; i++) {
    const series = { seriesKey: `s${i}`, seriesTitle: `Series ${i}` };
    await recordPart(db, report(1, 'read', series, `https://example.org/s${i}`), i);
  }
  return db;
}

test('a long library shows one page of series, and more on request', async () => {
  const db = await libraryOf(35);
  await mount(<App db={db} actions={actions()} mode="tab" />);
  await vi.waitFor(() => expect(root.querySelectorAll('article.series')).toHaveLength(30));
  expect(root.querySelector('article.series h2')?.textContent).toBe('Series 34');
  const more = root.querySelector<HTMLButtonElement>('button.more');
  expect(more?.textContent).toBe('Show more series (5 more)');
  await act(() => more?.click());
  await vi.waitFor(() => expect(root.querySelectorAll('article.series')).toHaveLength(35));
  expect(root.querySelector('button.more')).toBeNull();
});

test('the popup shows ten series at first, with their parts folded away', async () => {
  const db = await libraryOf(12);
  await mount(<App db={db} actions={actions()} />);
  await vi.waitFor(() => expect(root.querySelectorAll('article.series')).toHaveLength(10));
  expect(root.querySelectorAll('.part')).toHaveLength(0);
  const summary = root.querySelector<HTMLElement>('.series__parts summary');
  const details = summary?.parentElement as HTMLDetailsElement | null;
  await act(() => {
    if (details) details.open = true;
    details?.dispatchEvent(new Event('toggle'));
  });
  await vi.waitFor(() => expect(root.querySelectorAll('.part')).toHaveLength(1));
});
