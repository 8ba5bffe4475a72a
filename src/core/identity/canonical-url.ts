const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The form of a URL under which a part is stored: no fragment, no tracking parameters, no
 * trailing slash. Returns null for anything that is not http(s).
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  }
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '');
  }
  return url.toString();
}
