/**
 * A small feed server on 127.0.0.1 for tests and the bench: each path answers as its route says
 * (a body with a content type and validators, a redirect, an endless stream, a stall), and
 * conditional requests get 304 when the validators match. Every loop is bounded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeedRoute =
  | {
      readonly body: string;
      readonly type?: string | null;
      readonly etag?: string;
      readonly lastModified?: string;
      readonly status?: number;
    }
  | { readonly redirect: string; readonly status?: number }
  /** Streams this many bytes without a Content-Length, in 64 kB chunks. */
  | { readonly streamBytes: number; readonly type?: string }
  /** Never answers (the client's timeout must fire). */
  | { readonly stall: true };

export interface FeedServer {
  readonly origin: string;
  readonly url: (path: string) => string;
  /** Replaces or adds routes while running. */
  readonly set: (path: string, route: FeedRoute) => void;
  /** Requests per path, and how many were answered 304. */
  readonly hits: Map<string, number>;
  readonly notModified: Map<string, number>;
  readonly close: () => Promise<void>;
}

function answer(
  route: FeedRoute,
  req: IncomingMessage,
  res: ServerResponse,
  count: (k: 'nm') => void,
) {
  if ('stall' in route) return;
  if ('redirect' in route) {
    res.writeHead(route.status ?? 302, { location: route.redirect });
    res.end();
    return;
  }
  if ('streamBytes' in route) {
    res.writeHead(200, { 'content-type': route.type ?? 'application/rss+xml' });
    const chunk = Buffer.alloc(65_536, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < route.streamBytes) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => {
      sent = route.streamBytes;
    });
    pump();
    return;
  }
  const headers: Record<string, string> = {};
  if (route.type !== null)
    headers['content-type'] = route.type ?? 'application/rss+xml; charset=utf-8';
  if (route.etag) headers.etag = route.etag;
  if (route.lastModified) headers['last-modified'] = route.lastModified;
  const etagMatch = route.etag && req.headers['if-none-match'] === route.etag;
  const dateMatch = route.lastModified && req.headers['if-modified-since'] === route.lastModified;
  if ((route.status ?? 200) === 200 && (etagMatch || dateMatch)) {
    count('nm');
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(route.status ?? 200, headers);
  res.end(route.body);
}

export async function startFeedServer(
  initial: Record<string, FeedRoute> = {},
): Promise<FeedServer> {
  const routes = new Map(Object.entries(initial));
  const hits = new Map<string, number>();
  const notModified = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    answer(route, req, res, () => notModified.set(path, (notModified.get(path) ?? 0) + 1));
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => void routes.set(path, route),
    hits,
    notModified,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
