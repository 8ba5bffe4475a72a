import { capturedFrom, type CapturedPart } from '../../src/core/offline/captured';
import { collectImages, type CopyLimits } from '../../src/core/offline/images';
import { fetchImageBytes } from '../../src/platform/fetch-image';
import { parseFetchedPage } from '../../src/platform/parse-page';
import { t } from '../../src/core/i18n';
import { isPublicWebAddress, sameSite } from '../../src/core/identity/address';
import { ImageRefused } from '../../src/core/offline/images';

export type Fetched =
  | { kind: 'captured'; part: CapturedPart; url: string }
  /** The site wants a login the background cannot use: the reader must open the part. */
  | { kind: 'login' }
  | { kind: 'failed'; reason: string };

const MAX_PAGE_CHARS = 5_000_000;
// Where sites send a visitor who is not signed in (Liferay's /c/portal/login, LinkedIn's
// /authwall, and the usual words).
const LOGIN_PATH =
  /(?:^|\/)(?:login|signin|sign-in|sign_in|authwall|auth|sso|checkpoint)(?:\/|$|\?)/i;

/**
 * Fetches a part the reader has not got open, with the browser's cookies for its site, and
 * extracts it. Used by "Save all" and by Save for a part in no open tab.
 */
export async function fetchPart(url: string, limits: CopyLimits): Promise<Fetched> {
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'include',
      redirect: 'follow',
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return { kind: 'failed', reason: t('fetchUnreachable', host) };
  }
  if (response.status === 401 || response.status === 403) return { kind: 'login' };
  if (response.redirected && LOGIN_PATH.test(new URL(response.url).pathname)) {
    return { kind: 'login' };
  }
  if (!response.ok) return { kind: 'failed', reason: t('fetchStatus', host, response.status) };
  // A redirect has already been followed; what it led to is still not kept unless it stayed.
  if (!sameSite(response.url, url) || !isPublicWebAddress(response.url)) {
    return { kind: 'failed', reason: t('fetchRedirectedAway', host) };
  }
  if (!/html/i.test(response.headers.get('content-type') ?? '')) {
    return { kind: 'failed', reason: t('fetchNotAPage') };
  }
  const html = await response.text();
  if (html.length > MAX_PAGE_CHARS) return { kind: 'failed', reason: t('fetchTooLarge') };
  const { article, login } = await parseFetchedPage(html, response.url);
  if (login) return { kind: 'login' };
  if (!article) return { kind: 'failed', reason: t('fetchNoArticle') };
  const { images, dropped } = await collectImages(
    article.images,
    article.html.length,
    limits,
    // Cookies go only to the part's own site; nothing goes to the reader's own network.
    (image, max) =>
      isPublicWebAddress(image)
        ? fetchImageBytes(image, max, { credentials: sameSite(image, url) ? 'include' : 'omit' })
        : Promise.reject(new ImageRefused(t('imageNotPublic'))),
  );
  return { kind: 'captured', part: capturedFrom(article, images, dropped), url: response.url };
}
