/**
 * The colours live twice by necessity: as CSS custom properties (src/styles/global.css, for the
 * page) and as values (src/charts/china-map.ts, for painted images that carry no stylesheet).
 * This test keeps them one palette.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, type Palette } from '../../src/charts/china-map';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
function vars(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = vars(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf(':root {', css.indexOf('@media (prefers-color-scheme: dark)'));
const dark = vars(css.slice(darkStart, css.indexOf('}', darkStart)));

const pairs = (p: Palette): [string, string][] => [
  ['land', p.land],
  ['land-line', p.landLine],
  ['province-line', p.provinceLine],
  ['onlist', p.onList],
  ['area', p.area],
  ['area-soft', p.areaSoft],
  ['bg', p.background],
  ...Object.entries(p.exit).map(([y, c]): [string, string] => [`exit-${y}`, c]),
];

describe('the map palette matches the page palette', () => {
  it.each(pairs(LIGHT))('light --%s is %s', (name, value) => expect(light.get(name)).toBe(value));
  it.each(pairs(DARK))('dark --%s is %s', (name, value) => expect(dark.get(name)).toBe(value));
});

describe('exported chart images use the light page palette', () => {
  it('every colour in the standalone stylesheet is a light-palette colour', async () => {
    const { STANDALONE_STYLE } = await import('../../src/charts/standalone');
    const colours = new Set(STANDALONE_STYLE.match(/#[0-9a-f]{6}/gi));
    const palette = new Set(light.values());
    expect([...colours].filter((c) => !palette.has(c))).toEqual([]);
  });
});
