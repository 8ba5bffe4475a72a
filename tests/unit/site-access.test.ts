import { beforeEach, describe, expect, test, vi } from 'vitest';

/**
 * The browser's permissions and registered scripts, in memory, behaving as Chrome's do:
 * granted origins are listed both as the manifest wrote them and as whole hosts.
 */
const state = {
  origins: [] as string[],
  scripts: [] as { id: string; js?: string[]; matches?: string[]; excludeMatches?: string[] }[],
  tabs: [] as { id: number; url: string }[],
};
const fake = {
  runtime: {
    getManifest: () => ({
      host_permissions: ['https://khub.net/*', 'https://www.linkedin.com/pulse/*'],
      content_scripts: [{ js: ['content/index.js'], matches: ['https://khub.net/*'] }],
    }),
  },
  permissions: {
    getAll: async () => ({ origins: [...state.origins] }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      state.origins = state.origins.filter((o) => !origins.includes(o));
      return true;
    }),
  },
  tabs: {
    query: vi.fn(async ({ url }: { url: string[] }) =>
      state.tabs.filter((tab) =>
        url.some((p) =>
          new RegExp(`^${p.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(tab.url),
        ),
      ),
    ),
  },
  scripting: {
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 99) throw new Error('Cannot access a chrome:// URL');
      return [];
    }),
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      state.scripts.filter((s) => ids.includes(s.id)),
    registerContentScripts: vi.fn(async (scripts: (typeof state.scripts)[number][]) => {
      for (const s of scripts) {
        if (state.scripts.some((r) => r.id === s.id))
          throw new Error(`Duplicate script ID '${s.id}'`);
        state.scripts.push(s);
      }
    }),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      state.scripts = state.scripts.filter((s) => !ids.includes(s.id));
    },
  },
};
vi.mock('../../src/platform/browser', () => ({ browser: fake }));

const { siteAccess, syncSiteScripts } = await import('../../src/platform/site-access');

const PLATFORMS = [
  'https://khub.net/*',
  'https://www.linkedin.com/*',
  'https://www.linkedin.com/pulse/*',
];
const allowed = async () => true;
const forbidden = async () => false;

beforeEach(() => {
  state.origins = [...PLATFORMS];
  state.scripts = [];
  state.tabs = [];
  vi.clearAllMocks();
});

describe('sites beyond the supported platforms', () => {
  test('the platforms’ own hosts are never listed as sites the reader remembered', async () => {
    expect(await siteAccess()).toEqual({ anySite: false, sites: [] });
    state.origins.push('https://blog.example.org/*', 'http://weeknotes.example/*');
    expect(await siteAccess()).toEqual({
      anySite: false,
      sites: ['http://weeknotes.example', 'https://blog.example.org'],
    });
    state.origins.push('*://*/*');
    expect((await siteAccess()).anySite).toBe(true);
  });

  test('one registered script follows what is granted, from the extension’s root', async () => {
    await syncSiteScripts(allowed);
    expect(state.scripts).toEqual([]);
    state.origins.push('https://blog.example.org/*');
    await syncSiteScripts(allowed);
    expect(state.scripts).toEqual([
      expect.objectContaining({
        js: ['/content/index.js'],
        matches: ['https://blog.example.org/*'],
        excludeMatches: ['https://khub.net/*', 'https://www.linkedin.com/pulse/*'],
      }),
    ]);
    state.origins.push('*://*/*');
    await syncSiteScripts(allowed);
    expect(state.scripts.map((s) => s.matches)).toEqual([['https://*/*', 'http://*/*']]);
    state.origins = [...PLATFORMS];
    await syncSiteScripts(allowed);
    expect(state.scripts).toEqual([]);
  });

  test('a newly granted site starts in the tabs already open on it, without a reload', async () => {
    state.tabs = [
      { id: 1, url: 'https://blog.example.org/2026/weeknotes-3/' },
      { id: 2, url: 'https://elsewhere.example/' },
      { id: 99, url: 'https://blog.example.org/blocked' },
    ];
    state.origins.push('https://blog.example.org/*');
    await syncSiteScripts(allowed);
    const started = fake.scripting.executeScript.mock.calls.map(([call]) => call.target.tabId);
    expect(started.sort()).toEqual([1, 99]);
    // Nothing new granted: nothing started again.
    await syncSiteScripts(allowed);
    expect(fake.scripting.executeScript).toHaveBeenCalledTimes(2);
  });

  test('wakes that overlap do not register the script twice', async () => {
    state.origins.push('*://*/*');
    await Promise.all([
      syncSiteScripts(allowed),
      syncSiteScripts(allowed),
      syncSiteScripts(allowed),
    ]);
    expect(state.scripts).toHaveLength(1);
    expect(fake.scripting.registerContentScripts).toHaveBeenCalledOnce();
  });

  test('an organisation that says no gets every such permission given back', async () => {
    state.origins.push('*://*/*', 'https://blog.example.org/*');
    await syncSiteScripts(allowed);
    await syncSiteScripts(forbidden);
    expect(fake.permissions.remove).toHaveBeenCalledWith({
      origins: ['*://*/*', 'https://blog.example.org/*'],
    });
    expect(state.origins).toEqual(PLATFORMS);
    expect(state.scripts).toEqual([]);
  });
});
