/**
 * The rural poor population under the 2010 standard, year by year: a line of official
 * (and, for early years, unverified) values. State (which points, how marked) is computed
 * apart from drawing, so the story, the embed and the tests share one definition.
 */
import { scaleLinear } from 'd3-scale';
import { scriptOf, statusNote, strings, type Locale } from '../lib/i18n.ts';
import type { NationalYear, Status } from '../lib/schemas.ts';
import { formatAxisTenThousands, formatPercent, formatTenThousands } from '../lib/format.ts';
import { el, esc, num, svgRoot, yGrid } from './svg.ts';
import { defineChart, statedAsFact } from './definition.ts';

export const DEFAULTS = { width: 640, height: 360, from: 2012, to: 2020 } as const;

export interface PoorPopulationOptions {
  locale: Locale;
  width?: number;
  height?: number;
  id?: string;
  from?: number;
  to?: number;
  /** Years after this are drawn but hidden (class "is-future"), for scrolly reveal. */
  revealTo?: number;
  /** Years whose values are labelled on the chart. */
  labelYears?: number[];
}

export interface PoorPoint {
  year: number;
  value: number;
  status: Status;
}

/** The points to draw: every year in range with a rural-poor value, in year order. */
export function poorPopulationPoints(national: NationalYear[], from: number, to: number): PoorPoint[] {
  return national
    .filter((y) => y.year >= from && y.year <= to && y.ruralPoor)
    .map((y) => ({ year: y.year, value: y.ruralPoor!.value, status: y.ruralPoor!.status }))
    .sort((a, b) => a.year - b.year);
}

export function poorPopulationChart(national: NationalYear[], o: PoorPopulationOptions): string {
  const width = o.width ?? DEFAULTS.width;
  const height = o.height ?? DEFAULTS.height;
  const from = o.from ?? DEFAULTS.from;
  const to = o.to ?? DEFAULTS.to;
  const id = o.id ?? 'poor-population';
  const l = o.locale;
  const pts = poorPopulationPoints(national, from, to);
  if (pts.length < 2) throw new Error(`poorPopulationChart: fewer than two values between ${from} and ${to}`);
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  // Han editions' ticks are longer (万: "10000" against "100"), so a wider margin.
  const m = { top: 36, right: 24, bottom: 30, left: scriptOf(l) === 'han' ? 52 : 40 };
  const x = scaleLinear()
    .domain([from, to])
    .range([m.left, width - m.right]);
  const max = Math.max(...pts.map((p) => p.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - m.bottom, m.top]);
  const revealTo = o.revealTo ?? to;
  const labelYears = new Set(o.labelYears ?? [first.year, last.year]);

  // Axis ticks, in the unit of t.unitMillionPeople: in millions for English, in 万 for Chinese (src/lib/format.ts).
  const yTicks = yGrid(y.ticks(5), y, m.left, width - m.right, (v) => formatAxisTenThousands(v, l));
  const span = to - from;
  const step = span > 20 ? 5 : span > 10 ? 2 : 1;
  const xTicks = x
    .ticks(Math.ceil(span / step))
    .filter((t) => Number.isInteger(t) && (t - from) % step === 0)
    .map((t) => el('text', { x: x(t), y: height - m.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, String(t)));

  const segments = pts.slice(1).map((p, i) => {
    const a = pts[i]!;
    const unverified = a.status === 'unverified' || p.status === 'unverified';
    return el('line', {
      x1: x(a.year),
      y1: y(a.value),
      x2: x(p.year),
      y2: y(p.value),
      class: `seg${unverified ? ' unverified' : ''}${p.year > revealTo ? ' is-future' : ''}`,
      'data-year': p.year,
    });
  });
  const dots = pts.map((p) =>
    el('circle', {
      cx: x(p.year),
      cy: y(p.value),
      r: 4,
      class: `dot ${p.status}${p.year > revealTo ? ' is-future' : ''}`,
      'data-year': p.year,
    }),
  );
  const labels = pts
    .filter((p) => labelYears.has(p.year))
    .map((p) =>
      el(
        'text',
        {
          x: x(p.year),
          y: y(p.value) - 10,
          'text-anchor': p.year === to ? 'end' : p.year === from ? 'start' : 'middle',
          class: `value-label${p.year > revealTo ? ' is-future' : ''}`,
          'data-year': p.year,
        },
        esc(formatTenThousands(p.value, l)),
      ),
    );
  const hasUnverified = pts.some((p) => p.status === 'unverified');
  const t = strings(l).charts;
  return svgRoot(
    {
      width,
      height,
      id,
      title: t.poorPopulation.svgTitle,
      desc:
        t.poorPopulation.desc(first.year, formatTenThousands(first.value, l), last.year, formatTenThousands(last.value, l), last.value === 0) +
        (hasUnverified ? ` ${t.unverifiedLine}.` : ''),
      className: 'chart chart-poor-population',
    },
    el('g', { class: 'axis y', 'aria-hidden': 'true' }, ...yTicks, el('text', { x: 0, y: 12, class: 'unit' }, esc(t.unitMillionPeople))),
    el('g', { class: 'axis x', 'aria-hidden': 'true' }, ...xTicks),
    el('g', { class: 'series', 'aria-hidden': 'true' }, ...segments, ...dots, ...labels),
    hasUnverified ? el('text', { x: width - m.right, y: 12, 'text-anchor': 'end', class: 'note', 'aria-hidden': 'true' }, esc(t.unverifiedLine)) : '',
  );
}

/** The chart's definition (src/charts/definition.ts): the campaign years, revealed up to ?year=. */
export const poorPopulation = defineChart({
  id: 'poor-population',
  data: ({ national }) => ({ national, points: poorPopulationPoints(national, 2012, 2020) }),
  title: (l, d) => strings(l).charts.poorPopulation.title(d.points[0]!.year, d.points.at(-1)!.year),
  summary: (l) => strings(l).charts.poorPopulation.summary,
  headline: (l, d) => {
    const a = d.points[0]!;
    const b = d.points.at(-1)!;
    for (const p of [a, b]) statedAsFact(d.national.find((n) => n.year === p.year)!.ruralPoor!, `the ${p.year} rural poor count`);
    return { value: `${formatTenThousands(a.value, l)} → ${formatTenThousands(b.value, l)}`, label: strings(l).charts.poorPopulation.headline(a.year, b.year) };
  },
  years: (d) => d.points.map((p) => p.year),
  sources: (d) => [...new Set(d.points.map((p) => d.national.find((n) => n.year === p.year)!.ruralPoor!.source))],
  downloads: ['national'],
  embedHeight: 520,
  draw: (d, { locale, id, size, params }) =>
    poorPopulationChart(d.national, {
      locale,
      id,
      revealTo: params.year,
      width: size.width,
      height: size.height,
      labelYears: size.narrow ? [2012, 2013, 2020] : [2012, 2013, 2015, 2019, 2020],
    }),
  table: (l, d) => {
    const s = strings(l);
    return {
      caption: s.poorTableCaption,
      head: [s.year, s.colRuralPoor, s.colIncidence, s.colReduction],
      numeric: [false, true, true, true],
      rows: d.points.map((p) => {
        const y = d.national.find((n) => n.year === p.year)!;
        return [
          String(p.year),
          formatTenThousands(p.value, l),
          y.incidence ? `${formatPercent(y.incidence.value, l)}${statusNote(y.incidence.status, l)}` : '–',
          y.reduction ? `${formatTenThousands(y.reduction.value, l)}${statusNote(y.reduction.status, l)}` : '–',
        ];
      }),
    };
  },
});
