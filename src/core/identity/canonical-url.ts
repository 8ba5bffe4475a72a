const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|trk|trackingId)$/i;
// Liferay's query-string form names the entry in a parameter ending in "entryId"; the rest
// (portlet ids, lifecycle, state) varies between links to the same entry.
const LIFERAY_ENTRY = /entryId$/i;

/**
 * The form of a URL under which a part is stored: no fragment, no tracking parameters, no
 * trailing slash; for Liferay, only the entryId parameter. "www." stays: it is also the
 * address the popup opens, and some sites serve only one of the two. Null for anything that
 * is not http(s).
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
  // forEach, not the iterator: in a Firefox content script, a URLSearchParams iterator is not
  // iterable from the script's sandbox ("keys() is not iterable"), and detection stopped there.
  const names: string[] = [];
  url.searchParams.forEach((_, name) => names.push(name));
  const entry = names.find((name) => LIFERAY_ENTRY.test(name));
  for (const name of names) {
    if (TRACKING_PARAMS.test(name) || (entry && name !== entry)) url.searchParams.delete(name);
  }
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '');
  }
  return url.toString();
}

/**
 * The page's own URL for the library: its rel=canonical when that is on the same site (a
 * canonical pointing elsewhere is a syndication claim we cannot check), else the address.
 */
export function pageUrl(address: string, canonical: string | null): string {
  const own = canonicalUrl(address) ?? address;
  if (!canonical) return own;
  const claimed = canonicalUrl(canonical, address);
  return claimed && new URL(claimed).hostname === new URL(own).hostname ? claimed : own;
}
