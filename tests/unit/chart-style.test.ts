/**
 * One home for the chart rules: src/styles/charts.css. The page uses it as written; the exported
 * SVGs (and the PNGs drawn from them) use the style derived from it (src/charts/standalone.ts).
 * These tests prove the two cannot drift: every rule of any page stylesheet that styles an exported
 * chart (matched against the chart's own markup, element by element) is in the export style, with
 * its colours resolved to the light palette; and the derivation itself is checked on samples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { CHARTS } from '../../src/site/chart-catalog';
import { exportRules, STANDALONE_RULES, STANDALONE_STYLE, standaloneSvg } from '../../src/charts/standalone';
import { parseCss, resolveVars } from '../../src/lib/css';
import { PAGE_PALETTE } from '../../src/lib/palette';

// Matching every page rule against every element of the big maps takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const STYLES = new URL('../../src/styles/', import.meta.url);
/** Stylesheets the page loads for charts and their figures (print.css only re-colours for paper). */
const pageSheets = readdirSync(STYLES).filter((f) => f.endsWith('.css') && f !== 'print.css');
const exported = new Set(STANDALONE_RULES.flatMap((r) => r.selectors));

/** The root <svg> of an exported chart, parsed as the file is. */
function rootOf(svg: string): Element {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}
/** Does a selector match the root or any element inside it? */
const matchesIn = (root: Element, sel: string) => root.matches(sel) || root.querySelector(sel) !== null;

/** Selectors that can match inside a standalone SVG: no pseudo-elements, no interaction states, no page scroll states. */
const applicable = (s: string) => !/::|:(hover|focus|focus-visible|active|lang|root)\b|\[data-(scene|year|view)|^(html|body|\*)/.test(s);

describe('the export style is derived from charts.css', () => {
  it('resolves every custom property to the light palette', () => {
    expect(STANDALONE_STYLE).not.toMatch(/var\(/);
    expect(STANDALONE_STYLE).toContain(`.chart .seg{stroke:${PAGE_PALETTE.light.line}`);
    expect(STANDALONE_STYLE).toContain(`background:${PAGE_PALETTE.light.bg}`);
  });

  it('drops @media blocks, transitions, layout boxes and scroll-state rules, keeps display:none', () => {
    const css = `.a { width: 100%; display: block; fill: var(--accent); transition: opacity 1s; }
      .b { display: none; font: 700 11px var(--font); } .s[data-scene='1'] .c, .d { opacity: 1; }
      @media (max-width: 40rem) { .e { fill: red; } } .f { --x: var(--accent); }`;
    const rules = exportRules(css);
    const text = rules.map((r) => `${r.selectors.join(',')}{${r.declarations.map((d) => d.join(':')).join(';')}}`);
    expect(text).toEqual([
      `svg{font-size:12px;line-height:1;font-family:${PAGE_PALETTE.light.font};background:${PAGE_PALETTE.light.bg}}`,
      `.a{fill:${PAGE_PALETTE.light.accent}}`,
      '.b{display:none;font-weight:700;font-size:11px}',
      '.d{opacity:1}',
    ]);
  });

  it('fails on a colour that is not in the palette', () => {
    expect(() => resolveVars('var(--no-such-colour)', PAGE_PALETTE.light)).toThrow(/no-such-colour/);
  });

  it('keeps the page cascade: charts.css rules in their order', () => {
    const page = parseCss(readFileSync(new URL('charts.css', STYLES), 'utf8'))
      .filter((r) => r.atRule === null)
      .flatMap((r) => r.selectors.filter(applicable));
    const order = STANDALONE_RULES.flatMap((r) => r.selectors).filter((s) => s !== 'svg');
    // The exported selectors are the page's, in the page's order (a subsequence of it).
    let i = 0;
    for (const s of order) {
      while (i < page.length && page[i] !== s) i++;
      expect(i, `${s} out of order`).toBeLessThan(page.length);
      i++;
    }
  });
});

describe('no chart rule lives only on the page', () => {
  const svgs = CHARTS.flatMap((c) => (['en', 'zh'] as const).map((l) => [`${c.slug}-${l}`, c.svg(l, {}, `${c.slug}-${l}`)] as const));
  const roots = svgs.map(([name, svg]) => [name, rootOf(svg)] as const);

  it.each(pageSheets)('every rule of %s that styles an exported chart is in the export style', (sheet) => {
    const rules = parseCss(readFileSync(new URL(sheet, STYLES), 'utf8')).filter((r) => r.atRule === null);
    const missing: string[] = [];
    for (const [name, root] of roots) {
      for (const r of rules) {
        if (r.declarations.every(([p]) => /^(transition|width|height|max-width|overflow|display|--)/.test(p))) continue;
        for (const sel of r.selectors.filter(applicable)) {
          let hit = false;
          try {
            hit = matchesIn(root, sel);
          } catch {
            continue; // a selector the DOM shim cannot read matches no SVG element of ours
          }
          if (hit && !exported.has(sel)) missing.push(`${name}: ${sheet} "${sel}"`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('a chart class with a page rule and no export rule is caught (the check itself)', () => {
    const root = rootOf('<svg class="chart chart-x"><text class="only-on-page"/></svg>');
    const pageRule = parseCss('.chart-x .only-on-page { fill: var(--text); }')[0]!;
    const hit = pageRule.selectors.some((s) => matchesIn(root, s) && !exported.has(s));
    expect(hit).toBe(true);
  });

  it('every exported file carries the derived style', () => {
    for (const [, svg] of svgs) expect(standaloneSvg(svg)).toContain(`<style>${STANDALONE_STYLE}</style>`);
  });
});
