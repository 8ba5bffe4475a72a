// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { recordCheck, setFollow } from '../../src/db/follows';
import { recordPart } from '../../src/db/repository';
import type { Actions } from '../../src/ui/actions';
import { App } from '../../src/ui/app';
import { exportDue } from '../../src/core/backup/reminder';
import { freshDb, report } from './fixtures';

let root: HTMLElement;

// Parts 3 to 5, as part 2's page links to them.
const siblings = [3, 4, 5].map((n) => ({
  url: `https://khub.net/j-${n}`,
  title: `Journey to the Cloud - ${n}`,
  part: n,
}));

function actions(): Actions & { page: { [K in keyof Actions['page']]: ReturnType<typeof vi.fn> } } {
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
    copyForColleague: vi.fn(() => Promise.resolve()),
    drafts: { read: vi.fn(async () => null), write: vi.fn() },
    panel: { available: false, open: vi.fn(), watch: vi.fn(() => () => undefined) },
    manage: {
      rename: vi.fn(),
      renumber: vi.fn(),
      move: vi.fn(() => Promise.resolve()),
      merge: vi.fn(),
      removeParts: vi.fn(),
      removeSeries: vi.fn(),
      markThrough: vi.fn(),
    },
    follow: { set: vi.fn(), check: vi.fn(() => Promise.resolve()) },
    // A supported page, or none: no "This page" card.
    page: {
      uncovered: vi.fn(async () => null),
      check: vi.fn(async () => null),
      track: vi.fn(async () => null),
      remember: vi.fn(async () => false),
      granted: vi.fn(async () => null),
    },
    reminder: {
      state: vi.fn(async () => ({ days: 0, lastExportAt: null, snoozedAt: null })),
      snooze: vi.fn(),
    },
  };
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
    expect(states).toEqual(['✓ Read', '✓ Read', '○ Unread', '○ Unread', '○ Unread']);
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

