/**
 * Imports run one way: src/ never imports from scripts/ or tests/, and scripts/ never imports
 * from tests/. (tests/ may import from both, scripts/ from src/.)
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

/** `file (line): specifier` for each import in `dir` that resolves into one of `forbidden`. */
function violations(dir: string, forbidden: string[]): string[] {
  const out: string[] = [];
  for (const rel of listFiles(path.join(REPO, dir)).filter((f) => CODE.test(f))) {
    const file = path.join(REPO, dir, rel);
    for (const spec of relativeSpecifiers(readFileSync(file, 'utf8'))) {
      const target = path.relative(REPO, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
      if (forbidden.some((f) => target === f || target.startsWith(f + '/'))) out.push(`${dir}/${rel}: ${spec}`);
    }
  }
  return out;
}

describe('import direction', () => {
  it('finds the imports it must (the scanner itself)', () => {
    const text = `import a from '../../scripts/x';\nimport type { B } from "../tests/y.ts";\nexport * from './z';\nimport './side.css';\nconst c = await import('../scripts/lazy.ts');`;
    expect(relativeSpecifiers(text)).toEqual(['../../scripts/x', '../tests/y.ts', './z', './side.css', '../scripts/lazy.ts']);
  });

  it('src/ imports nothing from scripts/ or tests/', () => {
    expect(violations('src', ['scripts', 'tests'])).toEqual([]);
  });

  it('scripts/ imports nothing from tests/', () => {
    expect(violations('scripts', ['tests'])).toEqual([]);
  });
});
