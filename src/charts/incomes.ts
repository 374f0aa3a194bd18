/**
 * Incomes: per-capita disposable income of rural residents in poor areas against that of all
 * rural residents nationally, year by year, in yuan at current prices. Two lines, labelled at
 * their ends; an unverified value is a hollow point and the segments touching it are dashed.
 * Either series may be missing years; a chart needs at least two values in the poor-area series.
 */
import { scaleLinear } from 'd3-scale';
import { scriptOf, statusNote, strings, type Locale } from '../lib/i18n.ts';
import type { NationalYear, SourcedValue, Status } from '../lib/schemas.ts';
import { formatNumber, formatYuan } from '../lib/format.ts';
import { el, esc, num, svgRoot, yGrid } from './svg.ts';
import { defineChart, type ChartTable } from './definition.ts';

export interface IncomePoint {
  year: number;
  value: number;
  status: Status;
  source: string;
}

export type IncomeSeriesName = 'poorArea' | 'allRural';

export interface IncomeSeries {
  poorArea: IncomePoint[];
  /** All rural residents nationally; empty where the data do not (yet) carry it. */
  allRural: IncomePoint[];
}

/**
 * A series from the national table: `poorAreaIncome`, or `ruralIncome` (all rural residents),
 * in year order, years without a value left out.
 */
export function incomeSeries(national: NationalYear[]): IncomeSeries {
  const pick = (get: (y: NationalYear) => SourcedValue | null | undefined) =>
    national
      .map((y) => ({ year: y.year, v: get(y) }))
      .filter((x): x is { year: number; v: SourcedValue } => !!x.v)
      .map(({ year, v }) => ({ year, value: v.value, status: v.status, source: v.source }))
      .sort((a, b) => a.year - b.year);
  return {
    poorArea: pick((y) => y.poorAreaIncome),
    // `ruralIncome` is added to the national table by the quotes-data change; read it where present.
    allRural: pick((y) => (y as NationalYear & { ruralIncome?: SourcedValue | null }).ruralIncome),
  };
}

export interface IncomesOptions {
  locale: Locale;
  width?: number;
  height?: number;
  id?: string;
  narrow?: boolean;
}

/** The series in drawing order. */
export const SERIES: readonly IncomeSeriesName[] = ['poorArea', 'allRural'];

/** A series' name in a locale (src/i18n/<locale>.ts). */
export function seriesName(k: IncomeSeriesName, l: Locale): string {
  return strings(l).charts.incomes[k];
}

/** The chart's description: every value of every series, with its status. */
function incomesDesc(s: IncomeSeries, l: Locale): string {
  const t = strings(l).charts;
  const series = SERIES.filter((k) => s[k].length).map((k) =>
    t.incomes.descSeries(
      seriesName(k, l),
      s[k].map((p) => t.incomes.descPoint(p.year, formatNumber(p.value, l), statusNote(p.status, l))).join(t.incomes.descPointSep),
    ),
  );
  return t.incomes.desc(series.join(t.incomes.descSeriesSep));
}