describe('new parts of followed series', () => {
  test('a part a check found is listed under "New parts" and marked New; clicking opens it', async () => {
    const db = freshDb();
    const ref = await recordPart(db, report(1, 'read'), 1000);
    await recordPart(db, report(2, 'read'), 2000);
    await setFollow(db, ref!.seriesId, true, 2000);
    const row = (await db.follows.get(ref!.seriesId))!;
    await recordCheck(
      db,
      row,
      [
        {
          url: 'https://khub.net/j-3',
          number: 3,
          title: 'Journey to the Cloud - 3',
          publishedAt: null,
        },
      ],
      'khub',
      Date.parse('2026-12-05T10:00:00Z'),
      (count) => ({ ...row, checkedAt: 3000, outcome: { kind: 'new', count } }),
    );
    const act$ = actions();
    await mount(<App db={db} actions={act$} />);
    await vi.waitFor(() => expect(root.querySelector('.new-parts')).not.toBeNull());
    const heading = root.querySelector('.new-parts h2');
    expect(heading?.textContent).toBe('New parts');
    const item = root.querySelector('.new-parts li');
    expect(item?.textContent).toContain('Journey to the Cloud - 3');
    expect(item?.textContent).toContain('found 5 December 2026');
    const states = [...root.querySelectorAll('.part__state')].map((el) => el.textContent?.trim());
    expect(states).toEqual(['✓ Read', '✓ Read', '★ New']);
    await act(() => (item?.querySelector('button') as HTMLButtonElement).click());
    expect(act$.open).toHaveBeenCalledWith(expect.any(String));
    const opened = await db.parts.get(vi.mocked(act$.open).mock.calls[0]![0] as string);
    expect(opened?.number).toBe(3);
    // The series' menu says it is followed and what the last check found.
    await act(() => (root.querySelector('.series__head button') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(root.querySelector('.follow__status')).not.toBeNull());
    expect(root.querySelector<HTMLInputElement>('.follow input')?.checked).toBe(true);
    expect(root.querySelector('.follow__status')?.textContent).toMatch(
      /^Checked .*: 1 new part\.$/,
    );
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

describe('the popup on a site Instalments does not watch', () => {
  const blog = { tabId: 5, origin: 'https://blog.example.org', host: 'blog.example.org' };
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name);

  test('checks the page, reports the part it found, and remembers the site on request', async () => {
    const a = actions();
    a.page.uncovered.mockResolvedValue(blog);
    a.page.check.mockResolvedValue({ tracked: true, title: 'Weeknotes, part 2 of 3' });
    a.page.remember.mockResolvedValue(true);
    await mount(<App db={freshDb()} actions={a} />);
    await vi.waitFor(() =>
      expect(root.textContent).toContain('does not look at pages on blog.example.org'),
    );
    await act(() => button('Check this page for a series')?.click());
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        'Found “Weeknotes, part 2 of 3”: it is in your library now.',
      ),
    );
    expect(a.page.check).toHaveBeenCalledWith(5);
    await act(() => button('Always look for series on blog.example.org')?.click());
    await vi.waitFor(() =>
      expect(root.textContent).toContain('will look for series on blog.example.org from now on'),
    );
    expect(a.page.remember).toHaveBeenCalledWith('https://blog.example.org');
    expect(button('Always look for series on blog.example.org')).toBeUndefined();
  });

  test('says when nothing was found, and can track the page anyway', async () => {
    const a = actions();
    a.page.uncovered.mockResolvedValue(blog);
    a.page.check.mockResolvedValue({ tracked: false });
    a.page.track.mockResolvedValue({ tracked: true, title: 'Our weeknotes' });
    await mount(<App db={freshDb()} actions={a} />);
    await vi.waitFor(() => expect(button('Check this page for a series')).toBeDefined());
    await act(() => button('Check this page for a series')?.click());
    await vi.waitFor(() =>
      expect(root.textContent).toContain('No series part found on this page.'),
    );
    await act(() => button('Track this page as a series part anyway')?.click());
    await vi.waitFor(() => expect(root.textContent).toContain('Found “Our weeknotes”'));
    expect(a.page.track).toHaveBeenCalledWith(5);
  });

  test('reopened after a check found nothing, the popup still offers to track the page', async () => {
    const a = actions();
    a.page.uncovered.mockResolvedValue({ ...blog, checked: { tracked: false } });
    await mount(<App db={freshDb()} actions={a} />);
    await vi.waitFor(() => expect(button('Track this page as a series part anyway')).toBeDefined());
    expect(root.textContent).toContain('No series part found on this page.');
    // What Instalments does not do unless asked no longer applies: it was asked.
    expect(root.textContent).not.toContain('does not look at pages on');
  });

  test('the site granted in a prompt that closed the popup is confirmed in the next one', async () => {
    const a = actions();
    a.page.granted.mockResolvedValue('blog.example.org');
    await mount(<App db={freshDb()} actions={a} />);
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        'Instalments will look for series on blog.example.org from now on.',
      ),
    );
  });

  test('a page the browser keeps from extensions gets a plain answer', async () => {
    const a = actions();
    a.page.uncovered.mockResolvedValue(blog);
    await mount(<App db={freshDb()} actions={a} />);
    await vi.waitFor(() => expect(button('Check this page for a series')).toBeDefined());
    await act(() => button('Check this page for a series')?.click());
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Your browser does not let extensions read this page.'),
    );
  });
});

describe('the export reminder', () => {
  const DAY = 24 * 60 * 60 * 1000;

  test('asks for an export once the library has gone unexported too long, and can wait', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), Date.now() - 40 * DAY);
    const a = actions();
    a.reminder.state = vi.fn(async () => ({ days: 30, lastExportAt: null, snoozedAt: null }));
    await mount(<App db={db} actions={a} />);
    await vi.waitFor(() =>
      expect(root.textContent).toContain('You have not exported your library yet.'),
    );
    const later = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Later');
    await act(() => later?.click());
    expect(a.reminder.snooze).toHaveBeenCalledOnce();
    expect(root.textContent).not.toContain('Keep a copy of your library');
  });

  test('stays quiet after a recent export, when switched off, or for an empty library', () => {
    const now = 100 * DAY;
    const state = { days: 30, lastExportAt: now - 10 * DAY, snoozedAt: null };
    expect(exportDue(state, 0, now)).toBe(false);
    expect(exportDue({ ...state, lastExportAt: now - 31 * DAY }, 0, now)).toBe(true);
    expect(exportDue({ ...state, days: 0, lastExportAt: null }, 0, now)).toBe(false);
    expect(exportDue({ ...state, lastExportAt: null }, null, now)).toBe(false);
    // "Later" waits a week (or the whole period, if shorter), then asks again.
    const snoozed = { ...state, lastExportAt: null, snoozedAt: now - 6 * DAY };
    expect(exportDue(snoozed, 0, now)).toBe(false);
    expect(exportDue({ ...snoozed, snoozedAt: now - 8 * DAY }, 0, now)).toBe(true);
  });
});

