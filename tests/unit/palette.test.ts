/**
 * One home for the palette: the custom properties in src/styles/global.css. src/lib/palette.ts
 * reads them for code that paints without the stylesheet (map images, exported chart SVGs);
 * these tests check the reading, and that no chart module keeps colours of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from '../../src/charts/china-map';
import { STANDALONE_STYLE } from '../../src/charts/standalone';
import { colour, PAGE_PALETTE, parsePalette } from '../../src/lib/palette';
import { EXIT_YEARS } from '../../src/lib/years';

const HEX = /^#[0-9a-f]{6}$/i;
const colourNames = (scheme: 'light' | 'dark') =>
  Object.entries(PAGE_PALETTE[scheme])
    .filter(([, v]) => v.startsWith('#'))
    .map(([k]) => k);

describe('parsePalette', () => {
  const sample = ':root {\n  --bg: #ffffff;\n  --text: #000000;\n}\n@media screen and (prefers-color-scheme: dark) {\n  :root {\n    --bg: #111111;\n  }\n}';
  it('reads light, and dark over light as the cascade would', () => {
    expect(parsePalette(sample)).toEqual({ light: { bg: '#ffffff', text: '#000000' }, dark: { bg: '#111111', text: '#000000' } });
  });
  it('refuses a stylesheet without a dark scheme', () => expect(() => parsePalette(':root { --bg: #fff; }')).toThrow(/dark/));
});

describe('the page palette (global.css)', () => {
  it('every colour is a six-digit hex value, in both schemes', () => {
    for (const s of ['light', 'dark'] as const) for (const k of colourNames(s)) expect(PAGE_PALETTE[s][k], `${s} --${k}`).toMatch(HEX);
  });
  it('the dark scheme sets every colour itself (none falls through from light by accident)', () => {
    const dark = parsePalette(readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8')).dark;
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const darkBlock = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));
    const missing = colourNames('light').filter((k) => !darkBlock.includes(`--${k}:`));
    expect(missing).toEqual([]);
    expect(Object.keys(dark).length).toBeGreaterThan(10);
  });
  it('colour() refuses a name that is not a colour', () => {
    expect(() => colour('light', 'font')).toThrow();
    expect(() => colour('dark', 'no-such-colour')).toThrow();
  });
});

describe('painted maps use the page palette', () => {
  it('has an exit colour for every exit year, distinct within each scheme', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const years = Object.keys(PAGE_PALETTE[scheme])
        .flatMap((k) => /^exit-(\d{4})$/.exec(k)?.[1] ?? [])
        .map(Number);
      expect(years, `--exit-YYYY in the ${scheme} scheme`).toEqual([...EXIT_YEARS]);
    }
    for (const p of [LIGHT, DARK]) expect(new Set(Object.values(p.exit)).size).toBe(EXIT_YEARS.length);
  });
  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('%s map colours are page colours', (scheme, p) => {
    expect(p.land).toBe(PAGE_PALETTE[scheme].land);
    expect(p.onList).toBe(PAGE_PALETTE[scheme].onlist);
    expect(p.background).toBe(PAGE_PALETTE[scheme].bg);
    expect(p.exit[2018]).toBe(PAGE_PALETTE[scheme]['exit-2018']);
  });
});

describe('exported chart images use the light page palette', () => {
  it('every colour in the standalone stylesheet is a light-palette colour', () => {
    const colours = new Set(STANDALONE_STYLE.match(/#[0-9a-f]{6}/gi));
    const palette = new Set(Object.values(PAGE_PALETTE.light));
    expect(colours.size).toBeGreaterThan(5);
    expect([...colours].filter((c) => !palette.has(c))).toEqual([]);
  });
});

describe('no second home for colours', () => {
  // Plot draws with placeholder fills #000001… that become classes (src/charts/province-exits.ts).
  const files = (dir: string, ext: RegExp): string[] =>
    readdirSync(new URL(dir, import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((f) => ext.test(f))
      .map((f) => `${dir}${f}`);
  it.each([
    ...files('../../src/charts/', /\.ts$/),
    ...files('../../src/components/', /\.astro$/),
    ...files('../../src/layouts/', /\.astro$/),
    ...files('../../src/client/', /\.ts$/),
  ])('%s has no colour literals', (f) => {
    const src = readFileSync(new URL(f, import.meta.url), 'utf8').replaceAll('`#00000${i + 1}`', '');
    const literals = [...src.matchAll(/#[0-9a-f]{3,6}\b|rgba?\(|hsla?\(/gi)].map((m) => m[0]);
    expect(literals).toEqual([]);
  });
});
