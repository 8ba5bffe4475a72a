import { MAX_FEED_CHARS } from '../../src/core/follow/feed';
import { retryAfter } from '../../src/core/follow/schedule';
import { t } from '../../src/core/i18n';
import { isPublicWebAddress, sameSite } from '../../src/core/identity/address';
import type { Fetched } from './service';

const FEED_TYPE = /xml|rss|atom/i;
const PAGE_TYPE = /html/i;

/** Reads at most `max` bytes of a body, then gives up on it (null). */
async function boundedText(response: Response, max: number): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * One conditional GET of a followed series' feed or page. Cookies go with it (a members-only
 * group's feed needs them), which is why the address is always on the site the series was
 * read on; a redirect elsewhere is not followed up.
 */
export async function fetchSource(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  now = Date.now(),
): Promise<Fetched> {
  const host = new URL(url).host;
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      credentials: 'include',
      redirect: 'follow',
      cache: 'no-cache',
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    return { kind: 'error', reason: t('followUnreachable', host) };
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (!sameSite(response.url, url) || !isPublicWebAddress(response.url)) {
    return { kind: 'error', reason: t('fetchRedirectedAway', host) };
  }
  if (!response.ok) {
    return {
      kind: 'error',
      status: response.status,
      reason: t('followStatus', host, response.status),
      retryAfterMs:
        response.status === 429 || response.status === 503
          ? retryAfter(response.headers.get('retry-after'), now)
          : null,
      gone: response.status === 404 || response.status === 410,
    };
  }
  const contentType = response.headers.get('content-type') ?? '';
  const type = FEED_TYPE.test(contentType) ? 'feed' : PAGE_TYPE.test(contentType) ? 'page' : null;
  if (!type) return { kind: 'error', reason: t('followNotAFeed'), gone: true };
  const text = await boundedText(response, MAX_FEED_CHARS);
  if (text === null) return { kind: 'error', reason: t('followTooLarge'), gone: true };
  return {
    kind: 'ok',
    text,
    url: response.url,
    type,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}
