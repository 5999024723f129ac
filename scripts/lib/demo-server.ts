import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_ROOT = fileURLToPath(new URL('../../demo-site/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface DemoServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Serves `body` at `path` instead of the file, until `clearOverrides()` (tests edit pages). */
  override(path: string, body: string, type?: string): void;
  clearOverrides(): void;
  close(): Promise<void>;
}

/**
 * A static server for the demo site on 127.0.0.1 (loopback only). `/x/` serves `x/index.html`;
 * paths cannot escape the root.
 */
export async function startDemoServer(port = 0, root = DEMO_ROOT): Promise<DemoServer> {
  const overrides = new Map<string, { body: string; type: string }>();
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const overridden = overrides.get(path);
    if (overridden) {
      res.writeHead(200, { 'content-type': overridden.type, 'cache-control': 'no-store' });
      res.end(overridden.body);
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Demo server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    override: (path, body, type = 'text/html; charset=utf-8') =>
      overrides.set(path, { body, type }),
    clearOverrides: () => overrides.clear(),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
