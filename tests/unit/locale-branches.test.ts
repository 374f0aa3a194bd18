/**
 * No code outside src/i18n/ decides by comparing with a locale name or carries copy for one:
 * components, layouts, build-time assembly, browser code and helpers read their words from the
 * dictionaries (src/i18n/<locale>.ts, through strings() / t()), their prose from
 * src/content/**\/<locale>/, a data record's per-edition fields through localized(), and
 * script-dependent choices from LOCALE_INFO. So an edition (e.g. zh-Hant) is added in src/i18n/
 * and src/content/ only. src/lib/i18n.ts, which maps locales to all of that, is the one exception.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const DIRS = ['src/components', 'src/layouts', 'src/site', 'src/client', 'src/lib', 'src/charts', 'src/pages'];
const ALLOWED = new Set(['src/lib/i18n.ts']);
const CODE = /\.(ts|mts|js|mjs|astro)$/;

export const RULES: [name: string, re: RegExp][] = [
  ["a comparison with 'zh' (=== 'zh' / !== 'zh')", /[!=]==?\s*['"`]zh['"`]|['"`]zh['"`]\s*[!=]==?/],
  ['a branch on a zh flag (zh ? … : …)', /\bzh\s*\?(?![.?])/],
  ["an inline { en: '…', zh: '…' } literal", /\{\s*en\s*:\s*(?:['"`]|<|\()[\s\S]{0,400}?,\s*zh\s*:\s*(?:['"`]|<|\()/],
];

/** The rules a source text breaks, each with the line it starts on. */
export function localeBranches(text: string): string[] {
  const out: string[] = [];
  for (const [name, re] of RULES) {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) out.push(`line ${text.slice(0, m.index).split('\n').length}: ${name}: ${m[0].slice(0, 60).replace(/\s+/g, ' ')}`);
  }
  return out;
}

describe('the scanner', () => {
  it.each([
    ["const zh = locale === 'zh';", 1],
    ["if (locale !== 'zh') return;", 1],
    ["const s = zh ? '来源' : 'Source';", 1],
    ["const name = { en: 'Licence', zh: '许可协议' };", 1],
    ["const name = {\n  en: 'Licence',\n  zh: '许可协议',\n};", 1],
    ['const x = { en: <>a</>, zh: <>b</> };', 1],
    ["const zh = LOCALE_INFO[locale].data; const s = o?.zh ?? '';", 0],
    ["const t = localized(place, 'name', locale);", 0],
    ['const o = { en, zh };', 0],
  ] as const)('%s → %d', (text, n) => expect(localeBranches(text)).toHaveLength(n));
});

describe('no locale branches or inline copy outside src/i18n/', () => {
  const files = DIRS.flatMap((d) => listFiles(path.join(REPO, d)).map((f) => `${d}/${f}`)).filter((f) => CODE.test(f) && !ALLOWED.has(f));
  it('finds the files', () => expect(files.length).toBeGreaterThan(40));
  it.each(files)('%s', (f) => {
    expect(localeBranches(readFileSync(path.join(REPO, f), 'utf8'))).toEqual([]);
  });
});
