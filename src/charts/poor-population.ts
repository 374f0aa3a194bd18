/**
 * The rural poor population under the 2010 standard, year by year: a line of official
 * (and, for early years, unverified) values. State (which points, how marked) is computed
 * apart from drawing, so the story, the embed and the tests share one definition.
 */
import { scaleLinear } from 'd3-scale';
import type { Locale } from '../lib/i18n.ts';
import type { NationalYear, Status } from '../lib/schemas.ts';
import { formatTenThousands } from '../lib/format.ts';
import { el, esc, num, svgRoot } from './svg.ts';

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

const TEXT = {
  title: { en: 'Rural poor population, 2010 standard', zh: '农村贫困人口（2010年标准）' },
  desc: {
    en: (a: PoorPoint, b: PoorPoint, l: Locale) =>
      `Line chart. The official count of rural residents below the 2010 poverty line fell from ${formatTenThousands(a.value, l)} at the end of ${a.year} to ${formatTenThousands(b.value, l)} at the end of ${b.year}.`,
    zh: (a: PoorPoint, b: PoorPoint, l: Locale) =>
      `折线图。按2010年标准，官方统计的农村贫困人口从${a.year}年末的${formatTenThousands(a.value, l)}人降至${b.year}年末的${b.value === 0 ? '零' : formatTenThousands(b.value, l) + '人'}。`,
  },
  unit: { en: 'million people', zh: '万人' },
  unverified: { en: 'hollow points, dashed line: unverified values', zh: '空心点、虚线：未经核实的数值' },
};

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
  const m = { top: 36, right: 24, bottom: 30, left: l === 'zh' ? 52 : 40 };
  const x = scaleLinear().domain([from, to]).range([m.left, width - m.right]);
  const max = Math.max(...pts.map((p) => p.value));
  const y = scaleLinear().domain([0, max]).nice().range([height - m.bottom, m.top]);
  const revealTo = o.revealTo ?? to;
  const labelYears = new Set(o.labelYears ?? [first.year, last.year]);

  // Axis ticks: in millions for English, in 万 for Chinese.
  const yTicks = y.ticks(5).map((v) =>
    el(
      'g',
      { class: 'tick', transform: `translate(0,${num(y(v))})` },
      el('line', { x1: m.left, x2: width - m.right, class: 'grid' }),
      el('text', { x: m.left - 6, dy: '0.32em', 'text-anchor': 'end' }, esc(l === 'zh' ? String(v) : String(v / 100))),
    ),
  );
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
  return svgRoot(
    {
      width,
      height,
      id,
      title: TEXT.title[l],
      desc: TEXT.desc[l](first, last, l) + (hasUnverified ? ` ${TEXT.unverified[l]}.` : ''),
      className: 'chart chart-poor-population',
    },
    el('g', { class: 'axis y', 'aria-hidden': 'true' }, ...yTicks, el('text', { x: 0, y: 12, class: 'unit' }, esc(TEXT.unit[l]))),
    el('g', { class: 'axis x', 'aria-hidden': 'true' }, ...xTicks),
    el('g', { class: 'series', 'aria-hidden': 'true' }, ...segments, ...dots, ...labels),
    hasUnverified
      ? el('text', { x: width - m.right, y: 12, 'text-anchor': 'end', class: 'note', 'aria-hidden': 'true' }, esc(TEXT.unverified[l]))
      : '',
  );
}
