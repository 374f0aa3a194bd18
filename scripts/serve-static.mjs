#!/usr/bin/env node
// A small static file server for the built site (dist/), used by the e2e
// runner (tests/e2e/run.mjs) and the benchmark (scripts/bench.mjs).
//
// - listens on 127.0.0.1 (a free port unless one is given);
// - serves `index.html` for directory URLs and redirects `/dir` to `/dir/`;
// - sends the content type for each extension (.json, .svg, .woff2, ...);
// - answers 404 for missing files (with dist/404.html as the body when present);
// - sends the headers of `_headers` (Netlify / Cloudflare Pages format) when the
//   root has one, with Cloudflare's semantics: every matching rule applies, a
//   header given by two rules is sent twice, `! Name` detaches a header;
// - gzips text responses when the client accepts it, as a real host would.
//
// Usage from code:  const srv = await startServer({ root: 'dist', port: 0 });
//                   srv.origin  // http://127.0.0.1:PORT
//                   await srv.close();
// From the shell:   node scripts/serve-static.mjs [root=dist] [--port 4322]

import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|xml|javascript)|image\/svg\+xml)/;

/** Files that hosts read as configuration and never serve. */
const HIDDEN_FILES = new Set(['/_headers', '/_redirects', '/_routes.json']);

export function contentTypeFor(file) {
  const ext = path.extname(file).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/**
 * Parse a `_headers` file (Netlify / Cloudflare Pages).
 * Returns [{ pattern, regex, set: [[name, value]], detach: [name] }] in file order.
 */
export function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const indented = /^\s/.test(raw);
    if (!indented) {
      current = { pattern: trimmed, regex: patternToRegExp(trimmed), set: [], detach: [], line: i + 1 };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`_headers line ${i + 1}: header without a path: ${trimmed}`);
    if (trimmed.startsWith('!')) {
      current.detach.push(trimmed.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${i + 1}: expected "Name: value", got: ${trimmed}`);
    current.set.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `/*` splats match anything (also nothing); `:name` matches one path segment. */
export function patternToRegExp(pattern) {
  let p = pattern;
  const abs = /^https?:\/\/[^/]+(\/.*)?$/i.exec(p);
  if (abs) p = abs[1] || '/';
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') re += '.*';
    else if (c === ':' && /[A-Za-z]/.test(p[i + 1] ?? '')) {
      while (/[A-Za-z0-9_]/.test(p[i + 1] ?? '')) i++;
      re += '[^/]+';
    } else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Headers for one URL path with Cloudflare Pages semantics: every matching rule
 * applies in file order; a header given twice is kept twice; `! Name` drops
 * what earlier matching rules set. Returns [[name, value]] (names as written).
 */
export function headersForPath(rules, urlPath) {
  let out = [];
  for (const rule of rules) {
    if (!rule.regex.test(urlPath)) continue;
    if (rule.detach.length) out = out.filter(([n]) => !rule.detach.includes(n.toLowerCase()));
    out.push(...rule.set);
  }
  return out;
}

function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const abs = path.resolve(root, '.' + path.posix.normalize(decoded));
  if (abs !== root && !abs.startsWith(root + path.sep)) return { status: 403 };
  let st;
  try {
    st = statSync(abs);
  } catch {
    return { status: 404 };
  }
  if (st.isDirectory()) {
    if (!decoded.endsWith('/')) return { status: 301, location: urlPath + '/' };
    const index = path.join(abs, 'index.html');
    if (existsSync(index)) return { status: 200, file: index };
    return { status: 404 };
  }
  if (HIDDEN_FILES.has(decoded)) return { status: 404 };
  return { status: 200, file: abs };
}

/**
 * Start the server. Options:
 *   root     directory to serve (required)
 *   port     0 or omitted for a free port
 *   host     default 127.0.0.1
 *   headers  apply root/_headers (default true)
 *   gzip     compress text when the client accepts gzip (default true)
 *   log      function(line) called for each request (default: none)
 * Resolves to { server, port, origin, url(path), close() }.
 */
export async function startServer({ root, port = 0, host = '127.0.0.1', headers = true, gzip = true, log } = {}) {
  if (!root) throw new Error('startServer: root is required');
  const rootAbs = path.resolve(root);
  if (!existsSync(rootAbs) || !statSync(rootAbs).isDirectory()) {
    throw new Error(`startServer: ${rootAbs} is not a directory`);
  }
  const headersFile = path.join(rootAbs, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const gzCache = new Map();

  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    let urlPath;
    try {
      urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      urlPath = '/';
    }
    const done = (status) => log?.(`${status} ${method} ${req.url}`);
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return done(405);
    }
    const r = resolveFile(rootAbs, urlPath);
    if (r.status === 301) {
      const q = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : '';
      res.writeHead(301, { Location: r.location + q });
      res.end();
      return done(301);
    }
    let status = r.status;
    let file = r.file;
    if (status !== 200) {
      const notFound = path.join(rootAbs, '404.html');
      file = status === 404 && existsSync(notFound) ? notFound : undefined;
    }
    const hdrs = new Map();
    const add = (name, value) => {
      const key = name.toLowerCase();
      const prev = hdrs.get(key);
      if (prev) prev.values.push(value);
      else hdrs.set(key, { name, values: [value] });
    };
    for (const [n, v] of headersForPath(rules, urlPath)) add(n, v);
    let body;
    try {
      body = file ? await readFile(file) : Buffer.from(status === 404 ? 'Not found\n' : `Error ${status}\n`);
    } catch {
      status = 500;
      body = Buffer.from('Error reading file\n');
      file = undefined;
    }
    const type = file ? contentTypeFor(file) : 'text/plain; charset=utf-8';
    const out = { 'Content-Type': type };
    for (const { name, values } of hdrs.values()) out[name] = values.length === 1 ? values[0] : values;
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 256) {
      const key = file ?? '';
      let gz = gzCache.get(key);
      if (!gz || gz.src !== body.length) {
        gz = { src: body.length, data: gzipSync(body) };
        if (file) gzCache.set(key, gz);
      }
      body = gz.data;
      out['Content-Encoding'] = 'gzip';
      out['Vary'] = 'Accept-Encoding';
    }
    out['Content-Length'] = String(body.length);
    res.writeHead(status, out);
    res.end(method === 'HEAD' ? undefined : body);
    return done(status);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const origin = `http://${host}:${actualPort}`;
  return {
    server,
    port: actualPort,
    origin,
    rules,
    url: (p = '/') => origin + p,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const args = process.argv.slice(2);
  const portIdx = args.indexOf('--port');
  const port = portIdx >= 0 ? Number(args[portIdx + 1]) : 4322;
  const rootArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = rootArg ?? path.join(here, '..', 'dist');
  const srv = await startServer({ root, port, log: (l) => console.log(l) });
  console.log(`Serving ${path.resolve(root)} at ${srv.origin}/`);
}
