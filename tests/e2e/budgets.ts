// Byte budgets over a built site (no browser needed).
//
// Pure functions (exported, tested by the self-test) and a runner, runBudgets(),
// over dist/. Sizes are gzipSize() of scripts/lib/budgets.ts (zlib level 6, what a host
// compresses on the fly; KB = 1000 bytes), summed file by file as they would be transferred.
//
//   JS of a page      every chunk it loads: <script src>, <link rel=modulepreload>,
//                     <link rel=preload as=script>, Astro islands' component-url /
//                     renderer-url, and the static `import` / `export ... from`
//                     statements inside those chunks, recursively (dynamic import()
//                     is not counted: it is loaded later, on demand).
//   HTML+CSS of page  the HTML before the first scene (the first [data-scrolly] element; the whole
//                     file where there is none) plus every stylesheet it links (and their @import):
//                     what the first screen needs.
//   story page total  the whole HTML, its CSS and JS, and the SVG files its scripts fetch for the
//                     interactive figures ([data-map-src]).
//   data files        every *.json / *.geojson / *.topojson in dist, and the map images in maps/*.svg.
// The budgets themselves, their unit and gzip level are in scripts/lib/budgets.ts.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseHtml, elements, attr, relHas, urlPathToFile, table, type Doc, type Page, type Reporter } from './common.ts';
import { listFiles } from '../../scripts/lib/files.ts';
import { BUDGETS, gzipSize, kb, pageKind, jsBudget, htmlCssBudget, isDataFile, dataBudget, type PageKind } from '../../scripts/lib/budgets.ts';

interface Sized {
  path: string;
  raw: number;
  gz: number;
}

/** The assets an HTML page loads, as raw URL strings. */
export function pageAssetRefs(html: string | Doc): { scripts: string[]; stylesheets: string[]; fetched: string[] } {
  const doc = typeof html === 'string' ? parseHtml(html) : html;
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  const fetched: string[] = [];
  for (const el of elements(doc)) {
    const t = el.tagName;
    const src = attr(el, 'src');
    const href = attr(el, 'href');
    const mapSrc = attr(el, 'data-map-src');
    if (mapSrc) fetched.push(mapSrc);
    if (t === 'script' && src) scripts.push(src);
    else if (t === 'link' && href) {
      if (relHas(el, 'modulepreload')) scripts.push(href);
      else if (relHas(el, 'preload') && (attr(el, 'as') ?? '') === 'script') scripts.push(href);
      else if (relHas(el, 'stylesheet')) stylesheets.push(href);
    } else if (t === 'astro-island') {
      for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const v = attr(el, a);
        if (v) scripts.push(v);
      }
    }
  }
  return { scripts, stylesheets, fetched };
}

/**
 * Module specifiers of the static imports in (minified) JS:
 * `import x from "a"`, `import{a as b}from"./c.js"`, `import "./d.js"`,
 * `export * from "./e.js"`, `export{f}from"./g.js"`. Not `import("...")`.
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  // strip comments roughly, keep strings
  const src = code.replace(/\/\*[\s\S]*?\*\//g, '');
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of src.matchAll(re)) {
    // `import(` has a paren after `import`, which the pattern cannot match
    out.push(m[2]!);
  }
  return [...new Set(out)];
}

/** `@import url("x.css")`, `@import "y.css"` */
export function cssImports(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1\s*\)?/g)) out.push(m[2]!);
  return out;
}

/** Resolve a reference made from `fromPath` to a local URL path, or null if it leaves the site. */
export function resolveLocal(fromPath: string, ref: string, siteOrigin: string | null = null): string | null {
  if (!ref || /^(data|blob|javascript|mailto|tel):/i.test(ref)) return null;
  let u: URL;
  try {
    u = new URL(ref, 'http://local.invalid' + fromPath);
  } catch {
    return null;
  }
  if (u.origin === 'http://local.invalid') return u.pathname;
  if (siteOrigin && u.origin === siteOrigin) return u.pathname;
  return null;
}

