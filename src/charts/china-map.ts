/**
 * The county map of mainland China: the 832 counties as paths over the land, with province
 * borders merged from the same counties so every line meets. One function draws every map
 * state of the site. Two ways to carry state:
 *  - `paint: undefined` → class-only markup (county classes pc, y2018, a-wuling …); the page's
 *    CSS shows a state from one attribute on the <svg> (data-year / data-view): cheap to animate.
 *  - `paint: {...}` → explicit fills for one state, for static images (no-JS fallback, export).
 */
import type { Topology } from 'topojson-specification';
import type { Area, County } from '../lib/schemas.ts';
import { chinaConic, chinaProjection, pathFor } from '../lib/projection.ts';
import { countyFeatures, countyIdsOf, nationFeature, provinceMesh, southChinaSeaFeatures } from '../lib/topology.ts';
import { el, esc, num } from './svg.ts';
import { defineChart } from './definition.ts';
import { strings } from '../lib/i18n.ts';
import { formatNumber } from '../lib/format.ts';
import { EXIT_YEARS, LAST_EXIT_YEAR } from '../lib/years.ts';
import { COUNTY_LIST_SOURCE } from '../lib/source-ids.ts';
import { mapPalette, type MapPalette } from '../lib/palette.ts';

export const DEFAULTS = { width: 800 } as const;

export type MapState = { kind: 'exits'; year: number } | { kind: 'areas' };

/** Explicit fills for a painted map, from the page palette (src/lib/palette.ts reads global.css). */
export type Palette = MapPalette;
export const LIGHT: Palette = mapPalette('light');
export const DARK: Palette = mapPalette('dark');

export interface ChinaMapOptions {
  width?: number;
  id?: string;
  /** Accessible name and description; without them the SVG is decorative (aria-hidden). */
  title?: string;
  desc?: string;
  state?: MapState;
  paint?: Palette;
}

/** Which area each county belongs to, and whether the membership is confirmed. */
export function areaIndex(areas: Pick<Area, 'id' | 'members'>[]): Map<string, { area: string; unverified: boolean }[]> {
  const idx = new Map<string, { area: string; unverified: boolean }[]>();
  for (const a of areas)
    for (const m of a.members) {
      const list = idx.get(m.county) ?? [];
      list.push({ area: a.id, unverified: m.status === 'unverified' });
      idx.set(m.county, list);
    }
  return idx;
}

/**
 * Height over width of the fitted mainland (Hainan included) in this projection; a test
 * checks it against the committed outline, so frames neither crop nor pad the map.
 */
export const MAP_ASPECT = 0.84;

/** Map height for a width. */
export function mapHeight(width: number): number {
  return Math.round(width * MAP_ASPECT);
}

/**
 * The South China Sea islands as dots in an inset box, in the same projection at a smaller scale.
 * Islands and reefs are far below a pixel at this scale: each is marked with a dot, merged where they touch.
 */
export function islandDots(islands: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[], box: { x: number; y: number; w: number; h: number }): string {
  const fc: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: islands };
  const projection = chinaConic().fitExtent(
    [
      [box.x + 4, box.y + 4],
      [box.x + box.w - 4, box.y + box.h - 4],
    ],
    fc,
  );
  const path = pathFor(projection);
  const dots = new Map<string, [number, number]>();
  for (const f of islands) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      const [cx, cy] = path.centroid({ type: 'Polygon', coordinates: rings });
      if (Number.isFinite(cx) && Number.isFinite(cy)) dots.set(`${Math.round(cx)},${Math.round(cy)}`, [Math.round(cx), Math.round(cy)]);
    }
  }
  return [...dots.values()]
    .sort((p, q) => p[0] - q[0] || p[1] - q[1])
    .map(([cx, cy]) => `M${cx - 0.9},${cy}a0.9,0.9 0 1,0 1.8,0a0.9,0.9 0 1,0 -1.8,0`)
    .join('');
}

/**
 * The South China Sea islands in an inset at the bottom right (the conventional layout of a
 * map of China), drawn in the same projection at a smaller scale in a framed box.
 */
function southChinaSeaInset(topo: Topology, width: number, height: number, paint?: Palette): string {
  const islands = southChinaSeaFeatures(topo);
  if (!islands.length) return '';
  const w = Math.round(width * 0.13);
  const h = Math.round(w * 1.45);
  const x0 = width - w - 2;
  const y0 = height - h - 2;
  const d = islandDots(islands, { x: x0, y: y0, w, h });
  return el(
    'g',
    { class: paint ? null : 'inset' },
    el('rect', {
      x: x0,
      y: y0,
      width: w,
      height: h,
      fill: paint?.background ?? null,
      stroke: paint?.provinceLine ?? null,
      'stroke-width': paint ? 0.8 : null,
      class: paint ? null : 'inset-frame',
    }),
    el('path', { d, class: paint ? null : 'islands', fill: paint?.provinceLine ?? null }),
  );
}

