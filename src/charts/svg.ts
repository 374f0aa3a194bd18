/** Tiny helpers for building SVG markup as strings: the same output on the server, in the browser and in tests. */

import { escapeHtml } from '../lib/html.ts';

export const esc = escapeHtml;

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Attributes in the given order; null/undefined/false are left out, true is written bare-valued. */
export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(typeof v === 'number' ? num(v) : String(v))}"`))
    .join('');
}

export function el(tag: string, a: Attrs, ...children: string[]): string {
  return children.length ? `<${tag}${attrs(a)}>${children.join('')}</${tag}>` : `<${tag}${attrs(a)}/>`;
}

/** Numbers rounded to 0.1 px: stable snapshots and small markup. */
export function num(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export interface SvgFrame {
  width: number;
  height: number;
  /** Id prefix, unique per chart on a page (for title/desc ids and clip paths). */
  id: string;
  title: string;
  desc: string;
  className: string;
}

/** The outer <svg> with an accessible name and description. */
export function svgRoot(f: SvgFrame, ...children: string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(f.width)} ${num(f.height)}`,
      width: f.width,
      height: f.height,
      class: f.className,
      role: 'img',
      'aria-labelledby': `${f.id}-title ${f.id}-desc`,
    },
    el('title', { id: `${f.id}-title` }, esc(f.title)),
    el('desc', { id: `${f.id}-desc` }, esc(f.desc)),
    ...children,
  );
}

/**
 * Horizontal gridlines with their labels at the left margin: one `<g class="tick">` per value, the label
 * written by `label` (already in the reader's number style) and escaped here.
 */
export function yGrid(ticks: number[], y: (v: number) => number, left: number, right: number, label: (v: number) => string): string[] {
  return ticks.map((v) =>
    el(
      'g',
      { class: 'tick', transform: `translate(0,${num(y(v))})` },
      el('line', { x1: left, x2: right, class: 'grid' }),
      el('text', { x: left - 6, dy: '0.32em', 'text-anchor': 'end' }, escapeHtml(label(v))),
    ),
  );
}
