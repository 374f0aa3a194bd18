/**
 * The long view: the rural poor under the 2010 standard from 1978 to 2020. Official values are
 * filled points on a solid line; unverified (yearbook values not checked against a source here)
 * are hollow points on a lighter dashed line, with a key that says so. The years of the targeted
 * campaign are shaded. The description carries the note on comparability.
 */
import { scaleLinear } from 'd3-scale';
import { scriptOf, statusNote, strings, type Locale } from '../lib/i18n.ts';
import type { NationalYear } from '../lib/schemas.ts';
import { formatAxisTenThousands, formatPercent, formatTenThousands } from '../lib/format.ts';
import { poorPopulationPoints, type PoorPoint } from './poor-population.ts';
import { el, esc, num, svgRoot, yGrid } from './svg.ts';
import { defineChart, statedAsFact, type ChartTable } from './definition.ts';

export interface LongViewOptions {
  locale: Locale;
  width?: number;
  height?: number;
  id?: string;
  from?: number;
  to?: number;
  /** Shaded years (the targeted campaign); null for none. */
  campaign?: [number, number] | null;
  narrow?: boolean;
}

export function longViewPoints(national: NationalYear[], from = 1978, to = 2020): PoorPoint[] {
  return poorPopulationPoints(national, from, to);
}

/** Years labelled with their value: official values only (the first, the last, and 2012 where present). */
export function longViewLabelYears(pts: PoorPoint[]): number[] {
  const official = pts.filter((p) => p.status === 'official');
  const ys = [official[0]?.year, official.find((p) => p.year === 2012)?.year, official.at(-1)?.year].filter((y): y is number => y !== undefined);
  return [...new Set(ys)];
}

/** The chart's description: every value with its status, then what the series can and cannot be compared with. */
function longViewDesc(pts: PoorPoint[], l: Locale): string {
  const t = strings(l).charts;
  const unv = pts.filter((p) => p.status === 'unverified').map((p) => p.year);
  return (
    t.longView.desc(
      pts[0]!.year,
      pts.at(-1)!.year,
      pts.map((p) => t.longView.descPoint(p.year, formatTenThousands(p.value, l), p.status === 'unverified')).join(t.sep),
    ) +
    (unv.length ? t.longView.descUnverified(unv.join(t.longView.descYearSep)) : '') +
    t.longView.descCaveats
  );
}

