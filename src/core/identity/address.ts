/**
 * Which site an address belongs to, and which addresses Instalments may ever request. A page
 * speaks only for itself: what it links to is kept only on its own site, and the background
 * fetches nothing a page could aim at the reader's own machine or network.
 */

function httpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The host without a leading "www.", lower case; null for what is not an http(s) address. */
export function siteOf(url: string): string | null {
  return (
    httpUrl(url)
      ?.hostname.toLowerCase()
      .replace(/^www\./, '') ?? null
  );
}

export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}

// Names that only resolve inside a network: the machine itself, mDNS, and the suffixes
// organisations and home routers use.
const INTERNAL_NAMES =
  /(?:^|\.)(?:localhost|local|localdomain|internal|intranet|corp|lan|home|home\.arpa)$/i;

function privateIPv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast and reserved
  );
}

function privateIPv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const ip = host.slice(1, -1).toLowerCase();
  return (
    ip === '::' ||
    ip === '::1' ||
    /^f[cd]/.test(ip) || // unique local
    /^fe[89ab]/.test(ip) || // link-local
    /^::ffff:/.test(ip) // IPv4-mapped: judged as IPv4 would be, so refused outright
  );
}

/**
 * An address on the public web: http(s), a dotted host name that is not internal, or a
 * public IP address. What a hostile page can plant (loopback, the reader's intranet, their
 * router) is refused. A public name that resolves to a private address is beyond what an
 * extension can see before it asks; the browser's own protections apply there.
 */
export function isPublicWebAddress(url: string): boolean {
  const parsed = httpUrl(url);
  if (!parsed || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  // A single-label name ("intranet", "payroll") is resolved by the local network.
  if (!host.includes('.')) return host.startsWith('[') && !privateIPv6(host);
  return !INTERNAL_NAMES.test(host) && !privateIPv4(host) && !privateIPv6(host);
}
