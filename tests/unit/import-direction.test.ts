/**
 * Imports run one way. src/ is built in floors, each importing only from floors below it:
 *
 *   pages → layouts → components → site → charts → lib → i18n
 *                                  client ────────→ lib → i18n
 *
 * - i18n/: the locale list and the interface strings; imports nothing of ours but itself.
 * - lib/: pure helpers (no DOM, no Astro): formatting, schemas, projection, data access.
 * - charts/: pure chart modules, (data, options) → SVG.
 * - site/: build-time assembly (catalogue, social cards, PNG, lesson notes, downloads, licence).
 * - client/: code that runs in the reader's browser; it must not pull chart or build code into a bundle.
 * - components/, layouts/, pages/: Astro.
 * Beside the floors: src/ never imports scripts/ or tests/; scripts/ never imports tests/; and no module
 * in src/ is part of an import cycle, types included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const CODE = /\.(ts|mts|mjs|js|astro)$/;

/** Every relative module specifier in a source text: import/export ... from, bare import, import(). */
export function relativeSpecifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]*)\1/g;
  for (const m of text.matchAll(re)) out.push(m[2]!);
  return out;
}

/** Bare specifiers (packages and virtual modules such as astro:content). */
function bareSpecifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^.'"\n][^'"\n]*)\1/g;
  for (const m of text.matchAll(re)) out.push(m[2]!);
  return out;
}

interface Edge {
  from: string;
  to: string;
  spec: string;
}

/** Repo-relative posix path of an import target, without a query (?raw) and with its extension resolved. */
function resolveTarget(fromFile: string, spec: string, known: Set<string>): string {
  const bare = spec.replace(/\?.*$/, '');
  const abs = path
    .relative(REPO, path.resolve(REPO, path.dirname(fromFile), bare))
    .split(path.sep)
    .join('/');
  for (const ext of ['', '.ts', '.astro', '.mjs', '.js', '/index.ts']) if (known.has(abs + ext)) return abs + ext;
  return abs;
}

function edges(dir: string): Edge[] {
  const files = listFiles(path.join(REPO, dir))
    .filter((f) => CODE.test(f))
    .map((f) => `${dir}/${f}`);
  const known = new Set(files);
  const out: Edge[] = [];
  for (const file of files) {
    for (const spec of relativeSpecifiers(readFileSync(path.join(REPO, file), 'utf8'))) {
      out.push({ from: file, to: resolveTarget(file, spec, known), spec });
    }
  }
  return out;
}

const under = (p: string, dir: string) => p === dir || p.startsWith(dir + '/');

/** `file: specifier` for each import from a file under `dir` into one of `forbidden`. */
function violations(all: Edge[], dir: string, forbidden: string[]): string[] {
  return all.filter((e) => under(e.from, dir) && forbidden.some((f) => under(e.to, f))).map((e) => `${e.from}: ${e.spec}`);
}

/** The floors of src/, and what each may not import. */
const FLOOR_RULES: Record<string, string[]> = {
  'src/i18n': ['src/lib', 'src/charts', 'src/site', 'src/client', 'src/components', 'src/layouts', 'src/pages'],
  'src/lib': ['src/charts', 'src/site', 'src/client', 'src/components', 'src/layouts', 'src/pages', 'src/content'],
  'src/charts': ['src/site', 'src/client', 'src/components', 'src/layouts', 'src/pages', 'src/content'],
  'src/site': ['src/client', 'src/components', 'src/layouts', 'src/pages'],
  'src/client': ['src/charts', 'src/site', 'src/components', 'src/layouts', 'src/pages', 'src/content'],
  'src/components': ['src/pages'],
  'src/layouts': ['src/pages'],
};

/** Each cycle in the graph, as the list of its modules (Tarjan's strongly connected components of size > 1). */
export function cycles(all: Pick<Edge, 'from' | 'to'>[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of all) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let i = 0;
  const visit = (v: string) => {
    index.set(v, i);
    low.set(v, i++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (next.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

describe('import direction', () => {
  const src = edges('src');

  it('finds the imports it must (the scanner itself)', () => {
    const text = `import a from '../../scripts/x';\nimport type { B } from "../tests/y.ts";\nexport * from './z';\nimport './side.css';\nconst c = await import('../scripts/lazy.ts');`;
    expect(relativeSpecifiers(text)).toEqual(['../../scripts/x', '../tests/y.ts', './z', './side.css', '../scripts/lazy.ts']);
  });

  it('finds a cycle, a self-import and no false one (the cycle finder itself)', () => {
    expect(
      cycles([
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
        { from: 'c', to: 'd' },
      ]),
    ).toEqual([['a', 'b', 'c']]);
    expect(cycles([{ from: 'a', to: 'a' }])).toEqual([['a']]);
    expect(
      cycles([
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
        { from: 'b', to: 'c' },
      ]),
    ).toEqual([]);
  });

  it('sees every floor (a renamed folder would make its rules pass vacuously)', () => {
    for (const floor of Object.keys(FLOOR_RULES))
      expect(
        src.some((e) => under(e.from, floor)),
        floor,
      ).toBe(true);
  });

  it.each(Object.entries(FLOOR_RULES))('%s imports no floor above it', (floor, forbidden) => {
    expect(violations(src, floor, forbidden)).toEqual([]);
  });

  it('src/ imports nothing from scripts/ or tests/', () => {
    expect(violations(src, 'src', ['scripts', 'tests'])).toEqual([]);
  });

  it('scripts/ imports nothing from tests/', () => {
    expect(violations(edges('scripts'), 'scripts', ['tests'])).toEqual([]);
  });

  it('no module in src/ is part of an import cycle', () => {
    expect(cycles(src)).toEqual([]);
  });

  it('src/lib, src/i18n and src/charts are pure: no DOM, no Astro', () => {
    const offenders: string[] = [];
    for (const dir of ['src/lib', 'src/i18n', 'src/charts']) {
      for (const rel of listFiles(path.join(REPO, dir)).filter((f) => CODE.test(f))) {
        const text = readFileSync(path.join(REPO, dir, rel), 'utf8');
        const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
        if (/\b(document|window|navigator|localStorage)\s*\./.test(code)) offenders.push(`${dir}/${rel}: DOM global`);
        if (bareSpecifiers(text).some((s) => s.startsWith('astro'))) offenders.push(`${dir}/${rel}: imports Astro`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
