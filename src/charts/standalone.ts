/**
 * A chart SVG made self-contained for download: the page's chart styles, in the light palette, are
 * written into the file, so it looks the same opened alone or placed in slides.
 *
 * The style is derived, not written: it is src/styles/charts.css (the one home of the chart rules,
 * read raw at build time) with every var() resolved to the light palette of global.css
 * (src/lib/palette.ts), and without what only a page needs: @media blocks, transitions, the box
 * properties that size the chart in its figure (width, height, display other than none, overflow),
 * custom properties that only pass a colour down to a state rule,
 * and rules that apply only in a scroll state the page's script sets ([data-scene], [data-year],
 * [data-view]), which a downloaded file never has. A rule therefore exists once; the test
 * tests/unit/chart-style.test.ts checks that every page rule that styles an exported chart is in it.
 */
import chartsCss from '../styles/charts.css?raw';
import { parseCss, printRules, resolveVars, type CssRule } from '../lib/css.ts';
import { PAGE_PALETTE } from '../lib/palette.ts';

/** Attributes that a page script sets to move a chart through its scroll states. */
export const STATE_ATTRIBUTES = ['data-scene', 'data-year', 'data-view'] as const;
/** Declarations that place a chart in the page's layout or animate it there. */
const PAGE_ONLY = (prop: string, value: string) =>
  prop.startsWith('--') ||
  /^(transition|animation|width|height|max-width|overflow|transform-origin|content-visibility|contain)/.test(prop) ||
  (prop === 'display' && value !== 'none');
const STATEFUL = new RegExp(`\\[(${STATE_ATTRIBUTES.join('|')})`);

/** The file's own frame: a background (a page gives it one) and the base font for maps, which have no .chart class. */
const FRAME = 'svg { font: 12px/1 var(--font); background: var(--bg); }';

/**
 * `font` shorthand as longhands: renderers without the shorthand (resvg, for the PNGs) keep the
 * weight and size, and a renderer with another family (the PNG's fonts) can override the family alone.
 */
function longhands([prop, value]: [string, string], root: boolean): [string, string][] {
  if (prop !== 'font') return [[prop, value]];
  const m = /^((?:(?:italic|normal|bold|[1-9]00)\s+)*)(\d+(?:\.\d+)?px)(?:\/(\S+))?\s+(.+)$/.exec(value);
  if (!m) throw new Error(`standalone: cannot read the font shorthand "${value}"`);
  const out: [string, string][] = [];
  for (const t of m[1]!.trim().split(/\s+/).filter(Boolean)) out.push(t === 'italic' ? ['font-style', t] : ['font-weight', t]);
  out.push(['font-size', m[2]!]);
  if (m[3]) out.push(['line-height', m[3]]);
  // The site's font is set once, on the file's <svg> (FRAME); a rule repeats it only to reset the shorthand.
  if (m[4] !== 'var(--font)' || root) out.push(['font-family', m[4]!]);
  return out;
}

/** The export rules of a chart stylesheet: light palette resolved, page-only parts left out. */
export function exportRules(css: string, vars: Readonly<Record<string, string>> = PAGE_PALETTE.light): CssRule[] {
  return parseCss(`${FRAME}\n${css}`)
    .filter((r) => r.atRule === null)
    .map((r) => ({ ...r, selectors: r.selectors.filter((s) => !STATEFUL.test(s)) }))
    .filter((r) => r.selectors.length > 0)
    .map((r) => ({
      ...r,
      declarations: r.declarations
        .filter(([p, v]) => !PAGE_ONLY(p, v))
        .flatMap((d) => longhands(d, r.selectors.includes('svg')).map(([p, v]) => [p, resolveVars(v, vars)] as [string, string])),
    }))
    .filter((r) => r.selectors.length > 0 && r.declarations.length > 0);
}

export const STANDALONE_RULES: CssRule[] = exportRules(chartsCss);
export const STANDALONE_STYLE: string = printRules(STANDALONE_RULES);

export function standaloneSvg(svg: string): string {
  const m = /^<svg[^>]*>/.exec(svg);
  if (!m) throw new Error('standaloneSvg: not an <svg> element');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${m[0]}<style>${STANDALONE_STYLE}</style>${svg.slice(m[0].length)}\n`;
}
