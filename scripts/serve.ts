#!/usr/bin/env node
/**
 * The static server for a built site (dist/ or a fixture): `sirv` on node:http, plus what a real
 * host does and the e2e gates and the benchmark rely on:
 * - `index.html` for directory URLs, `/dir` redirected to `/dir/`;
 * - 404 with the site's `404.html` as the body, and config files (`_headers`, ...) never served;
 * - the headers of `<root>/_headers` (scripts/lib/headers-file.ts), unless `headers: false`;
 * - gzip on the fly (`compression`, at GZIP_LEVEL of scripts/lib/budgets.ts) when the client accepts it.
 * Files are looked up on each request (sirv's `dev` mode), so a rebuilt or freshly written file is served
 * at once; that mode sends `Cache-Control: no-cache` (revalidate with the ETag) unless `_headers` says otherwise.
 *
 * From code:  const srv = await startServer({ root: 'dist' }); srv.origin; await srv.close();
 * Shell:      tsx scripts/serve.ts [root=dist] [--port 4322]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { GZIP_LEVEL } from './lib/budgets.ts';
import { CONFIG_FILES, headersForPath, parseHeadersFile } from './lib/headers-file.ts';

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer({
  root,
  port = 0,
  host = '127.0.0.1',
  headers = true,
  log,
}: {
  root: string;
  port?: number;
  host?: string;
  headers?: boolean;
  log?: (line: string) => void;
}): Promise<StaticServer> {
  const dir = path.resolve(root);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`startServer: ${dir} is not a directory`);
  const headersFile = path.join(dir, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFound = path.join(dir, '404.html');
  const applyHeaders = (res: ServerResponse, urlPath: string) => {
    const byName = new Map<string, string[]>();
    for (const [n, v] of headersForPath(rules, urlPath)) byName.set(n, [...(byName.get(n) ?? []), v]);
    for (const [n, vs] of byName) res.setHeader(n, vs.length === 1 ? vs[0]! : vs);
  };
  const send404 = (req: IncomingMessage, res: ServerResponse) => {
    applyHeaders(res, pathOf(req));
    const html = existsSync(notFound);
    res.writeHead(404, { 'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
    res.end(html ? readFileSync(notFound) : 'Not found\n');
  };
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'], setHeaders: (res, urlPath) => applyHeaders(res, urlPath), onNoMatch: send404 });
  const gzip = compression({ threshold: 256, level: GZIP_LEVEL });

  const server = createServer((req, res) => {
    res.on('finish', () => log?.(`${res.statusCode} ${req.method} ${req.url}`));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = pathOf(req);
    let abs: string;
    try {
      abs = path.join(dir, decodeURIComponent(urlPath));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (CONFIG_FILES.has(urlPath.slice(1))) return send404(req, res);
    if (!urlPath.endsWith('/') && abs.startsWith(dir) && existsSync(abs) && statSync(abs).isDirectory()) {
      const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      res.writeHead(301, { Location: urlPath + '/' + query }).end();
      return;
    }
    gzip(req, res, () => files(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    origin: `http://${host}:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://x').pathname;
  } catch {
    return '/';
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4322;
  const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const srv = await startServer({ root, port, log: (l) => console.log(l) });
  console.log(`Serving ${path.resolve(root)} at ${srv.origin}/`);
}
