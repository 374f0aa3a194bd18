// Gates that read the built files only: html (html-validate), links, security, headers.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import {
  REPO,
  elements,
  attr,
  relHas,
  describeEl,
  lineOf,
  textOf,
  parseHtmlFile,
  urlPathToFile,
  fileToUrlPath,
  isRedirectPage,
  type Doc,
  type El,
  type Reporter,
} from './common.ts';
import { CONFIG_FILES, parseHeadersFile, headersForPath } from '../../scripts/lib/headers-file.ts';
import { isEmbedPath } from '../../src/lib/csp.ts';

// ---------------------------------------------------------------- html

let validator: HtmlValidate | undefined;
function getValidator(): HtmlValidate {
  if (!validator) {
    const config = JSON.parse(readFileSync(path.join(REPO, '.htmlvalidate.json'), 'utf8'));
    validator = new HtmlValidate({ ...config, root: true });
  }
  return validator;
}

/** html-validate every HTML file; one check per file. */
interface FilesGate {
  root: string;
  htmlFiles: string[];
  reporter: Reporter;
}

export async function gateHtml({ root, htmlFiles, reporter }: FilesGate): Promise<void> {
  const v = getValidator();
  for (const rel of htmlFiles) {
    const abs = path.join(root, rel);
    const report = await v.validateString(readFileSync(abs, 'utf8'), abs);
    const problems: string[] = [];
    for (const res of report.results) {
      for (const m of res.messages) {
        if (m.severity < 2) continue;
        problems.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    reporter.check('html', fileToUrlPath(rel), problems);
  }
}

// ---------------------------------------------------------------- links

const SKIP_SCHEMES = /^(mailto|tel|sms|data|blob|javascript|about):/i;
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
const SVG_URL_REF_ATTRS = ['fill', 'stroke', 'clip-path', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end'];
const META_URL_PROPS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

function attrValue(el: El, name: string): string | undefined {
  if (name === 'xlink:href') return el.attrs.find((a) => a.name === 'href' && a.prefix === 'xlink')?.value;
  return el.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

function splitSrcset(v: string): string[] {
  return v
    .split(/,(?=\s*\S)/)
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

const idCache = new Map<string, Set<string>>();
/** ids (and <a name>) of an HTML file */
function idsOf(abs: string): Set<string> {
  let ids = idCache.get(abs);
  if (!ids) {
    ids = new Set<string>();
    for (const el of elements(parseHtmlFile(abs))) {
      const id = attr(el, 'id');
      if (id) ids.add(id);
      const name = attr(el, 'name');
      if (el.tagName === 'a' && name) ids.add(name);
    }
    idCache.set(abs, ids);
  }
  return ids;
}

/** All URL references of a document: [{ el, attr, value }] */
export function urlRefs(doc: Doc): { el: El; attr: string; value: string }[] {
  const refs: { el: El; attr: string; value: string }[] = [];
  for (const el of elements(doc)) {
    const names = URL_ATTRS[el.tagName];
    if (names) {
      for (const n of names) {
        const v = attrValue(el, n);
        if (v === undefined) continue;
        if (n === 'srcset') for (const u of splitSrcset(v)) refs.push({ el, attr: n, value: u });
        else refs.push({ el, attr: n, value: v });
      }
    }
    if (el.tagName === 'meta') {
      const prop = attr(el, 'property') ?? attr(el, 'name');
      const content = attr(el, 'content');
      if (prop && content && META_URL_PROPS.has(prop.toLowerCase())) refs.push({ el, attr: 'content', value: content });
    }
    for (const a of SVG_URL_REF_ATTRS) {
      const v = attr(el, a);
      const m = v && /url\(\s*['"]?(#[^'")\s]+)['"]?\s*\)/.exec(v);
      if (m) refs.push({ el, attr: a, value: m[1]! });
    }
  }
  return refs;
}

/**
 * Every internal href/src/srcset (and og:image, SVG url(#id) references) of
 * every HTML file resolves to a file in root (directory -> index.html), and
 * every #fragment to an element id on the target page. One check per file,
 * plus "links sitemap" when there is a sitemap.
 */
export function gateLinks({
  root,
  htmlFiles,
  reporter,
  siteOrigin,
  sitemap,
}: FilesGate & {
  siteOrigin: string | null;
  sitemap?: { files: string[]; missing: { url: string; file: string; why: string }[]; notInSitemap: string[]; count: number };
}): void {
  for (const rel of htmlFiles) {
    const abs = path.join(root, rel);
    const doc = parseHtmlFile(abs);
    const pagePath = fileToUrlPath(rel);
    let base = 'http://local.invalid' + pagePath;
    for (const el of elements(doc)) {
      const href = attr(el, 'href');
      if (el.tagName === 'base' && href) {
        try {
          base = new URL(href, base).href;
        } catch {}
        break;
      }
    }
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const { el, attr: a, value } of urlRefs(doc)) {
      const v = value.trim();
      if (!v || SKIP_SCHEMES.test(v)) continue;
      const key = `${a}=${v}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let u: URL;
      try {
        u = new URL(v, base);
      } catch {
        problems.push(`${describeEl(el)} ${a}="${v}" (line ${lineOf(el)}): not a valid URL`);
        continue;
      }
      let local: URL;
      if (u.origin === 'http://local.invalid') local = u;
      else if (siteOrigin && u.origin === siteOrigin) local = u;
      else continue; // another site: not ours to check
      let target = urlPathToFile(root, local.pathname);
      if (!target) {
        problems.push(`${describeEl(el)} ${a}="${v}" (line ${lineOf(el)}): no file for ${local.pathname} in dist`);
        continue;
      }
      const frag = local.hash.slice(1);
      if (!frag || frag === 'top' || frag.startsWith(':~:')) continue;
      if (!/\.html?$/i.test(target)) continue;
      let id: string;
      try {
        id = decodeURIComponent(frag);
      } catch {
        id = frag;
      }
      if (!idsOf(target).has(id)) {
        problems.push(`${describeEl(el)} ${a}="${v}" (line ${lineOf(el)}): no element with id "${id}" on ${local.pathname}`);
      }
    }
    reporter.check('links', pagePath, problems);
  }
  if (sitemap && sitemap.files.length) {
    reporter.check(
      'links',
      `sitemap (${sitemap.files.join(', ')})`,
      sitemap.missing.map((m) => `${m.file} lists ${m.url}: ${m.why}`),
      [`${sitemap.count} URL(s)`, ...(sitemap.notInSitemap.length ? [`pages not in the sitemap: ${sitemap.notInSitemap.join(' ')}`] : [])],
    );
  }
}

// ---------------------------------------------------------------- security

/** Parse a CSP string into Map(name -> [values]) (first occurrence wins, as in browsers). */
export function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const n = name.toLowerCase();
    if (!map.has(n)) map.set(n, values);
  }
  return map;
}

const STRICT_SOURCES = new Set(["'self'", "'none'"]);
const UNSAFE_SCRIPT = new Set(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:', 'blob:']);

/**
 * Problems of a policy: default-src 'self' (or stricter), script-src without
 * unsafe-inline/unsafe-eval (and no wildcards), object-src 'none' in effect.
 * kind 'meta' also rejects directives a meta policy ignores; kind 'header'
 * requires frame-ancestors.
 */
export function policyProblems(policy: string, { kind = 'meta', embed = false }: { kind?: 'meta' | 'header'; embed?: boolean } = {}): string[] {
  const p = parseCsp(policy);
  const problems: string[] = [];
  const def = p.get('default-src');
  if (!def) problems.push(`no default-src`);
  else if (!def.length || !def.every((v) => STRICT_SOURCES.has(v.toLowerCase())))
    problems.push(`default-src is "${def.join(' ')}", expected 'self' or stricter`);
  const script = p.get('script-src') ?? p.get('default-src') ?? [];
  const bad = script.filter((v) => UNSAFE_SCRIPT.has(v.toLowerCase()));
  if (bad.length) problems.push(`script-src allows ${bad.join(' ')}`);
  const obj = p.get('object-src') ?? p.get('default-src') ?? [];
  if (!(obj.length === 1 && obj[0] === "'none'")) problems.push(`object-src is "${obj.join(' ') || '(unset)'}", expected 'none'`);
  if (kind === 'meta') {
    for (const d of ['frame-ancestors', 'report-uri', 'sandbox']) if (p.has(d)) problems.push(`${d} is ignored in a <meta> policy`);
  } else {
    const fa = p.get('frame-ancestors');
    const want = embed ? '*' : "'none'";
    if (!fa) problems.push(`no frame-ancestors (expected ${want})`);
    else if (fa.join(' ') !== want) problems.push(`frame-ancestors is "${fa.join(' ')}", expected ${want}`);
  }
  return problems;
}

const ALLOWED_INLINE_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
const URL_BEARING = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

/** Security problems of one HTML document. */
export function documentSecurityProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const head = [...elements(doc)].find((e) => e.tagName === 'head');
  const metas: { el: El; before: El | null }[] = [];
  let firstResourceInHead: El | null = null;
  for (const el of head ? elements(head) : []) {
    if (el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy') {
      metas.push({ el, before: firstResourceInHead });
    } else if (!firstResourceInHead && ['script', 'link', 'style', 'base'].includes(el.tagName)) {
      const loads = ['stylesheet', 'preload', 'modulepreload', 'icon', 'manifest', 'prefetch', 'preconnect', 'dns-prefetch'];
      if (el.tagName !== 'link' || loads.some((r) => relHas(el, r))) firstResourceInHead = el;
    }
  }
  if (!isRedirectPage(doc)) {
    if (!metas.length) problems.push('no <meta http-equiv="Content-Security-Policy"> in <head>');
    for (const { el, before } of metas) {
      const policy = attr(el, 'content') ?? '';
      for (const p of policyProblems(policy, { kind: 'meta' })) problems.push(`CSP meta (line ${lineOf(el)}): ${p}`);
      if (before) problems.push(`CSP meta (line ${lineOf(el)}) comes after <${before.tagName}> (line ${lineOf(before)}), which it then does not cover`);
    }
  }
  for (const el of elements(doc)) {
    for (const a of el.attrs) {
      if (/^on[a-z]+$/i.test(a.name)) problems.push(`inline event handler ${describeEl(el)} ${a.name}="${a.value.slice(0, 60)}" (line ${lineOf(el)})`);
    }
    for (const n of URL_BEARING) {
      const v = n === 'xlink:href' ? el.attrs.find((x) => x.name === 'href' && x.prefix === 'xlink')?.value : attr(el, n);
      if (v && /^\s*javascript:/i.test(v)) problems.push(`javascript: URL in ${describeEl(el)} ${n} (line ${lineOf(el)})`);
    }
    if (el.tagName === 'script' && attr(el, 'src') === undefined) {
      const type = (attr(el, 'type') ?? '').trim().toLowerCase();
      if (!ALLOWED_INLINE_SCRIPT_TYPES.has(type)) {
        const code = textOf(el).trim().replace(/\s+/g, ' ').slice(0, 60);
        problems.push(`inline <script${type ? ` type="${type}"` : ''}> without src (line ${lineOf(el)}): ${code}`);
      }
    }
    const parent = el.parentNode;
    if (el.tagName === 'style' && !(parent && 'tagName' in parent && parent.tagName === 'noscript')) {
      problems.push(`inline <style> element (line ${lineOf(el)}): blocked by style-src 'self'; use a stylesheet`);
    }
  }
  return problems;
}

/** Security gate over every HTML file; one check per file. */
export function gateSecurity({ root, htmlFiles, reporter }: FilesGate): void {
  for (const rel of htmlFiles) {
    const doc = parseHtmlFile(path.join(root, rel));
    reporter.check('security', fileToUrlPath(rel), documentSecurityProblems(doc));
  }
}

/**
 * dist/_headers gives every served path exactly one CSP, with
 * frame-ancestors 'none' (or * under /embed/ and /zh/embed/). Evaluated with
 * Cloudflare Pages semantics (every matching rule applies; a header set by two
 * rules is sent twice, and a browser then enforces both policies).
 */
export function gateHeaders({ root, files, reporter }: { root: string; files: string[]; reporter: Reporter }): void {
  const file = path.join(root, '_headers');
  const target = '_headers';
  if (!existsSync(file)) {
    reporter.fail('security', target, ['dist/_headers is missing: run `npm run headers` after `astro build`']);
    return;
  }
  let rules: ReturnType<typeof parseHeadersFile>;
  try {
    rules = parseHeadersFile(readFileSync(file, 'utf8'));
  } catch (err) {
    reporter.fail('security', target, [err instanceof Error ? err.message : String(err)]);
    return;
  }
  const paths = new Set<string>();
  for (const rel of files) {
    if (CONFIG_FILES.has(rel)) continue;
    paths.add('/' + rel);
    if (rel === 'index.html' || rel.endsWith('/index.html')) paths.add(fileToUrlPath(rel));
  }
  const problems: string[] = [];
  for (const p of [...paths].sort()) {
    const csp = headersForPath(rules, p).filter(([n]) => n.toLowerCase() === 'content-security-policy');
    const embed = isEmbedPath(p);
    if (csp.length === 0) problems.push(`${p}: no Content-Security-Policy header`);
    else if (csp.length > 1)
      problems.push(
        `${p}: ${csp.length} Content-Security-Policy headers from overlapping rules (a browser enforces all of them): ${csp.map(([, v]) => `"${(/frame-ancestors[^;]*/.exec(v) ?? ['?'])[0]}"`).join(' + ')}`,
      );
    else for (const q of policyProblems(csp[0]![1], { kind: 'header', embed })) problems.push(`${p}: ${q}`);
  }
  reporter.check('security', target, problems, [`${paths.size} paths, ${rules.length} rules`]);
}