describe('managing series and parts', () => {
  async function journey() {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), 1000);
    await recordPart(db, report(2, 'reading', { siblings }), 2000);
    const acts = actions();
    await mount(<App db={db} actions={acts} />);
    await vi.waitFor(() => expect(root.querySelectorAll('.part__link')).toHaveLength(5));
    return acts;
  }
  const byLabel = (label: string) =>
    root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  const byText = (text: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);
  const type = async (input: HTMLInputElement | null, value: string) =>
    act(() => {
      input!.value = value;
      input!.dispatchEvent(new Event('input', { bubbles: true }));
    });

  test('a part not yet opened can be marked read', async () => {
    const acts = await journey();
    await act(() => byLabel('Mark Journey to the Cloud - 4 as read')?.click());
    expect(acts.mark).toHaveBeenCalledWith(expect.any(String), true);
  });

  test('removing a part asks first, naming what goes; Cancel keeps it', async () => {
    const acts = await journey();
    await act(() => byLabel('Manage Journey to the Cloud - 3')?.click());
    await act(() => byText('Remove from library')?.click());
    const question = root.querySelector('[role="alertdialog"]');
    expect(question?.textContent).toContain(
      'Remove “Journey to the Cloud - 3” from your library? Its note, bookmark and offline copy go too',
    );
    await act(() => byText('Cancel')?.click());
    expect(acts.manage.removeParts).not.toHaveBeenCalled();
    await act(() => byText('Remove from library')?.click());
    await act(() => byText('Remove from library')?.click());
    expect(acts.manage.removeParts).toHaveBeenCalledTimes(1);
  });

  test('a part number out of range is refused with a message; a good one is set', async () => {
    const acts = await journey();
    await act(() => byLabel('Manage Journey to the Cloud - 3')?.click());
    const number = root.querySelector<HTMLInputElement>('input[type="number"]');
    expect(number?.value).toBe('3');
    await type(number, '0');
    await act(() => byText('Set')?.click());
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(
      /^A part number is a whole number from 1 to 10,000/,
    );
    expect(number?.getAttribute('aria-invalid')).toBe('true');
    expect(acts.manage.renumber).not.toHaveBeenCalled();
    await type(number, '7');
    await act(() => byText('Set')?.click());
    expect(acts.manage.renumber).toHaveBeenCalledWith(expect.any(String), 7);
  });

  test('a series is renamed, or removed after a question that counts its parts', async () => {
    const acts = await journey();
    await act(() => byLabel('Manage the series Journey to the Cloud')?.click());
    await type(
      root.querySelector<HTMLInputElement>('.manage input[type="text"]'),
      'Our cloud move',
    );
    await act(() => byText('Rename')?.click());
    expect(acts.manage.rename).toHaveBeenCalledWith(expect.any(String), 'Our cloud move');
    await act(() => byLabel('Manage the series Journey to the Cloud')?.click());
    await act(() => byText('Remove series')?.click());
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Remove “Journey to the Cloud” (5 parts) from your library?',
    );
    await act(() => byText('Remove series')?.click());
    expect(acts.manage.removeSeries).toHaveBeenCalledTimes(1);
  });
});

