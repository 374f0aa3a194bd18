/**
 * One area alone, cropped to it (the no-JS picture of each area step), and a step card's exit-year strip.
 */
import type { Topology } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import { merge } from 'topojson-client';
import type { GeoProjection } from 'd3-geo';
import { type Province } from '../lib/schemas.ts';
import { strings, type Locale } from '../lib/i18n.ts';
import { formatNumber } from '../lib/format.ts';
import { chinaConic, pathFor } from '../lib/projection.ts';
import { nationFeature } from '../lib/topology.ts';
import { DARK, LIGHT } from './china-map.ts';
import { el, esc, num } from './svg.ts';
import { areaShapes, provinceBordersOf, sceneText, type AreaLike, type AreaShapes, type Theme } from './areas-map.ts';
import { areaColour } from './areas-names.ts';

// ---------------------------------------------------------------------------------------------
// Small maps (no-JS fallback of each area step)

export interface SmallMapOptions {
  locale: Locale;
  paint: Theme;
  width?: number;
  id?: string;
  provinces?: Pick<Province, 'code' | 'nameZh'>[];
}

function smallMapFrame(shapes: AreaShapes, areaId: string, width: number): { height: number; projection: GeoProjection } {
  const all: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [...(shapes.extent?.coordinates ?? []), ...(shapes.solid?.coordinates ?? []), ...(shapes.unverified?.coordinates ?? [])],
  };
  if (!all.coordinates.length) throw new Error(`areaSmallMapSvg: area "${areaId}" has no mapped county`);
  // frame: the area's aspect, between landscape 3:2 and portrait 1:1.15, with a margin
  const probe = pathFor(chinaConic().fitSize([1000, 1000], all));
  const [[bx0, by0], [bx1, by1]] = probe.bounds(all);
  const aspect = Math.max(0.66, Math.min(1.15, (by1 - by0) / Math.max(1, bx1 - bx0)));
  const height = Math.round(width * aspect);
  const m = Math.round(width * 0.06);
  const projection = chinaConic()
    .fitExtent(
      [
        [m, m],
        [width - m, height - m],
      ],
      all,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { height, projection };
}

/** The pixel size of an area's small map at a width (for the img's width and height). */
export function smallMapSize(
  topo: Topology,
  areas: AreaLike[],
  areaId: string,
  width: number,
  provinces: Pick<Province, 'code' | 'nameZh'>[] = [],
): { width: number; height: number } {
  const a = areas.find((x) => x.id === areaId);
  if (!a) throw new Error(`smallMapSize: no area "${areaId}"`);
  return { width, height: smallMapFrame(areaShapes(topo, [a], provinces)[0]!, areaId, width).height };
}

/**
 * One area alone, cropped to it: its identified counties (solid, or hatched where unverified),
 * the prefectures an incomplete area spans (dashed outline), and a light context of land and
 * province borders clipped to the frame. Explicit fills: a static image for light or dark.
 */
export function areaSmallMapSvg(topo: Topology, areas: AreaLike[], areaId: string, o: SmallMapOptions): string {
  const a = areas.find((x) => x.id === areaId);
  if (!a) throw new Error(`areaSmallMapSvg: no area "${areaId}"`);
  const i = areas.indexOf(a);
  const width = o.width ?? 320;
  const id = o.id ?? `area-${a.id}-${o.paint}`;
  const pal = o.paint === 'dark' ? DARK : LIGHT;
  const c = areaColour(a.id, o.paint, i);
  const shapes = areaShapes(topo, [a], o.provinces)[0]!;
  const text = sceneText(a.id, areas, o.locale);
  const { height, projection } = smallMapFrame(shapes, areaId, width);
  const path = pathFor(projection);
  const context = el(
    'g',
    {},
    el('path', { d: path(nationFeature(topo)) ?? '', fill: pal.land }),
    el('path', { d: path(provinceBordersOf(topo)) ?? '', fill: 'none', stroke: pal.provinceLine, 'stroke-width': 0.6 }),
  );
  const counties = shapes.memberGeoms
    .map(({ geom, unverified }) => {
      const f = merge(topo, [geom] as never);
      return el('path', { d: path(f) ?? '', fill: unverified ? `url(#${id}-h)` : c });
    })
    .join('');
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
    },
    el('title', { id: `${id}-title` }, esc(text.title)),
    el('desc', { id: `${id}-desc` }, esc(text.desc)),
    el(
      'defs',
      {},
      el(
        'pattern',
        { id: `${id}-h`, width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        el('rect', { width: 4, height: 4, fill: pal.land }),
        el('line', { x1: 1, y1: 0, x2: 1, y2: 4, stroke: c, 'stroke-width': 2 }),
      ),
    ),
    el('rect', { width, height, fill: pal.background }),
    context,
    shapes.extent ? el('path', { d: path(shapes.extent) ?? '', fill: c, 'fill-opacity': '0.14', stroke: c, 'stroke-width': 1, 'stroke-dasharray': '4 3' }) : '',
    el('g', { stroke: pal.landLine, 'stroke-width': 0.5 }, counties),
  );
}

