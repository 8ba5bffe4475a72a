import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { collectFacts } from '../../src/core/detect';
import { khubPage } from './demo-pages';
import { report } from './fixtures';

// The real background entry, router, handlers, repository and badge code, on fake-indexeddb
// and an in-memory browser whose runtime, storage and action behave like the real ones.
// The few APIs the fake leaves unmocked are replaced with spies that record their calls.
const sentToTabs: [number, unknown][] = [];
const menus: unknown[] = [];

function listenable() {
  const listeners: ((...args: unknown[]) => unknown)[] = [];
  return {
    addListener: (l: (...args: unknown[]) => unknown) => void listeners.push(l),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

vi.mock('../../src/platform/browser', () => ({ browser: fakeBrowser, send: vi.fn() }));

const clicked = listenable();
const commanded = listenable();
Object.assign(fakeBrowser.commands, { onCommand: commanded });
Object.assign(fakeBrowser.contextMenus, {
  create: (props: unknown) => void menus.push(props),
  update: async () => undefined,
  onClicked: clicked,
});
Object.assign(fakeBrowser.tabs, {
  sendMessage: async (tabId: number, message: unknown) => void sentToTabs.push([tabId, message]),
});
// No sites beyond the supported platforms are granted here.
Object.assign(fakeBrowser.permissions, {
  getAll: async () => ({ origins: ['https://khub.net/*'], permissions: [] }),
  contains: async ({ origins }: { origins: string[] }) =>
    origins.every((o) => o.startsWith('https://khub.net/')),
  onAdded: { addListener: () => undefined },
  onRemoved: { addListener: () => undefined },
});
Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: async () => [] });
Object.assign(fakeBrowser.runtime, {
  getURL: (path: string) => `chrome-extension://test-id/${path}`,
  getManifest: () => ({
    host_permissions: ['https://khub.net/*'],
    content_scripts: [{ matches: ['https://khub.net/*'] }],
  }),
});

const KHUB = 'https://khub.net/web/digital-leaders/-/blogs/journey-to-the-cloud';