export function longViewChart(national: NationalYear[], o: LongViewOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 360;
  const id = o.id ?? 'long-view';
  const l = o.locale;
  const narrow = o.narrow ?? width < 480;
  const from = o.from ?? 1978;
  const to = o.to ?? 2020;
  const pts = longViewPoints(national, from, to);
  const t = strings(l).charts.longView;
  if (pts.length < 2) throw new Error(`longViewChart: fewer than two values between ${from} and ${to}`);
  const campaign = o.campaign === undefined ? ([2013, 2020] as [number, number]) : o.campaign;
  // Han text: shorter tick labels and key words, so a narrower margin and key.
  const han = scriptOf(l) === 'han';
  const m = { top: narrow ? 58 : 44, right: narrow ? 14 : 24, bottom: narrow ? 30 : 44, left: han ? 34 : 40 };
  const x = scaleLinear()
    .domain([from, to])
    .range([m.left, width - m.right]);
  const max = Math.max(...pts.map((p) => p.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - m.bottom, m.top]);
  // In the unit of t.unit: English in millions, Chinese in 亿 (src/lib/format.ts).
  const tickText = (v: number) => formatAxisTenThousands(v, l, true);
  const yTicks = yGrid(y.ticks(narrow ? 4 : 5), y, m.left, width - m.right, (v) => tickText(v));
  const tickStep = narrow ? 10 : 5;
  const xTicks: string[] = [];
  for (let t = Math.ceil(from / tickStep) * tickStep; t <= to; t += tickStep)
    xTicks.push(el('text', { x: x(t), y: height - m.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, String(t)));

  const band = campaign
    ? el(
        'g',
        { class: 'campaign' },
        el('rect', { x: x(campaign[0]), y: m.top, width: x(campaign[1]) - x(campaign[0]), height: height - m.bottom - m.top, class: 'band' }),
        el('text', { x: x(campaign[1]), y: m.top - 6, 'text-anchor': 'end', class: 'band-label' }, esc(t.campaign)),
      )
    : '';
  const segs = pts.slice(1).map((p, i) => {
    const a = pts[i]!;
    const unverified = a.status === 'unverified' || p.status === 'unverified';
    return el('line', { x1: x(a.year), y1: y(a.value), x2: x(p.year), y2: y(p.value), class: `seg${unverified ? ' unverified' : ''}`, 'data-year': p.year });
  });
  const dots = pts.map((p) => el('circle', { cx: x(p.year), cy: y(p.value), r: narrow ? 3.5 : 4, class: `dot ${p.status}`, 'data-year': p.year }));
  const labelYears = new Set(longViewLabelYears(pts));
  const labels = pts
    .filter((p) => labelYears.has(p.year))
    .map((p) => {
      const nearRight = x(p.year) > width - m.right - 60;
      const nearLeft = x(p.year) < m.left + 40;
      return el(
        'text',
        {
          x: x(p.year) + (nearRight ? -6 : 0),
          y: y(p.value) - 10,
          'text-anchor': nearRight ? 'end' : nearLeft ? 'start' : 'middle',
          class: 'value-label',
          'data-year': p.year,
        },
        esc(formatTenThousands(p.value, l)),
      );
    });
  const hasUnverified = pts.some((p) => p.status === 'unverified');
  // The key: what a filled and a hollow point mean.
  const keyY = narrow ? 30 : 14;
  const keyX = narrow ? m.left : width - m.right - (han ? 330 : 390);
  const unverifiedX = han ? 96 : 86;
  const key = el(
    'g',
    { class: 'key', transform: `translate(${num(keyX)},${keyY})` },
    el('line', { x1: 0, x2: 18, y1: 0, y2: 0, class: 'seg' }),
    el('circle', { cx: 9, cy: 0, r: 4, class: 'dot official' }),
    el('text', { x: 24, dy: '0.32em' }, esc(t.keyOfficial)),
    ...(hasUnverified
      ? [
          el('line', { x1: unverifiedX, x2: unverifiedX + 18, y1: 0, y2: 0, class: 'seg unverified' }),
          el('circle', { cx: unverifiedX + 9, cy: 0, r: 4, class: 'dot unverified' }),
          el('text', { x: unverifiedX + 24, dy: '0.32em' }, esc(narrow ? t.keyUnverifiedShort : t.keyUnverified)),
        ]
      : []),
  );
  const backwards = !narrow && pts.some((p) => p.year < 2010) ? el('text', { x: m.left, y: height - 6, class: 'note' }, esc(t.backwards)) : '';
  return svgRoot(
    { width, height, id, title: t.svgTitle(from, to), desc: longViewDesc(pts, l), className: 'chart chart-long-view' },
    el('g', { 'aria-hidden': 'true' }, band),
    el('g', { class: 'axis y', 'aria-hidden': 'true' }, ...yTicks, el('text', { x: 0, y: narrow ? 12 : 14, class: 'unit' }, esc(t.unit))),
    el('g', { class: 'axis x', 'aria-hidden': 'true' }, ...xTicks),
    el('g', { class: 'series', 'aria-hidden': 'true' }, ...segs, ...dots, ...labels),
    el('g', { 'aria-hidden': 'true' }, key),
    backwards,
  );
}

/** The data table twin: every year with a value, its status, and the incidence published with it. */
export function longViewTable(national: NationalYear[], l: Locale, from = 1978, to = 2020): ChartTable {
  const s = strings(l);
  return {
    caption: s.charts.longView.svgTitle(from, to),
    head: [s.year, s.charts.longView.colRuralPoor, s.charts.longView.colIncidence],
    numeric: [false, true, true],
    rows: longViewPoints(national, from, to).map((p) => {
      const inc = national.find((y) => y.year === p.year)?.incidence;
      return [
        String(p.year),
        `${formatTenThousands(p.value, l)}${statusNote(p.status, l)}`,
        inc ? `${formatPercent(inc.value, l)}${statusNote(inc.status, l)}` : '–',
      ];
    }),
  };
}

/** The chart's definition (src/charts/definition.ts). */
export const longView = defineChart({
  id: 'long-view',
  data: ({ national }) => ({ national, points: longViewPoints(national) }),
  title: (l, d) => strings(l).charts.longView.title(d.points[0]!.year, d.points.at(-1)!.year),
  summary: (l) => strings(l).charts.longView.summary,
  headline: (l, d) => {
    // The first year's exact count is unverified; the rounded figure as published is official.
    const first = d.national.find((n) => n.ruralPoorRounded)!;
    const last = poorPopulationPoints(d.national, first.year, 2020).at(-1)!;
    statedAsFact(first.ruralPoorRounded!, `the ${first.year} rounded rural poor count`);
    statedAsFact(d.national.find((n) => n.year === last.year)!.ruralPoor!, `the ${last.year} rural poor count`);
    return {
      value: `${formatTenThousands(first.ruralPoorRounded!.value, l)} → ${formatTenThousands(last.value, l)}`,
      label: strings(l).charts.longView.headline(first.year, last.year),
    };
  },
  sources: (d) => [...new Set(d.points.map((p) => d.national.find((n) => n.year === p.year)!.ruralPoor!.source))],
  downloads: ['national'],
  embedHeight: 520,
  note: (l) => strings(l).longViewNote,
  table: (l, d) => longViewTable(d.national, l),
  draw: (d, { locale, id, size }) => longViewChart(d.national, { locale, id, width: size.width, height: size.height, narrow: size.narrow }),
});
