/**
 * Exits by province: for each province with poverty-stricken counties, a bar stacked by the
 * year its counties left the list. Drawn with Observable Plot at build time on a server-side
 * DOM (linkedom), then made to fit the site: Plot's <style> element is dropped (the CSP allows
 * no inline styles; the page's stylesheet does that work), each year's fill becomes a class,
 * so the page's light and dark palettes apply, and the chart is one accessible image.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Locale } from '../lib/i18n.ts';
import type { County, Province } from '../lib/schemas.ts';
import { EXIT_YEARS } from '../lib/schemas.ts';
import { formatNumber } from '../lib/format.ts';
import { esc } from './svg.ts';

export interface ProvinceExitRow {
  province: string;
  name: string;
  year: number;
  count: number;
}

/** One row per province and exit year with at least one county; provinces ordered by total, largest first. */
export function provinceExitRows(counties: Pick<County, 'province' | 'exitYear'>[], provinces: Pick<Province, 'code' | 'nameEn' | 'shortZh'>[], locale: Locale): ProvinceExitRow[] {
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
    return locale === 'zh' ? p.shortZh : p.nameEn;
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

const TEXT = {
  title: { en: 'Counties leaving the list, by province and year', zh: '各省份贫困县摘帽年份' },
  desc: {
    en: (n: number, top: string, topN: number) =>
      `Stacked bar chart of the ${n} provinces with poverty-stricken counties, each bar split by the year its counties left the list. ${top} had the most, ${topN}.`,
    zh: (n: number, top: string, topN: number) => `堆积条形图：${n}个有贫困县的省份，每个条形按贫困县摘帽年份分段。${top}最多，共${topN}个。`,
  },
  x: { en: 'counties', zh: '县数' },
};

export function provinceExitsChart(
  counties: Pick<County, 'province' | 'exitYear'>[],
  provinces: Pick<Province, 'code' | 'nameEn' | 'shortZh'>[],
  o: ProvinceExitsOptions,
): string {
  const l = o.locale;
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
    marginLeft: l === 'zh' ? 52 : 100,
    marginRight: 28,
    x: { label: TEXT.x[l], grid: true, axis: 'top' },
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
  for (const [year, fill] of YEAR_FILL) for (const n of svg.querySelectorAll(`[fill="${fill}"]`)) {
    n.removeAttribute('fill');
    n.setAttribute('class', `y${year}`);
  }
  svg.removeAttribute('class');
  svg.setAttribute('class', 'chart chart-province-exits');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  const top = names[0]!;
  const head = `<title id="${id}-title">${esc(TEXT.title[l])}</title><desc id="${id}-desc">${esc(TEXT.desc[l](names.length, top, total(top)))}</desc>`;
  return svg.outerHTML.replace(/^(<svg[^>]*>)/, `$1${head}`);
}
