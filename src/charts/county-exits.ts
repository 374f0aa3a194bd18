/**
 * How many of the 832 counties left the list each year (2016–2020), counted from the county list.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { strings, type Locale } from '../lib/i18n.ts';
import type { County } from '../lib/schemas.ts';
import { EXIT_YEARS } from '../lib/years.ts';
import { formatNumber } from '../lib/format.ts';
import { el, esc, num, svgRoot } from './svg.ts';
import { defineChart } from './definition.ts';
import { COUNTY_LIST_SOURCE } from '../lib/source-ids.ts';

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
  const t = strings(l).charts;
  const desc = t.countyExits.desc(formatNumber(counties.length, l), counts.map((c) => t.countyExits.descYear(c.year, formatNumber(c.count, l))).join(t.comma));
  return svgRoot(
    { width, height, id, title: t.countyExits.svgTitle, desc, className: 'chart chart-county-exits' },
    el('g', { class: 'series', 'aria-hidden': 'true' }, ...bars),
    el(
      'g',
      { class: 'axis x', 'aria-hidden': 'true' },
      el('line', { x1: m.left, x2: width - m.right, y1: num(y(0)), y2: num(y(0)), class: 'baseline' }),
      ...xLabels,
    ),
  );
}

/** The chart's definition (src/charts/definition.ts): exits per year, revealed up to ?year=. */
export const countyExits = defineChart({
  id: 'county-exits',
  data: ({ counties }) => ({ counties, counts: countyExitCounts(counties) }),
  title: (l) => strings(l).charts.countyExits.title(EXIT_YEARS[0], EXIT_YEARS.at(-1)!),
  summary: (l, d) => strings(l).charts.countyExits.summary(formatNumber(d.counties.length, l)),
  headline: (l, d) => {
    const years = d.counties.map((c) => c.exitYear);
    return { value: formatNumber(d.counties.length, l), label: strings(l).charts.countyExits.headline(Math.min(...years), Math.max(...years)) };
  },
  years: () => [...EXIT_YEARS],
  sources: () => [COUNTY_LIST_SOURCE],
  downloads: ['counties'],
  embedHeight: 500,
  note: (l) => strings(l).exitsPerYearNote,
  draw: (d, { locale, id, size, params }) => countyExitsChart(d.counties, { locale, id, revealTo: params.year, width: size.width, height: size.height }),
  table: (l, d) => {
    const s = strings(l);
    return {
      caption: s.exitsPerYearTableCaption,
      head: [s.year, s.colLeft, s.colStillOn],
      numeric: [false, true, true],
      rows: d.counts.map((c) => [String(c.year), formatNumber(c.count, l), formatNumber(c.remaining, l)]),
    };
  },
});