/**
 * Follow JS from entry URL paths through static imports.
 * read(urlPath) -> Buffer|null. Returns { files: [{ path, raw, gz }], missing: [path] }.
 */
export function collectModules(
  entries: string[],
  read: (urlPath: string) => Buffer | null,
  siteOrigin: string | null = null,
): { files: Sized[]; missing: string[] } {
  const seen = new Map<string, Sized>();
  const missing: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const p = queue.shift()!;
    if (seen.has(p) || missing.includes(p)) continue;
    const buf = read(p);
    if (!buf) {
      missing.push(p);
      continue;
    }
    seen.set(p, { path: p, raw: buf.length, gz: gzipSize(buf) });
    for (const spec of staticImports(buf.toString('utf8'))) {
      if (!/^(\.{0,2}\/|https?:)/.test(spec)) continue; // bare specifiers are not in dist
      const next = resolveLocal(p, spec, siteOrigin);
      if (next) queue.push(next);
    }
  }
  return { files: [...seen.values()], missing };
}

/** Measure one page. */
export type Measured = ReturnType<typeof measurePage>;

export function measurePage(root: string, urlPath: string, htmlFile: string, siteOrigin: string | null = null) {
  const html = readFileSync(htmlFile);
  const refs = pageAssetRefs(html.toString('utf8'));
  const read = (p: string) => {
    const f = urlPathToFile(root, p);
    return f && existsSync(f) ? readFileSync(f) : null;
  };
  const local = (s: string) => resolveLocal(urlPath, s, siteOrigin);
  const entries = refs.scripts.map(local).filter((p): p is string => p !== null);
  const js = collectModules(entries, read, siteOrigin);
  // CSS and its @imports
  const css: Sized[] = [];
  const cssMissing: string[] = [];
  const cssQueue = refs.stylesheets.map(local).filter((p): p is string => p !== null);
  const cssSeen = new Set<string>();
  while (cssQueue.length) {
    const p = cssQueue.shift()!;
    if (cssSeen.has(p)) continue;
    cssSeen.add(p);
    const buf = read(p);
    if (!buf) {
      cssMissing.push(p);
      continue;
    }
    css.push({ path: p, raw: buf.length, gz: gzipSize(buf) });
    for (const spec of cssImports(buf.toString('utf8'))) {
      const next = resolveLocal(p, spec, siteOrigin);
      if (next) cssQueue.push(next);
    }
  }
  const sum = (xs: Sized[]) => xs.reduce((a, x) => a + x.gz, 0);
  const htmlGz = gzipSize(html);
  const text = html.toString('utf8');
  const scene = text.indexOf('data-scrolly');
  const htmlFirstGz = scene < 0 ? htmlGz : gzipSize(text.slice(0, text.lastIndexOf('<', scene)));
  const fetched: Sized[] = [...new Set(refs.fetched.map(local).filter((p): p is string => p !== null))].flatMap((p) => {
    const buf = read(p);
    return buf ? [{ path: p, raw: buf.length, gz: gzipSize(buf) }] : [];
  });
  const kind: PageKind = pageKind(urlPath);
  return {
    urlPath,
    kind,
    js: js.files,
    jsGz: sum(js.files),
    jsBudget: jsBudget(kind),
    css,
    cssGz: sum(css),
    htmlGz,
    htmlFirstGz,
    htmlCssGz: htmlFirstGz + sum(css),
    htmlCssBudget: htmlCssBudget(kind),
    fetched,
    totalGz: htmlGz + sum(css) + sum(js.files) + sum(fetched),
    totalBudget: kind === 'story' ? BUDGETS.storyPage : null,
    missing: [...js.missing, ...cssMissing],
  };
}

export function measureDataFiles(root: string) {
  return listFiles(root)
    .filter(isDataFile)
    .map((rel) => {
      const buf = readFileSync(path.join(root, rel));
      const { budget, rule } = dataBudget(rel);
      return { path: '/' + rel, raw: buf.length, gz: gzipSize(buf), budget, rule };
    });
}

