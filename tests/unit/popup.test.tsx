// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { recordPart } from '../../src/db/repository';
import { App } from '../../popup/app';
import { freshDb, report } from './fixtures';

let root: HTMLElement;

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
    await mount(<App db={freshDb()} />);
    await vi.waitFor(() => expect(root.textContent).toContain('No series yet'));
    expect(progressbar()).toBeNull();
  });

  test('shows each series with an accessible progress bar and "N of M read"', async () => {
    const db = freshDb();
    const siblings = [3, 4, 5].map((n) => ({
      url: `https://khub.net/j-${n}`,
      title: `Journey to the Cloud - ${n}`,
      part: n,
    }));
    await recordPart(db, report(1, 'read'), 1000);
    await recordPart(db, report(2, 'read', { siblings }), 2000);
    await mount(<App db={db} />);
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
    await mount(<App db={db} />);
    await vi.waitFor(() => expect(root.textContent).toContain('1 of 1 read'));
    await act(async () => {
      await recordPart(db, report(2, 'read'), 2000);
    });
    await vi.waitFor(() => expect(root.textContent).toContain('2 of 2 read'));
  });

  test('renders page-supplied titles as text, never as markup', async () => {
    const db = freshDb();
    const hostile = '<img src=x onerror="alert(1)">Journey';
    await recordPart(db, { ...report(1), title: hostile }, 1000);
    await mount(<App db={db} />);
    await vi.waitFor(() => expect(root.textContent).toContain(hostile));
    expect(root.querySelector('img[onerror]')).toBeNull();
  });
});
