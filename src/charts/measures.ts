/**
 * The measures as unit charts: one small square per 100,000 people for each headline measure
 * (relocation, forest rangers, subsistence allowances, disability subsidies), and one round mark
 * per ethnic group for the groups lifted out of poverty as a whole — a different unit, said so.
 * The qualifier of each figure ("more than", "nearly") is kept in its label; the mark count is the
 * stated figure divided by the scale and rounded down, and the chart says so.
 */
import { localized, statusLabel, statusNote, strings, type Locale } from '../lib/i18n.ts';
import type { Figure, Status } from '../lib/schemas.ts';
import { formatFigure, formatNumber, formatTenThousands } from '../lib/format.ts';
import { wrapText } from '../lib/text-metrics.ts';
import { el, esc, num, svgRoot } from './svg.ts';
import { defineChart, statedAsFact, type ChartTable } from './definition.ts';

/** The measures the chart shows, in order (ids in data/figures.json). */
export const MEASURE_IDS = ['relocated', 'forest_rangers', 'dibao_special_hardship', 'disability_subsidies', 'small_ethnic_groups'] as const;

/** One mark stands for this many 10k persons: 10 × 10,000 = 100,000 people. */
export const PERSONS_PER_MARK_10K = 10;

export type MeasureUnit = 'people' | 'groups';

export interface MeasureRow {
  id: string;
  figure: Pick<Figure, 'id' | 'value' | 'unit' | 'qualifier' | 'labelEn' | 'labelZh' | 'status' | 'source'>;
  unit: MeasureUnit;
  /** How many marks are drawn: floor(value / scale) for people, the count itself for groups. */
  marks: number;
  status: Status;
}

/** Marks for a figure: people at `perMark10k` per mark (rounded down), ethnic groups one each. */
export function marksFor(f: Pick<Figure, 'id' | 'value' | 'unit'>, perMark10k = PERSONS_PER_MARK_10K): { unit: MeasureUnit; marks: number } {
  if (f.unit === '10k persons') {
    if (!(perMark10k > 0)) throw new RangeError(`measures: scale must be positive (got ${perMark10k})`);
    // A tiny epsilon so that 960 / 10 is 96 even after floating-point division.
    return { unit: 'people', marks: Math.floor(f.value / perMark10k + 1e-9) };
  }
  if (f.unit === 'ethnic groups') {
    if (!Number.isInteger(f.value)) throw new RangeError(`measures: ${f.id} counts groups, so it must be a whole number (got ${f.value})`);
    return { unit: 'groups', marks: f.value };
  }
  throw new Error(`measures: ${f.id} has unit "${f.unit}"; only "10k persons" and "ethnic groups" can be drawn as marks`);
}

/** The rows to draw, in the order of `ids`; a missing id is an error, not a silent gap. */
export function measureRows(figures: MeasureRow['figure'][], ids: readonly string[] = MEASURE_IDS, perMark10k = PERSONS_PER_MARK_10K): MeasureRow[] {
  return ids.map((id) => {
    const f = figures.find((x) => x.id === id);
    if (!f) throw new Error(`measures: figure "${id}" is not in data/figures.json`);
    return { id, figure: f, ...marksFor(f, perMark10k), status: f.status };
  });
}

export interface MeasuresOptions {
  locale: Locale;
  width?: number;
  id?: string;
  ids?: readonly string[];
  /** 10k persons per mark (default 10: one mark per 100,000 people). */
  perMark10k?: number;
  /** Phone drawing: smaller marks, labels wrapped to the width. */
  narrow?: boolean;
}

/** The marks of a row in words: "96 squares", "28个圆点". */
function marksText(r: MeasureRow, l: Locale): string {
  const t = strings(l).charts.measures;
  const n = formatNumber(r.marks, l);
  return r.unit === 'people' ? (r.marks === 1 ? t.square(n) : t.squares(n)) : r.marks === 1 ? t.circle(n) : t.circles(n);
}

/** A row in words, for the chart's description: the figure, its label and status, and its marks. */
function descRow(r: MeasureRow, l: Locale): string {
  const t = strings(l).charts.measures;
  return t.descRow(figureText(r, l), localized(r.figure, 'label', l), statusNote(r.status, l), marksText(r, l));
}

/** The figure as published, qualifier kept ("more than 9.6 million", "960多万"); a group count without its unit word in English, where the label names it. */
export function figureText(r: Pick<MeasureRow, 'figure' | 'unit'>, l: Locale): string {
  return formatFigure(r.unit === 'groups' && l === 'en' ? { ...r.figure, unit: 'count' } : r.figure, l);
}

