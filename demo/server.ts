import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { COPYCAT_PATH, copycatArticle, plantable } from './copycat';
import { HOSTILE_PATH, hostilePage } from './hostile';
import {
  FEED_PATH,
  GROUP_PATH,
  KHUB_HOST,
  khubEntry,
  khubFeed,
  khubListing,
  LOGIN_PATH,
  loginPage,
  PUBLISH_PATH,
} from './khub';
import { LINKEDIN_HOST, linkedinArticle } from './linkedin';
import { WEEKNOTES_HOST, weeknotePage, weeknotePath, weeknotes } from './weeknotes';
import { posts, ROADMAP_IMAGE, type Post } from './posts';

/** The host names the demo answers for; the browser maps each of them to this server. */
export const DEMO_HOSTS = [KHUB_HOST, LINKEDIN_HOST, WEEKNOTES_HOST] as const;

export interface DemoServer {
  port: number;
  /**
   * An HTTP proxy that tunnels the demo hosts to this server: for browsers that cannot map
   * host names themselves (Firefox, through its proxy preferences).
   */
  proxyPort: number;
  /** Base64 SHA-256 of the certificate's public key, for Chromium to trust it by. */
  spki: string;
  /** Delays every blog post by `ms`, so a test can act while a save is under way. */
  slowDown(ms: number): void;
  /** Every request served so far, as "host/path", for tests that check what was asked for. */
  requests: string[];
  /** Publishes the series' next held-back part, as its author would. */
  publishNext(): void;
  close(): Promise<void>;
}

type Page = {
  status: number;
  html?: string;
  location?: string;
  body?: Buffer;
  type?: string;
  cookie?: string;
  post?: boolean;
};

const SESSION = 'KHUB_SESSION=member';
const ROADMAP_PNG = readFileSync(new URL('../public/icons/icon-128.png', import.meta.url));

export interface DemoOptions {
  /** How many parts of the series are out at first; the rest wait for "Publish the next part". */
  seriesPublished?: number;
}

/** Which parts of the demo series are out. */
function publication(first: number) {
  let out = first;
  const number = (post: Post) => /^journey-to-the-cloud-(\d+)$/.exec(post.slug)?.[1];
  return {
    published: (post: Post) => {
      const n = number(post);
      return n === undefined || Number(n) <= out;
    },
    publishNext: () => {
      out += 1;
    },
  };
}

function route(
  host: string,
  url: URL,
  req: IncomingMessage,
  state: ReturnType<typeof publication>,
): Page {
  const { published } = state;
  const path = url.pathname;
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (host === KHUB_HOST) {
    if (clean === '/') return { status: 302, location: GROUP_PATH };
    if (clean === GROUP_PATH) return { status: 200, html: khubListing(published) };
    if (clean === FEED_PATH) {
      return { status: 200, html: khubFeed(published), type: 'application/rss+xml; charset=utf-8' };
    }
    if (clean === PUBLISH_PATH && req.method === 'POST') {
      state.publishNext();
      return {
        status: 303,
        location: req.headers.referer ? new URL(req.headers.referer).pathname : GROUP_PATH,
      };
    }
    if (clean === ROADMAP_IMAGE) return { status: 200, body: ROADMAP_PNG, type: 'image/png' };
    if (clean === HOSTILE_PATH) return { status: 200, html: hostilePage() };
    if (clean === LOGIN_PATH) {
      const back = url.searchParams.get('redirect') ?? GROUP_PATH;
      const safe = back.startsWith('/') && !back.startsWith('//') ? back : GROUP_PATH;
      // Signing in needs no password here: the demo only needs a session to exist.
      if (req.method === 'POST') return { status: 303, location: safe, cookie: SESSION };
      return { status: 200, html: loginPage(safe) };
    }
    const post = posts.find((p) => clean === `${GROUP_PATH}/${p.slug}` && published(p));
    if (post?.membersOnly && !(req.headers.cookie ?? '').includes(SESSION)) {
      return { status: 302, location: `${LOGIN_PATH}?redirect=${encodeURIComponent(clean)}` };
    }
    if (post) return { status: 200, html: khubEntry(post, published), post: true };
  }
  if (host === LINKEDIN_HOST) {
    if (clean === COPYCAT_PATH) {
      return { status: 200, html: copycatArticle(plantable(url.searchParams.get('plant'))) };
    }
    const post = posts.find((p) => p.linkedinSlug && clean === `/pulse/${p.linkedinSlug}`);
    if (post) return { status: 200, html: linkedinArticle(post) };
  }
  if (host === WEEKNOTES_HOST) {
    const note = weeknotes.find((w) => path === weeknotePath(w));
    if (note) return { status: 200, html: weeknotePage(note), post: true };
  }
  return { status: 404, html: '<!doctype html><title>Not found</title><h1>Not found</h1>' };
}

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  delay: number,
  log: string[],
  state: ReturnType<typeof publication>,
): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  log.push(`${host}${(req.url ?? '/').split('?')[0] ?? ''}`);
  const page = route(host, new URL(req.url ?? '/', 'https://demo.invalid'), req, state);
  const send = () => {
    res.writeHead(page.status, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(page.location ? { location: page.location } : {}),
      ...(page.cookie ? { 'set-cookie': `${page.cookie}; Path=/; Secure; HttpOnly` } : {}),
    });
    res.end(page.body ?? page.html ?? '');
  };
  if (page.post && delay > 0) setTimeout(send, delay);
  else send();
}

/** Starts the demo over HTTPS with a throwaway self-signed certificate for DEMO_HOSTS. */
export async function startDemoServer(port = 0, options: DemoOptions = {}): Promise<DemoServer> {
  const state = publication(options.seriesPublished ?? posts.length);
  const pems = await generate([{ name: 'commonName', value: KHUB_HOST }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'subjectAltName', altNames: DEMO_HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  let delay = 0;
  const requests: string[] = [];
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) =>
    respond(req, res, delay, requests, state),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const demoPort = (server.address() as AddressInfo).port;
  const proxy = createHttpServer((_, res) => {
    res.writeHead(405);
    res.end('The demo proxy only tunnels HTTPS to the demo hosts.');
  });
  // A tunnelled socket is no longer the HTTP server's: closing the server must end it by hand.
  const tunnels = new Set<Duplex>();
  proxy.on('connect', (req: IncomingMessage, client, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!(DEMO_HOSTS as readonly string[]).includes(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const upstream = connect(demoPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: demoPort,
    proxyPort: (proxy.address() as AddressInfo).port,
    spki: createHash('sha256')
      .update(createPublicKey(pems.public).export({ type: 'spki', format: 'der' }))
      .digest('base64'),
    slowDown: (ms) => {
      delay = ms;
    },
    requests,
    publishNext: state.publishNext,
    close: async () => {
      for (const socket of tunnels) socket.destroy();
      await Promise.all(
        [server, proxy].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}

/** Chromium's --host-resolver-rules value that sends every demo host to the local server. */
export function hostResolverRules(port: number): string {
  return DEMO_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ');
}