// ---------------------------------------------------------------------------------------------
// Exit strip (a step card's year-by-year count)

export interface ExitStripOptions {
  locale: Locale;
  id: string;
  /** Accessible name, e.g. "When the identified counties left the list". */
  title: string;
}

/**
 * When an area's identified counties left the poverty list: one block of dots per year, 2016–2020
 * (a dot per county, eight to a row, filled from the bottom), solid members as filled dots and
 * unverified ones as rings after them; the count of solid members under each year (with the
 * unverified ones after a plus sign). Class-based colours (y2016 … y2020) follow the page's theme;
 * <desc> says every year's count in words.
 */
export function exitStripSvg(counts: { year: number; solid: number; unverified: number }[], o: ExitStripOptions): string {
  const perRow = 8;
  const d = 7;
  const r = 2.8;
  const blockW = perRow * d;
  const gap = 10;
  const rows = Math.max(1, ...counts.map((c) => Math.ceil((c.solid + c.unverified) / perRow)));
  const top = 2;
  const dotsH = rows * d;
  const width = counts.length * blockW + (counts.length - 1) * gap;
  const height = top + dotsH + 30;
  const t = strings(o.locale).charts;
  const fmt = { format: (n: number) => formatNumber(n, o.locale) };
  const desc = counts.map((c) => t.areasMap.stripYear(c.year, fmt.format(c.solid), c.unverified ? fmt.format(c.unverified) : '')).join(t.sep);
  // each dot is a zero-length segment with a round cap (a few bytes per county); a ring is a
  // dot with a smaller dot of the background on it
  const dot = (cx: number, cy: number) => `M${num(cx)} ${num(cy)}h0`;
  const blocks = counts.map((c, i) => {
    const x0 = i * (blockW + gap);
    const at = (k: number): [number, number] => [x0 + (k % perRow) * d + d / 2, top + dotsH - Math.floor(k / perRow) * d - d / 2];
    const solid: string[] = [];
    const open: string[] = [];
    for (let k = 0; k < c.solid; k++) solid.push(dot(...at(k)));
    for (let k = c.solid; k < c.solid + c.unverified; k++) open.push(dot(...at(k)));
    const label = c.unverified ? `${fmt.format(c.solid)}+${fmt.format(c.unverified)}` : fmt.format(c.solid);
    return el(
      'g',
      { class: `y${c.year}`, 'data-year': c.year },
      solid.length || open.length ? el('path', { d: solid.join('') + open.join(''), class: 'strip-dots', 'stroke-width': 2 * r }) : '',
      open.length ? el('path', { d: open.join(''), class: 'strip-hole', 'stroke-width': 2 * r - 2.4 }) : '',
      !solid.length && !open.length ? el('path', { d: `M${x0},${num(top + dotsH - 0.5)}h${blockW}`, class: 'strip-none' }) : '',
      el('text', { x: x0 + blockW / 2, y: top + dotsH + 13, 'text-anchor': 'middle', class: 'strip-year' }, String(c.year)),
      el('text', { x: x0 + blockW / 2, y: top + dotsH + 26, 'text-anchor': 'middle', class: 'strip-count' }, esc(label)),
    );
  });
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: 'exit-strip',
      role: 'img',
      'aria-labelledby': `${o.id}-title ${o.id}-desc`,
    },
    el('title', { id: `${o.id}-title` }, esc(o.title)),
    el('desc', { id: `${o.id}-desc` }, esc(desc)),
    ...blocks,
  );
}