export function incomesChart(series: IncomeSeries, o: IncomesOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 360;
  const id = o.id ?? 'incomes';
  const l = o.locale;
  const narrow = o.narrow ?? width < 480;
  const t = strings(l).charts;
  if (series.poorArea.length < 2) throw new Error('incomesChart: fewer than two poor-area values');
  const names = SERIES.filter((k) => series[k].length > 0);
  const all = names.flatMap((k) => series[k]);
  const from = Math.min(...all.map((p) => p.year));
  const to = Math.max(...all.map((p) => p.year));
  const m = { top: narrow ? 64 : 54, right: narrow ? 12 : 150, bottom: narrow ? 46 : 30, left: scriptOf(l) === 'han' ? 50 : 46 };
  const x = scaleLinear()
    .domain([from, to])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...all.map((p) => p.value))])
    .nice()
    .range([height - m.bottom, m.top]);

  const yTicks = yGrid(y.ticks(narrow ? 4 : 5), y, m.left, width - m.right, (v) => formatNumber(v, l));
  const step = narrow && to - from > 5 ? 2 : 1;
  const xTicks: string[] = [];
  // Counted back from the last year, so the latest year always has its tick.
  for (let t = to; t >= from; t -= step)
    xTicks.unshift(el('text', { x: x(t), y: height - m.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, narrow ? `’${String(t).slice(2)}` : String(t)));

  const drawSeries = (k: IncomeSeriesName) => {
    const pts = series[k];
    const segs = pts.slice(1).map((p, i) => {
      const a = pts[i]!;
      const unverified = a.status === 'unverified' || p.status === 'unverified';
      // A gap in the years is not bridged by a line.
      if (p.year - a.year > 1) return '';
      return el('line', { x1: x(a.year), y1: y(a.value), x2: x(p.year), y2: y(p.value), class: `seg${unverified ? ' unverified' : ''}`, 'data-year': p.year });
    });
    const dots = pts.map((p) => el('circle', { cx: x(p.year), cy: y(p.value), r: 4, class: `dot ${p.status}`, 'data-year': p.year }));
    const last = pts.at(-1)!;
    // Wide: the series named at its end; narrow: named at the top-left in a small key.
    const label = narrow ? '' : el('text', { x: x(last.year) + 10, y: y(last.value), dy: '0.32em', class: 'series-label' }, esc(seriesName(k, l)));
    const value = el('text', { x: x(last.year), y: y(last.value) - 10, 'text-anchor': 'end', class: 'value-label' }, esc(formatNumber(last.value, l)));
    return el('g', { class: `series income ${k}` }, ...segs, ...dots, value, label);
  };

  // Narrow: a key below the title instead of end labels.
  const key = narrow
    ? el(
        'g',
        { class: 'key' },
        ...names.map((k, i) =>
          el(
            'g',
            { class: `income ${k}`, transform: `translate(${m.left},${m.top - 34 + i * 15})` },
            el('line', { x1: 0, x2: 16, y1: 0, y2: 0, class: 'seg' }),
            el('text', { x: 20, dy: '0.32em' }, esc(seriesName(k, l))),
          ),
        ),
      )
    : '';
  const hasUnverified = all.some((p) => p.status === 'unverified');
  const hasDerived = all.some((p) => p.status === 'derived');
  const notes = [...(hasUnverified ? [t.unverifiedLine] : []), ...(hasDerived ? [t.incomes.derived] : [])];
  return svgRoot(
    {
      width,
      height,
      id,
      title: t.incomes.svgTitle,
      desc: incomesDesc(series, l) + notes.map(t.sentence).join(''),
      className: 'chart chart-incomes',
    },
    el(
      'g',
      { class: 'axis y', 'aria-hidden': 'true' },
      ...yTicks,
      el('text', { x: 0, y: 12, class: 'unit' }, esc(narrow ? t.incomes.unitShort : t.incomes.unit)),
    ),
    el('g', { class: 'axis x', 'aria-hidden': 'true' }, ...xTicks),
    el('g', { 'aria-hidden': 'true' }, key, ...names.map(drawSeries)),
    notes.length
      ? el(
          'text',
          { x: width - (narrow ? m.right : 0), y: narrow ? height - 4 : 30, 'text-anchor': 'end', class: 'note', 'aria-hidden': 'true' },
          esc(notes.join(t.sep)),
        )
      : '',
  );
}

/** The data table twin: one row per year, each value with its status mark. */
export function incomesTable(series: IncomeSeries, l: Locale): ChartTable {
  const t = strings(l).charts;
  const names = SERIES.filter((k) => series[k].length > 0);
  const years = [...new Set(names.flatMap((k) => series[k].map((p) => p.year)))].sort((a, b) => a - b);
  const cell = (k: IncomeSeriesName, y: number) => {
    const p = series[k].find((x) => x.year === y);
    return p ? `${formatNumber(p.value, l)}${statusNote(p.status, l)}` : '–';
  };
  return {
    caption: t.withUnit(t.incomes.svgTitle, t.incomes.unitShort),
    head: [strings(l).year, ...names.map((k) => seriesName(k, l))],
    numeric: [false, ...names.map(() => true)],
    rows: years.map((y) => [String(y), ...names.map((k) => cell(k, y))]),
  };
}

/** The chart's definition (src/charts/definition.ts). */
export const incomes = defineChart({
  id: 'incomes',
  data: ({ national }) => {
    const series = incomeSeries(national);
    const years = [...series.poorArea, ...series.allRural].map((p) => p.year);
    return { series, from: Math.min(...years), to: Math.max(...years) };
  },
  title: (l, d) => strings(l).charts.incomes.title(d.from, d.to),
  summary: (l) => strings(l).charts.incomes.summary,
  headline: (l, d) => {
    const last = d.series.poorArea.filter((p) => p.status !== 'unverified').at(-1)!;
    return { value: formatYuan(last.value, l), label: strings(l).charts.incomes.headline(last.year) };
  },
  sources: (d) => [...new Set([...d.series.poorArea, ...d.series.allRural].map((p) => p.source))],
  downloads: ['national'],
  embedHeight: 520,
  note: (l) => strings(l).incomesNote,
  table: (l, d) => incomesTable(d.series, l),
  draw: (d, { locale, id, size }) => incomesChart(d.series, { locale, id, width: size.width, height: size.height, narrow: size.narrow }),
});
