/**
 * Exits by province: for each province with poverty-stricken counties, a bar stacked by the
 * year its counties left the list. Drawn with Observable Plot at build time on a server-side
 * DOM (linkedom), then made to fit the site: Plot's <style> element is dropped (the CSP allows
 * no inline styles; the page's stylesheet does that work), each year's fill becomes a class,
 * so the page's light and dark palettes apply, and the chart is one accessible image.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { localized, scriptOf, strings, type Locale } from '../lib/i18n.ts';
import type { County, Province } from '../lib/schemas.ts';
import { EXIT_YEARS } from '../lib/years.ts';
import { formatNumber } from '../lib/format.ts';
import { esc } from './svg.ts';
import { defineChart } from './definition.ts';
import { countyExitCounts } from './county-exits.ts';
import { COUNTY_LIST_SOURCE } from '../lib/source-ids.ts';

export interface ProvinceExitRow {
  province: string;
  name: string;
  year: number;
  count: number;
}

/** One row per province and exit year with at least one county; provinces ordered by total, largest first. */
export function provinceExitRows(
  counties: Pick<County, 'province' | 'exitYear'>[],
  provinces: Pick<Province, 'code' | 'nameEn' | 'shortZh'>[],
  locale: Locale,
): ProvinceExitRow[] {
  const totals = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const c of counties) {
    totals.set(c.province, (totals.get(c.province) ?? 0) + 1);
    cells.set(`${c.province}|${c.exitYear}`, (cells.get(`${c.province}|${c.exitYear}`) ?? 0) + 1);
  }
  const order = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  const name = (code: string) => {
    const p = provinces.find((x) => x.code === code);
    if (!p) throw new Error(`provinceExitRows: unknown province ${code}`);
    // Chinese: the short name (云南 for 云南省); English has no shorter form than the name.
    return localized({ en: p.nameEn, zh: p.shortZh }, locale);
  };
  return order.flatMap((p) =>
    EXIT_YEARS.filter((y) => cells.has(`${p}|${y}`)).map((year) => ({ province: p, name: name(p), year, count: cells.get(`${p}|${year}`)! })),
  );
}

/** Placeholder fills Plot draws with; each becomes class y<year> after rendering. */
const YEAR_FILL = new Map(EXIT_YEARS.map((y, i) => [y, `#00000${i + 1}`]));

export interface ProvinceExitsOptions {
  locale: Locale;
  width?: number;
  id?: string;
}

export function provinceExitsChart(
  counties: Pick<County, 'province' | 'exitYear'>[],
  provinces: Pick<Province, 'code' | 'nameEn' | 'shortZh'>[],
  o: ProvinceExitsOptions,
): string {
  const l = o.locale;
  const t = strings(l).charts.provinceExits;
  const width = o.width ?? 640;
  const id = o.id ?? 'province-exits';
  const rows = provinceExitRows(counties, provinces, l);
  const names = [...new Set(rows.map((r) => r.name))];
  const total = (n: string) => rows.filter((r) => r.name === n).reduce((s, r) => s + r.count, 0);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document: document as unknown as Document,
    width,
    height: names.length * 18 + 40,
    // Room for the province names: a few Han characters, or English names up to "Inner Mongolia".
    marginLeft: scriptOf(l) === 'han' ? 52 : 100,
    marginRight: 28,
    x: { label: t.axis, grid: true, axis: 'top' },
    y: { domain: names, label: null },
    color: { domain: [...EXIT_YEARS], range: [...YEAR_FILL.values()] },
    marks: [
      Plot.barX(rows, { y: 'name', x: 'count', fill: 'year', order: 'year', insetTop: 1, insetBottom: 1 }),
      Plot.text(names, { y: (d: string) => d, x: total, text: (d: string) => formatNumber(total(d), l), dx: 4, textAnchor: 'start' }),
    ],
  }) as unknown as Element;
  svg.querySelector('style')?.remove();
  // The whole chart is one image with a title and description; Plot's labels on inner groups
  // are not valid ARIA there (a <g> has no role that takes a name).
  for (const n of svg.querySelectorAll('[aria-label], [aria-description]')) {
    n.removeAttribute('aria-label');
    n.removeAttribute('aria-description');
  }
  // Plot writes font-variant="tabular-nums" on numeric tick labels: not a valid value of the SVG
  // attribute (normal | small-caps), so it becomes a class that the chart CSS styles instead.
  for (const n of svg.querySelectorAll('[font-variant="tabular-nums"]')) {
    n.removeAttribute('font-variant');
    n.setAttribute('class', [n.getAttribute('class'), 'tabular-nums'].filter(Boolean).join(' '));
  }
  for (const [year, fill] of YEAR_FILL)
    for (const n of svg.querySelectorAll(`[fill="${fill}"]`)) {
      n.removeAttribute('fill');
      n.setAttribute('class', `y${year}`);
    }
  svg.removeAttribute('class');
  svg.setAttribute('class', 'chart chart-province-exits');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  const top = names[0]!;
  const head = `<title id="${id}-title">${esc(t.svgTitle)}</title><desc id="${id}-desc">${esc(t.desc(formatNumber(names.length, l), top, formatNumber(total(top), l)))}</desc>`;
  return svg.outerHTML.replace(/^(<svg[^>]*>)/, `$1${head}`);
}

/** The chart's definition (src/charts/definition.ts). */
export const provinceExits = defineChart({
  id: 'province-exits',
  data: ({ counties, provinces }) => ({ counties, provinces }),
  title: (l) => strings(l).charts.provinceExits.title(EXIT_YEARS[0], EXIT_YEARS.at(-1)!),
  summary: (l, d) => strings(l).charts.provinceExits.summary(formatNumber(d.counties.length, l)),
  headline: (l, d) => {
    const t = strings(l).charts.provinceExits;
    const max = Math.max(...d.provinces.map((p) => p.counties));
    const names = d.provinces.filter((p) => p.counties === max).map((p) => localized(p, 'name', l));
    return { value: formatNumber(max, l), label: t.headline(formatNumber(d.counties.length, l), names.join(t.headlineAnd)) };
  },
  sources: () => [COUNTY_LIST_SOURCE],
  downloads: ['counties'],
  embedHeight: 680,
  legend: (l) => EXIT_YEARS.map((y) => ({ swatch: `sw-${y}`, label: strings(l).legendLeftIn(y) })),
  draw: (d, { locale, id, size }) => provinceExitsChart(d.counties, d.provinces, { locale, id, width: size.width }),
  table: (l, d) => {
    const s = strings(l);
    const years = countyExitCounts(d.counties).map((c) => c.year);
    const rows = provinceExitRows(d.counties, d.provinces, l);
    return {
      caption: s.charts.provinceExits.title(EXIT_YEARS[0], EXIT_YEARS.at(-1)!),
      head: [s.colProvince, ...years.map(String), s.colTotal],
      numeric: [false, ...years.map(() => true), true],
      rows: [...new Set(rows.map((r) => r.name))].map((name) => {
        const mine = rows.filter((r) => r.name === name);
        return [
          name,
          ...years.map((y) => formatNumber(mine.find((r) => r.year === y)?.count ?? 0, l)),
          formatNumber(
            mine.reduce((sum, r) => sum + r.count, 0),
            l,
          ),
        ];
      }),
    };
  },
});
