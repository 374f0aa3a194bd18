/**
 * The measures as unit charts: one small square per 100,000 people for each headline measure
 * (relocation, forest rangers, subsistence allowances, disability subsidies), and one round mark
 * per ethnic group for the groups lifted out of poverty as a whole — a different unit, said so.
 * The qualifier of each figure ("more than", "nearly") is kept in its label; the mark count is the
 * stated figure divided by the scale and rounded down, and the chart says so.
 */
import type { Locale } from '../lib/i18n.ts';
import type { Figure, Status } from '../lib/schemas.ts';
import { formatFigure, formatTenThousands, statusNote } from '../lib/format.ts';
import { el, esc, num, svgRoot } from './svg.ts';

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

const TEXT = {
  title: { en: 'What the campaign did, counted in people', zh: '脱贫攻坚的几项举措，以人数计' },
  scalePeople: { en: (n: string) => `■ one square = ${n} people`, zh: (n: string) => `■ 每个方块 = ${n}人` },
  scaleGroups: { en: '● one circle = one ethnic group', zh: '● 每个圆点 = 一个民族' },
  rounding: {
    en: (n: string) => `Squares: the published figure divided by ${n}, rounded down; “more than” and “nearly” are as published.`,
    zh: (n: string) => `方块数为公布数字除以${n}后向下取整；“多”“近”照录原文。`,
  },
  groupsNote: { en: 'A different unit: groups, not people.', zh: '单位不同：按民族计，不是人数。' },
  unverified: { en: 'Hollow marks: unverified figure, not stated as fact.', zh: '空心标记：未经核实的数字，不作为事实陈述。' },
  desc: {
    en: (rows: MeasureRow[], n: string) =>
      `Unit chart. ${rows
        .map((r) => `${figureText(r, 'en')} ${r.figure.labelEn}${statusNote(r.status, 'en')}: ${r.marks} ${r.unit === 'people' ? (r.marks === 1 ? 'square' : 'squares') : r.marks === 1 ? 'circle' : 'circles'}`)
        .join('; ')}. One square stands for ${n} people (the figure divided by ${n}, rounded down); one circle stands for one ethnic group.`,
    zh: (rows: MeasureRow[], n: string) =>
      `单位图。${rows
        .map((r) => `${r.figure.labelZh}${figureText(r, 'zh')}${statusNote(r.status, 'zh')}：${r.marks}个${r.unit === 'people' ? '方块' : '圆点'}`)
        .join('；')}。每个方块代表${n}人（公布数字除以${n}后向下取整），每个圆点代表一个民族。`,
  },
};

/** The figure as published, qualifier kept ("more than 9.6 million", "960多万"); a group count without its unit word in English, where the label names it. */
export function figureText(r: Pick<MeasureRow, 'figure' | 'unit'>, l: Locale): string {
  return formatFigure(r.unit === 'groups' && l === 'en' ? { ...r.figure, unit: 'count' } : r.figure, l);
}

/** Approximate text width, for wrapping labels without a DOM: CJK characters are one em, others about 0.55 em. */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? fontSize : fontSize * 0.55;
  return w;
}

/** Greedy wrap into lines no wider than `max` (words for English, characters for Chinese). */
export function wrapText(s: string, max: number, fontSize: number, locale: Locale): string[] {
  const tokens = locale === 'zh' ? [...s] : s.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line && textWidth((line + t).trimEnd(), fontSize) > max) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
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
  const scaleLine = `${TEXT.scalePeople[l](perMarkText)}${l === 'zh' ? '；' : '   '}${TEXT.scaleGroups[l]}`;
  for (const line of wrapText(scaleLine, width, fs, l)) {
    y += lineH;
    head.push(el('text', { x: 0, y, class: 'scale-key' }, esc(line)));
  }
  y += 10;

  const groups = rows.map((r) => {
    const parts: string[] = [];
    y += lineH + 2;
    parts.push(el('text', { x: 0, y, class: 'measure-value' }, esc(figureText(r, l))));
    for (const line of wrapText(`${l === 'zh' ? r.figure.labelZh : r.figure.labelEn}${statusNote(r.status, l)}`, width, fs, l)) {
      y += lineH;
      parts.push(el('text', { x: 0, y, class: 'measure-label' }, esc(line)));
    }
    if (r.unit === 'groups') {
      y += lineH;
      parts.push(el('text', { x: 0, y, class: 'measure-note' }, esc(TEXT.groupsNote[l])));
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
  const notes = [TEXT.rounding[l](perMarkText), ...(rows.some((r) => r.status === 'unverified') ? [TEXT.unverified[l]] : [])];
  y += 2;
  for (const n of notes)
    for (const line of wrapText(n, width, 11, l)) {
      y += 14;
      foot.push(el('text', { x: 0, y, class: 'note' }, esc(line)));
    }
  const height = Math.ceil(y + 6);

  return svgRoot(
    { width, height, id, title: TEXT.title[l], desc: TEXT.desc[l](rows, perMarkText), className: 'chart chart-measures' },
    el('g', { 'aria-hidden': 'true' }, ...head, ...groups, ...foot),
  );
}

export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
  numeric: boolean[];
}

/** The data table twin of the chart: each measure as published, its mark count and status. */
export function measuresTable(figures: MeasureRow['figure'][], l: Locale, ids: readonly string[] = MEASURE_IDS, perMark10k = PERSONS_PER_MARK_10K): ChartTable {
  const zh = l === 'zh';
  return {
    caption: TEXT.title[l],
    head: zh ? ['举措', '公布的数字', '标记数', '状态'] : ['Measure', 'As published', 'Marks', 'Status'],
    numeric: [false, true, true, false],
    rows: measureRows(figures, ids, perMark10k).map((r) => [
      zh ? r.figure.labelZh : r.figure.labelEn,
      figureText(r, l) + (r.unit === 'groups' && !zh ? ' groups' : ''),
      `${r.marks}${zh ? '' : ' '}${r.unit === 'people' ? (zh ? '个方块' : r.marks === 1 ? 'square' : 'squares') : zh ? '个圆点' : r.marks === 1 ? 'circle' : 'circles'}`,
      statusLabel(r.status, l),
    ]),
  };
}

const STATUS_LABEL: Record<Status, Record<Locale, string>> = {
  official: { en: 'official', zh: '官方' },
  derived: { en: 'derived', zh: '推算' },
  unverified: { en: 'unverified', zh: '未经核实' },
};
export function statusLabel(s: Status, l: Locale): string {
  return STATUS_LABEL[s][l];
}
