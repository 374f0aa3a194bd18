// Shared helpers for the e2e gates: files, HTML parsing, page discovery, reporting.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { listFiles } from '../../scripts/lib/files.ts';

export type Doc = T.Document;
export type El = T.Element;
type AnyNode = T.Node;

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..');

// ---------------------------------------------------------------- files

/** 'index.html' -> '/', 'zh/index.html' -> '/zh/', '404.html' -> '/404.html' */
export function fileToUrlPath(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return '/' + rel.slice(0, -'index.html'.length);
  return '/' + rel;
}

/** The file in root that a URL path is served from (directory -> index.html), or null. */
export function urlPathToFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const abs = path.resolve(root, '.' + path.posix.normalize('/' + decoded.replace(/^\/+/, '')));
  if (abs !== root && !abs.startsWith(root + path.sep)) return null;
  if (!existsSync(abs)) return null;
  const st = statSync(abs);
  if (st.isDirectory()) {
    const index = path.join(abs, 'index.html');
    return existsSync(index) ? index : null;
  }
  return abs;
}

// ---------------------------------------------------------------- HTML

const docCache = new Map<string, { mtime: number; doc: Doc }>();

/** parse5 document for a file (cached by path + mtime). */
export function parseHtmlFile(abs: string): Doc {
  const st = statSync(abs);
  const key = abs;
  const hit = docCache.get(key);
  if (hit && hit.mtime === st.mtimeMs) return hit.doc;
  const doc = parse(readFileSync(abs, 'utf8'), { sourceCodeLocationInfo: true });
  docCache.set(key, { mtime: st.mtimeMs, doc });
  return doc;
}

export function parseHtml(text: string): Doc {
  return parse(text, { sourceCodeLocationInfo: true });
}

/** Depth-first walk over element nodes (not into <template> content). */
export function* elements(node: AnyNode): Generator<El> {
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('tagName' in n) yield n as El;
    const kids: AnyNode[] = 'childNodes' in n ? n.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

export function attr(el: El, name: string): string | undefined {
  const a = el.attrs.find((x) => x.name === name);
  return a ? a.value : undefined;
}

export function hasAttr(el: El, name: string): boolean {
  return el.attrs.some((x) => x.name === name);
}

export function textOf(node: AnyNode): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  return ('childNodes' in node ? (node.childNodes as AnyNode[]) : []).map(textOf).join('');
}

export function lineOf(el: El): number | '?' {
  return el.sourceCodeLocation?.startLine ?? '?';
}

/** A short description of an element: `a#id.class[href="/x"]` */
export function describeEl(el: El): string {
  let s = el.tagName;
  const id = attr(el, 'id');
  if (id) s += `#${id}`;
  const cls = attr(el, 'class');
  if (cls) s += '.' + cls.trim().split(/\s+/).slice(0, 2).join('.');
  return s;
}

/** rel="a b" contains token */
export function relHas(el: El, token: string): boolean {
  return (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes(token);
}

/** True for pages that only redirect (<meta http-equiv="refresh">, as Astro writes for `redirects`). */
export function isRedirectPage(doc: Doc): boolean {
  for (const el of elements(doc)) {
    if (el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'refresh') return true;
  }
  return false;
}

// ---------------------------------------------------------------- discovery

const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** <loc> URLs of every dist/sitemap*.xml, with the files they came from. */
export function readSitemaps(root: string): { files: string[]; urls: { url: string; file: string }[] } {
  const files = readdirSync(root)
    .filter((f) => /^sitemap[\w.-]*\.xml$/i.test(f))
    .sort();
  const urls: { url: string; file: string }[] = [];
  for (const f of files) {
    const xml = readFileSync(path.join(root, f), 'utf8');
    for (const m of xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)) urls.push({ url: xmlUnescape(m[1]!), file: f });
  }
  return { files, urls };
}

/**
 * The pages of a built site.
 * - from dist/sitemap*.xml when there is one (absolute URLs mapped to paths),
 * - plus every dist/** /index.html (pages a sitemap leaves out, such as embeds,
 *   are still pages) and dist/404.html;
 * - pages that only redirect are set apart.
 * Returns { pages: [{ urlPath, file, rel }], source, sitemapFiles, notInSitemap,
 *           sitemapMissing: [{ url, file }], redirects: [urlPath], siteOrigin }
 */
export interface Page {
  urlPath: string;
  file: string;
  rel: string;
}

