import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { GROUP_PATH, KHUB_HOST, khubEntry, khubListing } from './khub';
import { LINKEDIN_HOST, linkedinArticle } from './linkedin';
import { posts } from './posts';

/** The host names the demo answers for; the browser maps each of them to this server. */
export const DEMO_HOSTS = [KHUB_HOST, LINKEDIN_HOST] as const;

export interface DemoServer {
  port: number;
  close(): Promise<void>;
}

type Page = { status: number; html?: string; location?: string };

function route(host: string, path: string): Page {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (host === KHUB_HOST) {
    if (clean === '/') return { status: 302, location: GROUP_PATH };
    if (clean === GROUP_PATH) return { status: 200, html: khubListing() };
    const post = posts.find((p) => clean === `${GROUP_PATH}/${p.slug}`);
    if (post) return { status: 200, html: khubEntry(post) };
  }
  if (host === LINKEDIN_HOST) {
    const post = posts.find((p) => p.linkedinSlug && clean === `/pulse/${p.linkedinSlug}`);
    if (post) return { status: 200, html: linkedinArticle(post) };
  }
  return { status: 404, html: '<!doctype html><title>Not found</title><h1>Not found</h1>' };
}

function respond(req: IncomingMessage, res: ServerResponse): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const page = route(host, new URL(req.url ?? '/', 'https://demo.invalid').pathname);
  res.writeHead(page.status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    ...(page.location ? { location: page.location } : {}),
  });
  res.end(page.html ?? '');
}

/** Starts the demo over HTTPS with a throwaway self-signed certificate for DEMO_HOSTS. */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  const pems = await generate([{ name: 'commonName', value: KHUB_HOST }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'subjectAltName', altNames: DEMO_HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  const server = createServer({ key: pems.private, cert: pems.cert }, respond);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Chromium's --host-resolver-rules value that sends every demo host to the local server. */
export function hostResolverRules(port: number): string {
  return DEMO_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ');
}
