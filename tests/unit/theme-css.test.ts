import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DARK_MEDIA, themeCss, withThemeOverrides } from '../../scripts/lib/theme-css.mjs';
import { parsePalette } from '../../src/lib/palette';

const GLOBAL = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

/** The custom properties set by the first rule whose selector is exactly `selector`. */
function varsOf(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) return {};
  const block = css.slice(at, css.indexOf('}', at));
  return Object.fromEntries([...block.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('withThemeOverrides: ?theme= without a second hand-written dark palette', () => {
  const out = withThemeOverrides(GLOBAL);
  const palette = parsePalette(GLOBAL);

  it('forces, under data-theme="dark", exactly the dark block of global.css', () => {
    const forced = varsOf(out, ":root[data-theme='dark']");
    const darkBlock = varsOf(GLOBAL.slice(GLOBAL.indexOf(DARK_MEDIA)), ':root');
    expect(Object.keys(darkBlock).length).toBeGreaterThan(20);
    expect(forced).toEqual(darkBlock);
    for (const [k, v] of Object.entries(forced)) expect(palette.dark[k]).toBe(v);
  });

  it('lets data-theme="light" beat the dark media query', () => {
    const media = out.slice(out.indexOf(DARK_MEDIA));
    expect(media.slice(0, media.indexOf('{', DARK_MEDIA.length) + 1 + 40)).toContain(":root:not([data-theme='light']) {");
    expect(out).toContain(":root[data-theme='light'] { color-scheme: light; }");
  });

  it('forces dark on screen only (paper stays light) and sets color-scheme', () => {
    expect(out).toMatch(/@media screen \{\s*:root\[data-theme='dark'\] \{[^}]*color-scheme: dark;\s*\}\s*\}/);
  });

  it('keeps everything else and the light palette as they are', () => {
    expect(out.slice(0, out.indexOf(DARK_MEDIA))).toBe(GLOBAL.slice(0, GLOBAL.indexOf(DARK_MEDIA)));
    expect(out.endsWith(GLOBAL.slice(GLOBAL.indexOf('}', GLOBAL.indexOf('}', GLOBAL.indexOf(DARK_MEDIA)) + 1) + 1))).toBe(true);
    expect(varsOf(out, ':root')).toEqual(palette.light);
  });

  it('stops the build on a stylesheet of another shape', () => {
    expect(() => withThemeOverrides(':root { --bg: #fff; }')).toThrow(/no "@media screen and \(prefers-color-scheme: dark\)"/);
    expect(() => withThemeOverrides(`${DARK_MEDIA} { body { color: red; } }`)).toThrow(/exactly one ":root \{"/);
    expect(() => withThemeOverrides(`${DARK_MEDIA} { :root { --bg: #000; }`)).toThrow(/not closed/);
    expect(() => withThemeOverrides(`${DARK_MEDIA} { :root { --a: #000; } }\n${DARK_MEDIA} { :root { --b: #000; } }`)).toThrow(/more than one/);
  });

  it('the Vite plugin rewrites global.css for the pages, never its ?raw import (src/lib/palette.ts)', () => {
    const plugin = themeCss();
    const file = path.resolve('src/styles/global.css');
    expect(plugin.transform(GLOBAL, file)?.code).toBe(out);
    expect(plugin.transform(GLOBAL, `${file}?direct`)?.code).toBe(out);
    expect(plugin.transform(GLOBAL, `${file}?raw`)).toBeNull();
    expect(plugin.transform(GLOBAL, path.resolve('src/styles/print.css'))).toBeNull();
  });
});