describe('a note being written', () => {
  test('survives the popup closing: the draft comes back open, and goes once saved', async () => {
    const db = freshDb();
    const ref = await recordPart(db, report(1, 'read'), 1000);
    const kept = new Map<string, string>([[`part:${ref!.partId}`, 'Half a thought']]);
    const acts = actions();
    acts.drafts = {
      read: vi.fn(async (key: string) => kept.get(key) ?? null),
      write: vi.fn((key: string, text: string | null) => {
        if (text === null) kept.delete(key);
        else kept.set(key, text);
      }),
    };
    await mount(<App db={db} actions={acts} />);
    const box = await vi.waitFor(() => {
      const found = root.querySelector<HTMLTextAreaElement>('textarea');
      if (!found) throw new Error('no editor yet');
      return found;
    });
    expect(box.value).toBe('Half a thought');
    await act(() => {
      box.value = 'Half a thought, finished';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(kept.get(`part:${ref!.partId}`)).toBe('Half a thought, finished');
    await act(() => box.form?.requestSubmit());
    expect(acts.setNote).toHaveBeenCalledWith('part', ref!.partId, 'Half a thought, finished');
    expect(kept.size).toBe(0);
  });
});

describe('search', () => {
  async function twoSeries() {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), 1000);
    const ref = await recordPart(db, report(2, 'reading', { siblings }), 2000);
    await recordPart(
      db,
      {
        ...report(
          3,
          'read',
          { seriesKey: 'weeknotes|', seriesTitle: 'Weeknotes', author: null, platform: 'linkedin' },
          'https://www.linkedin.com/pulse/weeknotes-3',
        ),
        title: 'Weeknotes 3',
      },
      500,
    );
    await db.notes.put({ id: `part:${ref!.partId}`, text: 'the inventory columns', updatedAt: 1 });
    await db.bookmarks.put({ partId: ref!.partId, createdAt: 1 });
    return db;
  }
  const titles = () => [...root.querySelectorAll('article.series h2')].map((h) => h.textContent);
  const marked = () =>
    [...root.querySelectorAll('.part-entry--match .part__link')].map((a) =>
      a.firstChild?.textContent?.trim(),
    );
  const search = async (text: string) =>
    act(() => {
      const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });

  test.each([
    ['cloud 3', ['Journey to the Cloud'], ['Journey to the Cloud - 3']],
    ['3 CLOUD', ['Journey to the Cloud'], ['Journey to the Cloud - 3']],
    ['Part 3', ['Journey to the Cloud', 'Weeknotes'], ['Journey to the Cloud - 3', 'Weeknotes 3']],
    ['okafor', ['Journey to the Cloud'], []],
    ['linkedin', ['Weeknotes'], []],
    ['inventory', ['Journey to the Cloud'], ['Journey to the Cloud - 2']],
    ['cloud 2013', [], []],
  ])('"%s" finds %j and marks %j', async (query, series, parts) => {
    await mount(<App db={await twoSeries()} actions={actions()} />);
    await vi.waitFor(() => expect(titles()).toHaveLength(2));
    await search(query);
    await vi.waitFor(() => expect(titles()).toEqual(series));
    expect(marked()).toEqual(parts);
  });

  test('Bookmarked lists the bookmarked parts, not their whole series', async () => {
    await mount(<App db={await twoSeries()} actions={actions()} />);
    await vi.waitFor(() => expect(titles()).toHaveLength(2));
    await act(() =>
      [...root.querySelectorAll<HTMLButtonElement>('.filters button')]
        .find((b) => b.textContent === 'Bookmarked')
        ?.click(),
    );
    await vi.waitFor(() => expect(titles()).toEqual(['Journey to the Cloud']));
    expect([...root.querySelectorAll('.part__link')].map((a) => a.textContent)).toEqual([
      'Journey to the Cloud - 2',
    ]);
  });
});

describe('time left', () => {
  test('a part shows its reading time, a series what is left of it, estimated where unknown', async () => {
    const db = freshDb();
    await recordPart(db, { ...report(1, 'read'), words: 2300 }, 1000);
    await recordPart(
      db,
      { ...report(2, 'reading', { siblings }), words: 1610, progress: { furthest: 0, last: 0 } },
      2000,
    );
    await mount(<App db={db} actions={actions()} />);
    await vi.waitFor(() => expect(root.querySelectorAll('.part__link')).toHaveLength(5));
    expect(root.querySelectorAll('.part__status')[1]?.textContent).toBe('◔ Started · 7 min');
    // Part 2's 7 minutes, and parts 3 to 5 taken as long as the average (1,955 words each).
    expect(root.querySelector('.series__left')?.textContent).toBe(' · 4 parts left · about 33 min');
  });
});

describe('deleting offline copies', () => {
  test('a part’s copy and a series’ copies are deleted only once the reader confirms', async () => {
    const db = freshDb();
    const ref = await recordPart(db, report(1, 'read'), 1000);
    await db.parts.update(ref!.partId, {
      offline: { bytes: 2048, savedAt: 1, images: 0, dropped: 0 },
    });
    const a = actions();
    await mount(<App db={db} actions={a} mode="tab" />);
    const byLabel = (label: string) =>
      root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
    const byText = (text: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);
    await vi.waitFor(() =>
      expect(byLabel('Delete the offline copy of Journey to the Cloud - 1')).not.toBeNull(),
    );
    await act(() => byLabel('Delete the offline copy of Journey to the Cloud - 1')?.click());
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Delete the offline copy of “Journey to the Cloud - 1”? The part stays in your library.',
    );
    expect(a.deleteCopies).not.toHaveBeenCalled();
    await act(() => byText('Delete offline copy')?.click());
    expect(a.deleteCopies).toHaveBeenCalledWith({ scope: 'part', partId: ref!.partId });

    await act(() => byText('Delete copies')?.click());
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Delete the 1 offline copy of “Journey to the Cloud”?',
    );
    await act(() => byText('Cancel')?.click());
    expect(a.deleteCopies).toHaveBeenCalledTimes(1);
  });
});