async function deliver(message: unknown, sender: object): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return reply;
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('the background, end to end in memory', () => {
  beforeAll(async () => {
    await import('../../background/index');
  });

  test('a report from a tab is stored and badges that tab', async () => {
    const reply = await deliver(
      { type: 'part/report', payload: report(1, 'read') },
      { tab: { id: 7 }, url: `${KHUB}-1` },
    );
    expect(reply).toMatchObject({ ok: true, value: { seriesId: expect.any(String) } });
    expect(await badge(7)).toBe('1/1');
  });

  test('a report from a page Instalments has no access to is not recorded, unless the reader asked there', async () => {
    const blog = 'https://blog.example.org/weeknotes-1';
    const fromBlog = { tab: { id: 12 }, url: blog };
    const payload = report(1, 'read', { seriesKey: 'weeknotes' }, blog);
    expect(await deliver({ type: 'part/report', payload }, fromBlog)).toEqual({
      ok: true,
      value: null,
    });
    expect(await badge(12)).toBe('');
    // "Check this page for a series" in that tab: its reports count until it loads another page.
    await fakeBrowser.storage.session.set({ 'checked-tab:12': true });
    expect(await deliver({ type: 'part/report', payload }, fromBlog)).toMatchObject({
      ok: true,
      value: { seriesId: expect.any(String) },
    });
    await fakeBrowser.tabs.onUpdated.trigger(12, { status: 'loading', url: blog }, {} as never);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('checked-tab:12')).toEqual({}),
    );
  });

  test('a page may only report itself: a Knowledge Hub tab reporting a LinkedIn article is not recorded', async () => {
    const { db } = await import('../../background/index');
    const url = 'https://www.linkedin.com/pulse/journey-cloud-9';
    expect(
      await deliver(
        { type: 'part/report', payload: report(9, 'read', {}, url) },
        { tab: { id: 14 }, url: `${KHUB}-9` },
      ),
    ).toEqual({ ok: true, value: null });
    expect(await db.parts.where('urls').equals(url).count()).toBe(0);
  });

  test('a report in another tab re-badges every tab showing the series', async () => {
    const siblings = [{ url: `${KHUB}-3`, title: 'Journey to the Cloud - 3', part: 3 }];
    await deliver(
      { type: 'part/report', payload: report(2, 'read', { siblings }) },
      { tab: { id: 8 }, url: `${KHUB}-2` },
    );
    expect(await badge(8)).toBe('2/3');
    expect(await badge(7)).toBe('2/3');
  });

  test('a page that changes by history.pushState loses its badge and is asked to detect again', async () => {
    await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger({
      tabId: 7,
      frameId: 0,
    } as never);
    await vi.waitFor(() => expect(sentToTabs).toContainEqual([7, { type: 'content/rescan' }]));
    expect(await badge(7)).toBe('');
  });

  test('the Track menu item asks the page’s content script to track it', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(menus).toContainEqual(
      expect.objectContaining({ title: 'Track this page as part of a series' }),
    );
    await clicked.trigger({ menuItemId: 'track-page' }, { id: 9 });
    expect(sentToTabs).toContainEqual([9, { type: 'content/track' }]);
  });

  test('the bookmark shortcut toggles the bookmark of the part in the active tab', async () => {
    const { db } = await import('../../background/index');
    const part = await db.parts.where('urls').equals(`${KHUB}-2`).first();
    await commanded.trigger('toggle-bookmark', { id: 8 });
    await vi.waitFor(async () => expect(await db.bookmarks.get(part?.id ?? '')).toBeDefined());
    await commanded.trigger('toggle-bookmark', { id: 8 });
    await vi.waitFor(async () => expect(await db.bookmarks.get(part?.id ?? '')).toBeUndefined());
  });

  test('the page menu bookmarks the part the tab shows', async () => {
    const { db } = await import('../../background/index');
    const part = await db.parts.where('urls').equals(`${KHUB}-2`).first();
    await clicked.trigger({ menuItemId: 'bookmark-part' }, { id: 8 });
    await vi.waitFor(async () => expect(await db.bookmarks.get(part?.id ?? '')).toBeDefined());
  });

  test('messages that are not ours are left alone, hostile ones refused with a reason', async () => {
    expect(await deliver({ type: 'someone/else' }, { tab: { id: 7 } })).toBeUndefined();
    const hostile = { ...report(1), url: 'javascript:alert(1)' };
    expect(
      await deliver({ type: 'part/report', payload: hostile }, { tab: { id: 7 } }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('http(s)'),
    });
  });

  test('a tab asks whether its page is a part: the background weighs the facts the page showed', async () => {
    const asked = (facts: unknown, track = false, tabId = 21) =>
      deliver({ type: 'page/detect', payload: { facts, track } }, { tab: { id: tabId } });
    const part = khubPage('journey-to-the-cloud-2');
    expect(await asked(collectFacts(part.doc, part.url))).toMatchObject({
      ok: true,
      value: {
        title: 'Journey to the Cloud - 2',
        detection: { seriesTitle: 'Journey to the Cloud', part: 2, platform: 'khub' },
      },
    });
    // Answering records nothing: the tab is not badged until its reader reads.
    expect(await badge(21)).toBe('');

    const other = khubPage('running-accessible-online-consultations');
    const facts = collectFacts(other.doc, other.url);
    expect(await asked(facts)).toEqual({ ok: true, value: null });
    // "Track this page" makes it the first known part of a series named by its own title.
    expect(await asked(facts, true)).toMatchObject({
      ok: true,
      value: { detection: { seriesTitle: 'Running accessible online consultations', part: null } },
    });
  });

  test('page facts are checked at the door: cut to the limits, refused when malformed', async () => {
    const asked = (facts: unknown, sender: object = { tab: { id: 22 } }) =>
      deliver({ type: 'page/detect', payload: { facts, track: false } }, sender);
    const { doc, url } = khubPage('journey-to-the-cloud-2');
    const facts = collectFacts(doc, url);
    // A heading longer than any limit is cut, not refused: the page still gets an answer.
    const huge = {
      ...facts,
      titles: [`${'Journey '.repeat(20_000)}- 2`],
      bodyText: 'x'.repeat(1e6),
    };
    expect(await asked(huge)).toMatchObject({ ok: true });
    for (const bad of [
      { ...facts, url: 'javascript:alert(1)' },
      { ...facts, links: 'everything' },
      { ...facts, extra: true },
      null,
    ]) {
      expect(await asked(bad)).toMatchObject({ ok: false });
    }
    // Only a tab's content script asks this.
    expect(
      await asked(facts, { url: 'chrome-extension://test-id/popup/index.html' }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('not accepted') });
  });

  test('an extension page can untrack a page; a content script cannot', async () => {
    const untrack = { type: 'page/untrack', payload: { url: `${KHUB}-1` } };
    expect(await deliver(untrack, { tab: { id: 7 }, url: `${KHUB}-1` })).toMatchObject({
      ok: false,
    });
    expect(await deliver(untrack, { url: 'chrome-extension://test-id/popup/index.html' })).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await deliver({ type: 'part/report', payload: report(1, 'read') }, { tab: { id: 7 } }),
    ).toEqual({ ok: true, value: null });
  });
});

describe('"Delete everything" against tabs that are still open', () => {
  const fromPage = { url: 'chrome-extension://test-id/options/index.html' };
  const wipe = () => deliver({ type: 'library/wipe', payload: {} }, fromPage);
  const reportFrom = (tabId: number, part: number, epoch: number) =>
    deliver(
      { type: 'part/report', payload: { ...report(part, 'read'), epoch } },
      { tab: { id: tabId }, url: `${KHUB}-${part}` },
    );
  const seriesCount = async () => (await import('../../background/index')).db.series.count();
  const epochNow = async () =>
    ((await fakeBrowser.storage.local.get('library-epoch'))['library-epoch'] as number) ?? 0;

  beforeAll(async () => {
    await import('../../background/index');
  });

  // Part 1 was untracked above; these parts are new.
  test('a report sent from before the wipe is refused, even one that arrives with it', async () => {
    const before = await epochNow();
    expect(await reportFrom(7, 5, before)).toMatchObject({
      ok: true,
      value: { partId: expect.any(String) },
    });
    // Reports on their way while the wipe runs: each is either wiped with the library or refused.
    const racing = [reportFrom(7, 6, before), wipe(), reportFrom(8, 7, before)];
    expect(await Promise.all(racing)).toContainEqual({ ok: true, value: null });
    expect(await reportFrom(7, 8, before)).toEqual({ ok: true, value: null });
    expect(await seriesCount()).toBe(0);
    expect(await badge(7)).toBe('');
    // The epoch outlives the wipe of storage; a page loaded afterwards is tracked again.
    const after = await epochNow();
    expect(after).toBeGreaterThan(before);
    expect(await reportFrom(7, 5, after)).toMatchObject({
      ok: true,
      value: { partId: expect.any(String) },
    });
    expect(await seriesCount()).toBe(1);
  });
});
