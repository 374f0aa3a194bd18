/**
 * The palette's one home: the :root custom properties in src/styles/global.css (light, and dark
 * under screen and prefers-color-scheme: dark). To change a colour, change it there and nowhere else.
 *
 * Code that paints without the page's stylesheet (map images, downloadable chart SVGs) reads
 * the same values through this module, which parses global.css at build time (Vite `?raw`).
 * Chosen over generating the CSS from TypeScript: the CSP forbids inline styles, the page keeps
 * its one stylesheet, and there is no generated file to forget to regenerate.
 * Chart modules must not hold colour literals of their own (tests/unit/palette.test.ts checks).
 */
import css from '../styles/global.css?raw';
import { EXIT_YEARS } from './years.ts';

export type Scheme = 'light' | 'dark';
export type Vars = Readonly<Record<string, string>>;

/** The custom properties of the first `:root { … }` block at or after `from`. */
function rootVars(source: string, from: number): Record<string, string> {
  const start = source.indexOf(':root {', from);
  if (start < 0) throw new Error('palette: no :root block in global.css');
  const block = source.slice(start, source.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Light and dark custom properties of a stylesheet; dark inherits what it does not override, as in CSS. */
export function parsePalette(source: string): Record<Scheme, Vars> {
  const light = rootVars(source, 0);
  const media = source.indexOf('@media screen and (prefers-color-scheme: dark)');
  if (media < 0) throw new Error('palette: no dark scheme in global.css');
  return { light, dark: { ...light, ...rootVars(source, media) } };
}

export const PAGE_PALETTE: Record<Scheme, Vars> = parsePalette(css);

/** One colour of the page palette, by custom-property name without the dashes: colour('light', 'exit-2018'). */
export function colour(scheme: Scheme, name: string): string {
  const v = PAGE_PALETTE[scheme][name];
  if (!v || !/^#[0-9a-f]{6}$/i.test(v)) throw new Error(`palette: --${name} is not a colour in the ${scheme} scheme`);
  return v;
}

/** The explicit fills a painted map uses (see src/charts/china-map.ts). */
export interface MapPalette {
  land: string;
  landLine: string;
  provinceLine: string;
  onList: string;
  exit: Record<number, string>;
  area: string;
  areaSoft: string;
  background: string;
}

export function mapPalette(scheme: Scheme): MapPalette {
  const c = (name: string) => colour(scheme, name);
  return {
    land: c('land'),
    landLine: c('land-line'),
    provinceLine: c('province-line'),
    onList: c('onlist'),
    exit: Object.fromEntries(EXIT_YEARS.map((y) => [y, c(`exit-${y}`)])),
    area: c('area'),
    areaSoft: c('area-soft'),
    background: c('bg'),
  };
}
