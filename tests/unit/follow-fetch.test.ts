import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchSource } from '../../background/follow/fetch-source';

const FEED = 'https://khub.net/web/digital-leaders/-/blogs/rss';
const none = { etag: null, lastModified: null };

/** What fetch resolves to, as far as fetchSource reads it. */
function answer(
  status: number,
  body: string | Uint8Array[],
  { url = FEED, type = 'application/rss+xml', headers = {} as Record<string, string> } = {},
) {
  const chunks = typeof body === 'string' ? [new TextEncoder().encode(body)] : body;
  const all = new Headers({ 'content-type': type, ...headers });
  return {
    status,
    ok: status >= 200 && status < 300,
    url,
    headers: all,
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    }),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('asking a followed series’ site', () => {
  test('sends the validators it was given; 304 is "nothing new"; cookies go with it', async () => {
    const fetch = vi.fn(async () => answer(304, ''));
    vi.stubGlobal('fetch', fetch);
    expect(
      await fetchSource(FEED, { etag: '"v1"', lastModified: 'Fri, 04 Dec 2026 09:00:00 GMT' }),
    ).toEqual({
      kind: 'not-modified',
    });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Fri, 04 Dec 2026 09:00:00 GMT',
    });
    expect(init.credentials).toBe('include');
  });

  test('a redirect to another site is not read', async () => {
    vi.stubGlobal('fetch', async () => answer(200, '<rss/>', { url: 'https://evil.example/rss' }));
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'error' });
    vi.stubGlobal('fetch', async () => answer(200, '<rss/>', { url: 'http://127.0.0.1/rss' }));
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'error' });
  });

  test('a time-out or a network failure is an error to retry, not a crash', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    });
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'error' });
  });

  test('429 and 503 carry Retry-After; 404 means the feed is gone', async () => {
    vi.stubGlobal('fetch', async () => answer(503, '', { headers: { 'retry-after': '3600' } }));
    expect(await fetchSource(FEED, none, 0)).toMatchObject({
      kind: 'error',
      status: 503,
      retryAfterMs: 3_600_000,
    });
    vi.stubGlobal('fetch', async () => answer(404, 'Not found', { type: 'text/html' }));
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'error', status: 404, gone: true });
  });

  test('an answer past the size limit is dropped while it streams, not read whole', async () => {
    const mb = new Uint8Array(1024 * 1024).fill(65);
    const chunks = Array.from({ length: 50 }, () => mb);
    vi.stubGlobal('fetch', async () => answer(200, chunks));
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'error', gone: true });
    // It stopped reading after the limit: most of the 50 MB was never pulled.
    expect(chunks.length).toBeGreaterThan(40);
  });

  test('a feed and a page are told apart by their type; anything else is not read', async () => {
    vi.stubGlobal('fetch', async () => answer(200, '<rss/>', { headers: { etag: '"v2"' } }));
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'ok', type: 'feed', etag: '"v2"' });
    vi.stubGlobal('fetch', async () => answer(200, '<html></html>', { type: 'text/html' }));
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'ok', type: 'page' });
    vi.stubGlobal('fetch', async () => answer(200, 'PK', { type: 'application/zip' }));
    expect(await fetchSource(FEED, none)).toMatchObject({ kind: 'error' });
  });
});
