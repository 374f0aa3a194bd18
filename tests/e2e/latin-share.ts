// The Latin share of a page: Latin letters among all letters (Latin + Han) in the text a reader
// sees in the body (<main> and the page frame: header, footer, navigation), leaving out
//   - elements marked with a language that is not Chinese (lang="en", lang="la" …): quoted
//     English titles, names that have no Chinese form,
//   - <script>, <style>, <template> (<noscript> counts: it is read without JavaScript; the page is
//     parsed with scripting off so that its content is markup, not text),
//   - code (<code>, <pre>, <kbd>, <samp>: embed snippets are code, not prose),
//   - URLs, e-mail addresses, domain names, repository paths (owner/name) and URL parameters
//     (?year=2018) written out in text, and acronyms (CSV, PNG, CC BY: symbols, like unit symbols), and hidden elements (hidden, aria-hidden="true").
// SVG <text> counts: chart labels are read.
//
//   npx tsx tests/e2e/latin-share.ts [dist] [/zh/ /zh/sources/ …]   prints the share per page
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { REPO, attr, urlPathToFile, discoverPages, type Doc, type El } from './common.ts';

type AnyNode = T.Node;

const SKIP_TAGS = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'head', 'title']);
const URL_RE =
  /\b(?:https?:\/\/|www\.)\S+|[?&][a-z]+=[\w<>-]*|\b[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+(?:\.[\w-]+)*\.(?:cn|com|org|net|gov|edu|io|info|xyz|top|tw|cc|me|html?|json|csv|svg|png|js)\b\S*|\b[\w-]+\/[\w-]+(?:\/[\w.-]+)*/gi;
/** Acronyms (CSV, PNG, CC BY, JSON): symbols, like unit symbols, not words. */
const ACRONYM_RE = /\b[A-Z]{2,5}\b/g;
const LATIN_RE = /\p{Script=Latin}/gu;
const HAN_RE = /\p{Script=Han}/gu;

/** True when a lang value names a Chinese language (zh, zh-Hans, zh-Hant, cmn …). */
export function isChineseLang(lang: string): boolean {
  return /^(zh|cmn|yue|lzh)(-|$)/i.test(lang.trim());
}

/** One run of reader-visible text, with the element it sits in. */
export interface TextRun {
  text: string;
  el: El;
  /** True when the run sits inside an element that counts as running text (p, li, td, figcaption, dd, …). */
  inline: boolean;
}

/**
 * The reader-visible text runs of a page that are in the page's own language (Chinese elements
 * only when `chineseOnly`): the text the Latin share and the typography checks read.
 */
export function visibleRuns(doc: Doc): TextRun[] {
  const out: TextRun[] = [];
  const body = findBody(doc);
  if (!body) return out;
  const walk = (node: AnyNode, parent: El) => {
    if (node.nodeName === '#text') {
      const text = (node as T.TextNode).value;
      if (text.trim()) out.push({ text, el: parent, inline: true });
      return;
    }
    if (!('tagName' in node)) return;
    const el = node as El;
    if (SKIP_TAGS.has(el.tagName)) return;
    const lang = attr(el, 'lang') ?? attr(el, 'xml:lang');
    if (lang !== undefined && lang !== '' && !isChineseLang(lang)) return;
    if (el.attrs.some((a) => a.name === 'hidden') || attr(el, 'aria-hidden') === 'true') return;
    for (const kid of el.childNodes as AnyNode[]) walk(kid, el);
  };
  for (const kid of body.childNodes as AnyNode[]) walk(kid, body);
  return out;
}

function findBody(doc: Doc): El | null {
  const html = (doc.childNodes as AnyNode[]).find((n) => 'tagName' in n && (n as El).tagName === 'html') as El | undefined;
  return (((html?.childNodes ?? []) as AnyNode[]).find((n) => 'tagName' in n && (n as El).tagName === 'body') as El | null) ?? null;
}

export interface LatinShare {
  latin: number;
  han: number;
  /** latin / (latin + han), 0 when the page has no letters */
  share: number;
  /** The longest Latin stretches (for reports). */
  samples: string[];
}

/** Latin letters among Latin + Han letters in the given text runs (URLs removed). */
export function latinShareOfRuns(runs: readonly TextRun[]): LatinShare {
  let latin = 0;
  let han = 0;
  const stretches = new Map<string, number>();
  for (const r of runs) {
    const text = r.text.replace(URL_RE, ' ').replace(ACRONYM_RE, ' ');
    latin += text.match(LATIN_RE)?.length ?? 0;
    han += text.match(HAN_RE)?.length ?? 0;
    for (const m of text.matchAll(/[\p{Script=Latin}][\p{Script=Latin}\s\d.,:;'’()&/-]*[\p{Script=Latin}]|\p{Script=Latin}/gu)) {
      const s = m[0].replace(/\s+/g, ' ');
      stretches.set(s, (stretches.get(s) ?? 0) + 1);
    }
  }
  const samples = [...stretches.entries()]
    .sort((a, b) => b[0].length * b[1] - a[0].length * a[1])
    .slice(0, 12)
    .map(([s, n]) => (n > 1 ? `${s} (×${n})` : s));
  return { latin, han, share: latin + han ? latin / (latin + han) : 0, samples };
}

/** A built page parsed as a reader without JavaScript sees it (<noscript> content as elements). */
export function parsePage(abs: string): Doc {
  return parse(readFileSync(abs, 'utf8'), { scriptingEnabled: false, sourceCodeLocationInfo: true });
}

export function latinShare(doc: Doc): LatinShare {
  return latinShareOfRuns(visibleRuns(doc));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const root = path.resolve(args[0] && existsSync(args[0]) && !args[0].startsWith('/zh') ? args.shift()! : path.join(REPO, 'dist'));
  let paths = args;
  if (!paths.length)
    paths = discoverPages(root)
      .pages.map((p) => p.urlPath)
      .filter((p) => p.startsWith('/zh/'));
  for (const p of paths) {
    const file = urlPathToFile(root, p);
    if (!file) {
      console.log(`${p}: no file`);
      continue;
    }
    const s = latinShare(parsePage(file));
    console.log(`${(s.share * 100).toFixed(1).padStart(5)} %  ${p}  (Latin ${s.latin}, Han ${s.han})`);
    if (process.env.VERBOSE) for (const x of s.samples) console.log(`         ${x.slice(0, 140)}`);
  }
}