export function discoverPages(root: string) {
  const files = listFiles(root);
  const { files: sitemapFiles, urls } = readSitemaps(root);
  const byPath = new Map<string, Page>();
  const sitemapPaths = new Set<string>();
  const sitemapMissing: { url: string; file: string; why: string }[] = [];
  let siteOrigin: string | null = null;
  for (const { url, file } of urls) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      sitemapMissing.push({ url, file, why: 'not an absolute URL' });
      continue;
    }
    if (/\.xml$/i.test(u.pathname)) continue; // a sitemap index entry
    siteOrigin ??= u.origin;
    const abs = urlPathToFile(root, u.pathname);
    if (!abs) {
      sitemapMissing.push({ url, file, why: 'no file in dist' });
      continue;
    }
    sitemapPaths.add(u.pathname);
    byPath.set(u.pathname, { urlPath: u.pathname, file: abs, rel: path.relative(root, abs).split(path.sep).join('/') });
  }
  const notInSitemap: string[] = [];
  for (const rel of files) {
    if (!(rel === 'index.html' || rel.endsWith('/index.html') || rel === '404.html')) continue;
    const urlPath = fileToUrlPath(rel);
    if (!byPath.has(urlPath)) {
      byPath.set(urlPath, { urlPath, file: path.join(root, rel), rel });
      if (sitemapFiles.length && rel !== '404.html') notInSitemap.push(urlPath);
    }
  }
  const pages: Page[] = [];
  const redirects: string[] = [];
  for (const p of [...byPath.values()].sort((a, b) => a.urlPath.localeCompare(b.urlPath))) {
    if (isRedirectPage(parseHtmlFile(p.file))) redirects.push(p.urlPath);
    else pages.push(p);
  }
  if (!siteOrigin) siteOrigin = canonicalOrigin(root);
  return { pages, source: sitemapFiles.length ? 'sitemap+index.html' : 'index.html', sitemapFiles, notInSitemap, sitemapMissing, redirects, siteOrigin, files };
}

/** The origin of <link rel="canonical"> on the home page, if any. */
function canonicalOrigin(root: string): string | null {
  const home = path.join(root, 'index.html');
  if (!existsSync(home)) return null;
  for (const el of elements(parseHtmlFile(home))) {
    if (el.tagName === 'link' && relHas(el, 'canonical')) {
      try {
        return new URL(attr(el, 'href') ?? '').origin;
      } catch {
        return null;
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------- reporting

/**
 * Collects named checks and prints them as they finish:
 *   PASS  gate  target
 *   FAIL  gate  target
 *         - detail
 */
export type Status = 'pass' | 'fail' | 'skip';
export interface Result {
  gate: string;
  target: string;
  status: Status;
  details: string[];
}

export class Reporter {
  readonly print: boolean;
  readonly indent: string;
  readonly results: Result[] = [];
  constructor({ print = true, indent = '' }: { print?: boolean; indent?: string } = {}) {
    this.print = print;
    this.indent = indent;
  }
  add(gate: string, target: string, status: Status, details: unknown[] = []): Result {
    const r: Result = { gate, target, status, details: details.map(String) };
    this.results.push(r);
    if (this.print) this.write(r);
    return r;
  }
  pass(gate: string, target: string, details: unknown[] = []): Result {
    return this.add(gate, target, 'pass', details);
  }
  fail(gate: string, target: string, details: unknown[] = []): Result {
    return this.add(gate, target, 'fail', details);
  }
  skip(gate: string, target: string, details: unknown[] = []): Result {
    return this.add(gate, target, 'skip', details);
  }
  /** pass when there are no problems, fail otherwise */
  check(gate: string, target: string, problems: unknown[], notes: unknown[] = []): Result {
    return problems.length ? this.fail(gate, target, problems) : this.pass(gate, target, notes);
  }
  write(r: Result): void {
    const label = r.status === 'pass' ? 'PASS' : r.status === 'fail' ? 'FAIL' : 'SKIP';
    const lines = [`${this.indent}${label}  ${r.gate}  ${r.target}`];
    const max = r.status === 'fail' ? 40 : 10;
    for (const d of r.details.slice(0, max)) lines.push(`${this.indent}      - ${d.replace(/\n/g, `\n${this.indent}        `)}`);
    if (r.details.length > max) lines.push(`${this.indent}      ... and ${r.details.length - max} more`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  info(line: string): void {
    if (this.print) process.stdout.write(`${this.indent}${line}\n`);
  }
  counts(): { passed: number; failed: number; skipped: number } {
    const c = { passed: 0, failed: 0, skipped: 0 };
    for (const r of this.results) {
      if (r.status === 'pass') c.passed++;
      else if (r.status === 'fail') c.failed++;
      else c.skipped++;
    }
    return c;
  }
}

/** Run async tasks with at most `limit` at a time. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/** Fixed-width text table. */
export function table(headers: string[], rows: unknown[][]): string {
  const all = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(fmt)].join('\n');
}

/** The first line of an error's message (or of the value thrown). */
export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