export function measuresChart(figures: MeasureRow['figure'][], o: MeasuresOptions): string {
  const width = o.width ?? 640;
  const id = o.id ?? 'measures';
  const l = o.locale;
  const narrow = o.narrow ?? width < 480;
  const perMark = o.perMark10k ?? PERSONS_PER_MARK_10K;
  const rows = measureRows(figures, o.ids ?? MEASURE_IDS, perMark);
  const perMarkText = formatTenThousands(perMark, l);
  // Marks in blocks of ten (one million people per block at the default scale), a gap between blocks.
  const cell = narrow ? 6 : 7;
  const mark = cell - 1;
  const gap = narrow ? 3 : 4;
  const blockW = 10 * cell + gap;
  const blocks = Math.max(1, Math.floor((width + gap) / blockW));
  const cols = blocks * 10;
  const colX = (c: number) => c * cell + Math.floor(c / 10) * gap;
  const fs = 12;
  const lineH = narrow ? 15 : 16;

  let y = 0;
  const head: string[] = [];
  const t = strings(l).charts.measures;
  const scaleLine = t.scaleLine(t.scalePeople(perMarkText), t.scaleGroups);
  for (const line of wrapText(scaleLine, width, fs)) {
    y += lineH;
    head.push(el('text', { x: 0, y, class: 'scale-key' }, esc(line)));
  }
  y += 10;

  const groups = rows.map((r) => {
    const parts: string[] = [];
    y += lineH + 2;
    parts.push(el('text', { x: 0, y, class: 'measure-value' }, esc(figureText(r, l))));
    for (const line of wrapText(`${localized(r.figure, 'label', l)}${statusNote(r.status, l)}`, width, fs)) {
      y += lineH;
      parts.push(el('text', { x: 0, y, class: 'measure-label' }, esc(line)));
    }
    if (r.unit === 'groups') {
      y += lineH;
      parts.push(el('text', { x: 0, y, class: 'measure-note' }, esc(t.groupsNote)));
    }
    y += 6;
    const top = y;
    const rowsOfMarks = Math.ceil(r.marks / cols);
    let d = '';
    const circles: string[] = [];
    for (let k = 0; k < r.marks; k++) {
      const cx = colX(k % cols);
      const cy = top + Math.floor(k / cols) * cell;
      if (r.unit === 'people') d += `M${num(cx)} ${num(cy)}h${mark}v${mark}h-${mark}z`;
      else circles.push(el('circle', { cx: cx + mark / 2, cy: cy + mark / 2, r: mark / 2 }));
    }
    y = top + rowsOfMarks * cell + 12;
    return el(
      'g',
      { class: `measure ${r.unit} ${r.status}`, 'data-id': r.id, 'data-marks': r.marks },
      ...parts,
      r.unit === 'people' ? el('path', { class: 'marks', d }) : el('g', { class: 'marks' }, ...circles),
    );
  });

  const foot: string[] = [];
  const notes = [t.rounding(perMarkText), ...(rows.some((r) => r.status === 'unverified') ? [t.unverified] : [])];
  y += 2;
  for (const n of notes)
    for (const line of wrapText(n, width, 11)) {
      y += 14;
      foot.push(el('text', { x: 0, y, class: 'note' }, esc(line)));
    }
  const height = Math.ceil(y + 6);

  return svgRoot(
    {
      width,
      height,
      id,
      title: t.svgTitle,
      desc: t.desc(rows.map((r) => descRow(r, l)).join(strings(l).charts.sep), perMarkText),
      className: 'chart chart-measures',
    },
    el('g', { 'aria-hidden': 'true' }, ...head, ...groups, ...foot),
  );
}

export type { ChartTable } from './definition.ts';

/** The data table twin of the chart: each measure as published, its mark count and status. */
export function measuresTable(figures: MeasureRow['figure'][], l: Locale, ids: readonly string[] = MEASURE_IDS, perMark10k = PERSONS_PER_MARK_10K): ChartTable {
  const t = strings(l).charts.measures;
  return {
    caption: t.svgTitle,
    head: [t.colMeasure, t.colPublished, t.colMarks, t.colStatus],
    numeric: [false, true, true, false],
    rows: measureRows(figures, ids, perMark10k).map((r) => [
      localized(r.figure, 'label', l),
      r.unit === 'groups' ? t.groups(figureText(r, l)) : figureText(r, l),
      marksText(r, l),
      statusLabel(r.status, l),
    ]),
  };
}

/** The chart's definition (src/charts/definition.ts). */
export const measures = defineChart({
  id: 'measures',
  data: ({ figures }) => ({ figures, rows: measureRows(figures) }),
  title: (l) => strings(l).charts.measures.title,
  summary: (l) => strings(l).charts.measures.summary(formatTenThousands(PERSONS_PER_MARK_10K, l)),
  headline: (l, d) => {
    // The largest count of people among the measures, qualifier kept.
    const top = d.rows.filter((r) => r.unit === 'people').sort((p, q) => q.figure.value - p.figure.value)[0]!;
    const f = statedAsFact(top.figure, `the figure ${top.id}`);
    return { value: formatFigure(f, l), label: localized(f, 'label', l) };
  },
  sources: (d) => [...new Set(d.rows.map((r) => r.figure.source))],
  downloads: ['figures'],
  embedHeight: 600,
  table: (l, d) => measuresTable(d.figures, l),
  draw: (d, { locale, id, size }) => measuresChart(d.figures, { locale, id, width: size.width, narrow: size.narrow }),
});