export function chinaMapSvg(
  topo: Topology,
  counties: Pick<County, 'id' | 'exitYear'>[],
  areas: Pick<Area, 'id' | 'members' | 'complete' | 'prefectures'>[],
  o: ChinaMapOptions = {},
): string {
  const width = o.width ?? DEFAULTS.width;
  const height = mapHeight(width);
  const id = o.id ?? 'china-map';
  const nation = nationFeature(topo);
  const projection = chinaProjection(width, height, nation);
  const path = pathFor(projection);
  const exitYear = new Map(counties.map((c) => [c.id, c.exitYear]));
  const inAreas = areaIndex(areas);
  const incompleteExtent = new Set(areas.filter((a) => !a.complete).flatMap((a) => a.prefectures.map((p) => p.prefectureZh)));
  const paint = o.paint;
  const state = o.state;

  const extent: string[] = [];
  const listed: string[] = [];
  for (const f of countyFeatures(topo)) {
    const ids = countyIdsOf(f);
    const year = ids.map((i) => exitYear.get(i)).find((y) => y !== undefined);
    const d = path(f);
    if (!d) continue;
    const pf = f.properties?.pf;
    if (pf && incompleteExtent.has(pf) && !ids.some((i) => inAreas.has(i))) {
      if (!paint || state?.kind === 'areas') extent.push(d);
    }
    if (year === undefined) continue;
    const memberships = ids.flatMap((i) => inAreas.get(i) ?? []);
    const cls = ['c', 'pc', `y${year}`, ...memberships.map((m) => `a-${m.area}`)];
    if (memberships.length) cls.push(memberships.every((m) => m.unverified) ? 'area-member unverified' : 'area-member');
    let fill: string | undefined;
    if (paint && state?.kind === 'exits') fill = year <= state.year ? paint.exit[year] : paint.onList;
    if (paint && state?.kind === 'areas') {
      if (!memberships.length) fill = paint.land;
      else fill = memberships.every((m) => m.unverified) ? `url(#${id}-hatch)` : paint.area;
    }
    listed.push(el('path', { d, class: paint ? null : cls.join(' '), fill: fill ?? null, 'data-id': ids.join(' ') }));
  }
  const provinceBorders = path(provinceMesh(topo)) ?? '';
  const nationOutline = path(nation) ?? '';
  const named = Boolean(o.title);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: 'map',
      role: named ? 'img' : null,
      'aria-labelledby': named ? `${id}-title${o.desc ? ` ${id}-desc` : ''}` : null,
      'aria-hidden': named ? null : 'true',
      'data-year': state?.kind === 'exits' ? state.year : null,
      'data-view': state?.kind ?? null,
    },
    named ? el('title', { id: `${id}-title` }, esc(o.title!)) : '',
    named && o.desc ? el('desc', { id: `${id}-desc` }, esc(o.desc)) : '',
    el(
      'defs',
      {},
      el(
        'pattern',
        { id: `${id}-hatch`, width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        el('rect', { width: 4, height: 4, fill: paint?.areaSoft ?? null, class: paint ? null : 'hatch-bg' }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 4, stroke: paint?.area ?? null, 'stroke-width': paint ? 2 : null, class: paint ? null : 'hatch-line' }),
      ),
    ),
    paint ? el('rect', { width, height, fill: paint.background }) : '',
    el('path', { d: nationOutline, class: paint ? null : 'land', fill: paint?.land ?? null }),
    extent.length ? el('path', { d: extent.join(''), class: paint ? null : 'area-extent', fill: paint?.areaSoft ?? null }) : '',
    el('g', { class: paint ? null : 'counties', stroke: paint?.landLine ?? null, 'stroke-width': paint ? 0.25 : null }, ...listed),
    el('path', {
      d: provinceBorders,
      class: paint ? null : 'province-borders',
      fill: 'none',
      stroke: paint?.provinceLine ?? null,
      'stroke-width': paint ? 0.6 : null,
    }),
    el('path', {
      d: nationOutline,
      class: paint ? null : 'nation',
      fill: 'none',
      stroke: paint ? paint.provinceLine : null,
      'stroke-width': paint ? 0.8 : null,
    }),
    southChinaSeaInset(topo, width, height, paint),
  );
}

/**
 * The exits map's definition (src/charts/definition.ts): the 832 counties by exit year, with its
 * own embed (year slider, ?year=, ?county=); drawn here painted in the light palette, for the export.
 */
export const countyExitsMap = defineChart({
  id: 'county-exits-map',
  kind: 'map',
  data: ({ counties, areas, countiesTopo }) => ({ counties, areas, topo: countiesTopo }),
  title: (l, d) => strings(l).charts.exitsMap.title(formatNumber(d.counties.length, l), EXIT_YEARS[0], EXIT_YEARS.at(-1)!),
  summary: (l, d) => strings(l).charts.exitsMap.summary(formatNumber(d.counties.length, l)),
  headline: (l, d) => {
    const last = Math.max(...d.counties.map((c) => c.exitYear));
    return { value: formatNumber(d.counties.filter((c) => c.exitYear === last).length, l), label: strings(l).charts.exitsMap.headline(last) };
  },
  years: () => [2015, ...EXIT_YEARS],
  sources: () => [COUNTY_LIST_SOURCE],
  downloads: ['counties'],
  embedHeight: 900,
  legend: (l) => EXIT_YEARS.map((y) => ({ swatch: `sw-${y}`, label: strings(l).legendLeftIn(y) })),
  draw: (d, { locale, id, params }) =>
    chinaMapSvg(d.topo, d.counties, d.areas, {
      id,
      width: 800,
      state: { kind: 'exits', year: params.year ?? LAST_EXIT_YEAR },
      paint: LIGHT,
      title: strings(locale).charts.exitsMap.svgTitle(params.year ?? LAST_EXIT_YEAR),
    }),
});