/** Problems of a measured page (empty when within budget). */
export function pageProblems(m: Measured): string[] {
  const problems: string[] = [];
  if (m.jsGz > m.jsBudget) {
    const top = [...m.js].sort((a, b) => b.gz - a.gz).slice(0, 6);
    problems.push(
      `JavaScript ${kb(m.jsGz)} KB gz > ${kb(m.jsBudget)} KB (${m.kind} page budget); ${m.js.length} chunk(s), largest: ` +
        top.map((f) => `${f.path} ${kb(f.gz)} KB`).join(', '),
    );
  }
  if (m.htmlCssGz > m.htmlCssBudget) {
    problems.push(
      `HTML+CSS ${kb(m.htmlCssGz)} KB gz > ${kb(m.htmlCssBudget)} KB: HTML before the first scene ${kb(m.htmlFirstGz)} KB, CSS ` +
        (m.css.map((f) => `${f.path} ${kb(f.gz)} KB`).join(', ') || 'none'),
    );
  }
  if (m.totalBudget !== null && m.totalGz > m.totalBudget) {
    problems.push(
      `story page ${kb(m.totalGz)} KB gz > ${kb(m.totalBudget)} KB: HTML ${kb(m.htmlGz)} KB, CSS ${kb(m.cssGz)} KB, JS ${kb(m.jsGz)} KB, ` +
        (m.fetched.map((f) => `${f.path} ${kb(f.gz)} KB`).join(', ') || 'no fetched SVG'),
    );
  }
  return problems;
}

/**
 * Run the byte budgets: one check per page ("bytes <path>") and one per data
 * file ("bytes <file>"), plus the tables. Returns { pages, data }.
 */
export function runBudgets({ root, pages, reporter, siteOrigin = null }: { root: string; pages: Page[]; reporter: Reporter; siteOrigin?: string | null }) {
  const measured = pages.map((p) => measurePage(root, p.urlPath, p.file, siteOrigin));
  const data = measureDataFiles(root);
  reporter.info('');
  reporter.info('Page bytes (gzip, KB = 1000 B):');
  reporter.info(
    table(
      ['page', 'kind', 'JS', 'JS budget', 'chunks', 'HTML', 'CSS', 'first screen', 'budget', 'page total', 'budget'],
      measured.map((m) => [
        m.urlPath,
        m.kind,
        kb(m.jsGz),
        kb(m.jsBudget),
        m.js.length,
        kb(m.htmlGz),
        kb(m.cssGz),
        kb(m.htmlCssGz),
        kb(m.htmlCssBudget),
        kb(m.totalGz),
        m.totalBudget === null ? '–' : kb(m.totalBudget),
      ]),
    )
      .split('\n')
      .map((l) => '  ' + l)
      .join('\n'),
  );
  if (data.length) {
    reporter.info('Data files:');
    reporter.info(
      table(
        ['file', 'raw KB', 'gzip KB', 'budget', 'rule'],
        data.map((d) => [d.path, kb(d.raw), kb(d.gz), kb(d.budget), d.rule]),
      )
        .split('\n')
        .map((l) => '  ' + l)
        .join('\n'),
    );
  } else reporter.info('Data files: none in dist');
  reporter.info('');
  for (const m of measured) {
    const problems = pageProblems(m);
    for (const miss of m.missing) problems.push(`referenced asset missing from dist: ${miss}`);
    reporter.check('bytes', m.urlPath, problems, [`JS ${kb(m.jsGz)} KB, HTML+CSS ${kb(m.htmlCssGz)} KB`]);
  }
  for (const d of data) {
    const problems = d.gz > d.budget ? [`${d.path}: ${kb(d.gz)} KB gz (raw ${kb(d.raw)} KB) > ${kb(d.budget)} KB (${d.rule})`] : [];
    reporter.check('bytes', d.path, problems, [`${kb(d.gz)} KB gz`]);
  }
  return { pages: measured, data };
}
