/**
 * How many of the 832 counties left the list each year (2016–2020), counted from the county list.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Locale } from '../lib/i18n.ts';
import type { County } from '../lib/schemas.ts';
import { EXIT_YEARS } from '../lib/schemas.ts';
import { formatNumber } from '../lib/format.ts';
import { el, esc, num, svgRoot } from './svg.ts';

export const DEFAULTS = { width: 640, height: 320 } as const;

export interface ExitCount {
  year: number;
  count: number;
  /** Counties still on the list at the end of that year. */
  remaining: number;
}

/** Exits per year and the counties left on the list after each year. */
export function countyExitCounts(counties: Pick<County, 'exitYear'>[]): ExitCount[] {
  let remaining = counties.length;
  return EXIT_YEARS.map((year) => {
    const count = counties.filter((c) => c.exitYear === year).length;
    remaining -= count;
    return { year, count, remaining };
  });
}

export interface CountyExitsOptions {
  locale: Locale;
  width?: number;
  height?: number;
  id?: string;
  /** Bars after this year are drawn but hidden (class "is-future"). */
  revealTo?: number;
}

const TEXT = {
  title: { en: 'Poverty-stricken counties removed from the list, by year', zh: '贫困县逐年摘帽数量' },
  desc: {
    en: (c: ExitCount[], total: number) =>
      `Bar chart. Of the ${total} counties, ${c.map((x) => `${x.count} left the list in ${x.year}`).join(', ')}.`,
    zh: (c: ExitCount[], total: number) => `柱状图。${total}个贫困县中，${c.map((x) => `${x.year}年摘帽${x.count}个`).join('，')}。`,
  },
};

export function countyExitsChart(counties: Pick<County, 'exitYear'>[], o: CountyExitsOptions): string {
  const width = o.width ?? DEFAULTS.width;
  const height = o.height ?? DEFAULTS.height;
  const id = o.id ?? 'county-exits';
  const l = o.locale;
  const counts = countyExitCounts(counties);
  const m = { top: 28, right: 16, bottom: 30, left: 16 };
  const x = scaleBand<number>()
    .domain(counts.map((c) => c.year))
    .range([m.left, width - m.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, Math.max(...counts.map((c) => c.count))])
    .range([height - m.bottom, m.top]);
  const revealTo = o.revealTo ?? EXIT_YEARS[EXIT_YEARS.length - 1]!;
  const bars = counts.map((c) => {
    const future = c.year > revealTo ? ' is-future' : '';
    return el(
      'g',
      { class: `bar${future}`, 'data-year': c.year },
      el('rect', { x: x(c.year)!, y: y(c.count), width: x.bandwidth(), height: y(0) - y(c.count), class: `y${c.year}` }),
      el('text', { x: x(c.year)! + x.bandwidth() / 2, y: y(c.count) - 6, 'text-anchor': 'middle', class: 'value-label' }, esc(formatNumber(c.count, l))),
    );
  });
  const xLabels = counts.map((c) =>
    el('text', { x: x(c.year)! + x.bandwidth() / 2, y: height - m.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, String(c.year)),
  );
  return svgRoot(
    { width, height, id, title: TEXT.title[l], desc: TEXT.desc[l](counts, counties.length), className: 'chart chart-county-exits' },
    el('g', { class: 'series', 'aria-hidden': 'true' }, ...bars),
    el('g', { class: 'axis x', 'aria-hidden': 'true' }, el('line', { x1: m.left, x2: width - m.right, y1: num(y(0)), y2: num(y(0)), class: 'baseline' }), ...xLabels),
  );
}
