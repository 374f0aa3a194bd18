/**
 * The 14 contiguous destitute areas on one map of China, and every scene of the story's areas
 * section in that one SVG:
 *  - overview (`data-area="overview"`): each area its own colour, its identified counties as one
 *    merged path (a second, hatched path for members whose source is unverified), the remaining
 *    extent of an incomplete area (the prefectures sources say it spans) as a light tint with a
 *    dashed outline, and a name label per area, pushed apart with a leader line where they crowd;
 *  - one scene per area (`data-area="<id>"`): CSS lights that area, dims the rest, and the client
 *    moves the view to it with a transform on ONE group (`g.zoom`), read from the area group's
 *    `data-t="tx ty k"` (computed here, at build time, from the area's bounds);
 *  - closing (`data-area="exits"`): the identified counties coloured by the year they left the list.
 * Paths are merged with topojson-client at build time: the browser never merges or simplifies.
 *
 * Two ways to carry colour, as in china-map.ts: class-only markup (the page's CSS,
 * src/styles/areas-map.css, colours it and shows the scene), or `paint` (explicit fills for one
 * scene, for static images: the no-JS fallback, export, snapshots).
 *
 * `areaSmallMapSvg` (areas-small-map.ts) draws one area alone, cropped to it, for the no-JS fallback of each step.
 */
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeoProjection } from 'd3-geo';
import type { Area, County, Province } from '../lib/schemas.ts';
import { EXIT_YEARS } from '../lib/years.ts';
import { EXITS, OVERVIEW } from '../lib/scenes.ts';
import type { Locale } from '../lib/i18n.ts';
import { chinaProjection, pathFor } from '../lib/projection.ts';
import { countyIdsOf, nationFeature, southChinaSeaFeatures, type CountyProperties } from '../lib/topology.ts';
import { DARK, LIGHT, islandDots, mapHeight, type Palette } from './china-map.ts';
import { el, esc, num } from './svg.ts';
import { defineChart } from './definition.ts';
import { localized, strings } from '../lib/i18n.ts';
import { formatNumber } from '../lib/format.ts';
import { JOURNEY_ORDER } from '../lib/areas.ts';
import { memberClass } from '../lib/areas.ts';
import { areaColour, mapLabel } from './areas-names.ts';
import { boxOf, leaderEnd, placeLabels, viewFor, type Box, type PlacedLabel, type View } from './map-labels.ts';
import { textWidthEm } from '../lib/text-metrics.ts';

export * from './areas-names.ts';
export * from './map-labels.ts';

export type AreaLike = Pick<Area, 'id' | 'nameEn' | 'nameZh' | 'members' | 'complete' | 'prefectures'>;
import type { Scheme as Theme } from '../lib/palette.ts';
export type { Theme };

/** The scenes of the map: the overview, one per area, and the closing scene by exit year (ids in src/lib/scenes.ts). */
export { EXITS, OVERVIEW };

/** A scene id that names no area (or a hostile value) falls back to the overview. */
export function resolveScene(scene: string | null | undefined, areas: Pick<Area, 'id'>[]): string {
  if (scene === EXITS) return EXITS;
  return scene && areas.some((a) => a.id === scene) ? scene : OVERVIEW;
}

// ---------------------------------------------------------------------------------------------
// Geometry (build time)

type CountyGeom = GeometryObject<CountyProperties>;

function countyGeoms(topo: Topology): CountyGeom[] {
  const obj = (topo.objects as Record<string, GeometryObject | undefined>).counties;
  if (!obj || obj.type !== 'GeometryCollection') throw new Error('topology has no GeometryCollection "counties"');
  return (obj as GeometryCollection<CountyProperties>).geometries;
}

export interface AreaShapes {
  id: string;
  /** Identified members with a confirmed source, merged. */
  solid: MultiPolygon | null;
  /** Identified members whose source is unverified, merged. */
  unverified: MultiPolygon | null;
  /** Incomplete areas: every county of the prefectures the area spans, merged (approximate extent). */
  extent: MultiPolygon | null;
  /** Borders between identified member counties (drawn when the area is in focus). */
  inner: GeoJSON.MultiLineString | null;
  /** The identified members' geometries (for the small maps). */
  memberGeoms: { geom: CountyGeom; unverified: boolean }[];
}

const nonEmpty = (m: MultiPolygon): MultiPolygon | null => (m.coordinates.length ? m : null);

/** The shapes of every area, merged from the county topology. */
export function areaShapes(topo: Topology, areas: AreaLike[], provinces: Pick<Province, 'code' | 'nameZh'>[] = []): AreaShapes[] {
  const geoms = countyGeoms(topo);
  const byId = new Map<string, CountyGeom>();
  for (const g of geoms) for (const id of countyIdsOf(g as { id?: string | number; properties?: CountyProperties })) if (!byId.has(id)) byId.set(id, g);
  const provinceCode = new Map(provinces.map((p) => [p.nameZh, p.code]));
  return areas.map((a) => {
    // solid and unverified (high/medium) members are drawn; low-confidence leads never are
    const status = new Map<CountyGeom, boolean>();
    for (const m of a.members) {
      const cls = memberClass(m);
      if (cls === 'low') continue;
      const g = byId.get(m.county);
      if (!g) continue;
      const unverified = cls === 'unverified';
      // A polygon standing for several counties is solid if any of them is.
      status.set(g, status.has(g) ? status.get(g)! && unverified : unverified);
    }
    const memberGeoms = [...status].map(([geom, unverified]) => ({ geom, unverified }));
    const solid = memberGeoms.filter((m) => !m.unverified).map((m) => m.geom);
    const unv = memberGeoms.filter((m) => m.unverified).map((m) => m.geom);
    let extent: MultiPolygon | null = null;
    if (!a.complete && a.prefectures.length) {
      const wanted = a.prefectures.map((p) => ({ pf: p.prefectureZh, code: provinceCode.get(p.provinceZh) }));
      const inExtent = geoms.filter((g) => {
        const pr = g.properties as Partial<CountyProperties> | undefined;
        return pr?.pf !== undefined && wanted.some((w) => w.pf === pr.pf && (w.code === undefined || w.code === pr.p));
      });
      extent = inExtent.length ? nonEmpty(merge(topo, [...new Set([...inExtent, ...solid, ...unv])] as never)) : null;
    }
    const all = [...solid, ...unv];
    const inner = all.length > 1 ? mesh(topo, { type: 'GeometryCollection', geometries: all } as never, (x, y) => x !== y) : null;
    return {
      id: a.id,
      solid: solid.length ? nonEmpty(merge(topo, solid as never)) : null,
      unverified: unv.length ? nonEmpty(merge(topo, unv as never)) : null,
      extent,
      inner: inner && inner.coordinates.length ? inner : null,
      memberGeoms,
    };
  });
}

/** The identified area counties (any area), merged per exit year. */
export function exitYearShapes(topo: Topology, areas: AreaLike[], counties: Pick<County, 'id' | 'exitYear'>[]): Map<number, MultiPolygon> {
  const year = new Map(counties.map((c) => [c.id, c.exitYear]));
  // identified (solid) members only, the counties the story's copy counts; an unverified row is not coloured as fact
  const members = new Set(areas.flatMap((a) => a.members.filter((m) => memberClass(m) === 'solid').map((m) => m.county)));
  const byYear = new Map<number, CountyGeom[]>();
  for (const g of countyGeoms(topo)) {
    const ids = countyIdsOf(g as { id?: string | number; properties?: CountyProperties });
    const hit = ids.find((i) => members.has(i) && year.has(i));
    if (!hit) continue;
    const y = year.get(hit)!;
    byYear.set(y, [...(byYear.get(y) ?? []), g]);
  }
  const out = new Map<number, MultiPolygon>();
  for (const y of EXIT_YEARS) {
    const list = byYear.get(y);
    if (list?.length) out.set(y, merge(topo, list as never));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The map

export interface AreasMapOptions {
  locale: Locale;
  width?: number;
  id?: string;
  provinces?: Pick<Province, 'code' | 'nameZh'>[];
  /** Explicit fills for one scene (static image); absent → classes for the page's CSS. */
  paint?: Theme;
  /** The scene to show (paint mode draws only it; class mode sets data-area). */
  scene?: string;
  /** Accessible name of the map (defaults to the scene's). */
  title?: string;
}

export interface AreaGeo {
  width: number;
  height: number;
  shapes: AreaShapes[];
  views: Map<string, View>;
  anchors: Map<string, [number, number]>;
  bounds: Map<string, [[number, number], [number, number]]>;
  projection: GeoProjection;
}

const geoCache = new WeakMap<object, Map<string, AreaGeo>>();

/** Projected geometry, bounds, anchors and per-area views (memoised per topology, width and areas). */
export function areaGeo(topo: Topology, areas: AreaLike[], width: number, provinces: Pick<Province, 'code' | 'nameZh'>[] = []): AreaGeo {
  const key = `${width}|${areas.map((a) => `${a.id}:${a.members.length}:${a.prefectures.length}`).join(',')}`;
  let cache = geoCache.get(topo);
  if (!cache) geoCache.set(topo, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const height = mapHeight(width);
  const projection = chinaProjection(width, height, nationFeature(topo));
  const path = pathFor(projection);
  const shapes = areaShapes(topo, areas, provinces);
  const views = new Map<string, View>();
  const anchors = new Map<string, [number, number]>();
  const bounds = new Map<string, [[number, number], [number, number]]>();
  for (const s of shapes) {
    const ident: MultiPolygon = { type: 'MultiPolygon', coordinates: [...(s.solid?.coordinates ?? []), ...(s.unverified?.coordinates ?? [])] };
    const all: MultiPolygon = { type: 'MultiPolygon', coordinates: [...ident.coordinates, ...(s.extent?.coordinates ?? [])] };
    if (!all.coordinates.length) continue;
    const b = path.bounds(all) as [[number, number], [number, number]];
    bounds.set(s.id, b);
    views.set(s.id, viewFor(b, width, height));
    const c = path.centroid(ident.coordinates.length ? ident : all);
    anchors.set(s.id, [Math.round(c[0] * 10) / 10, Math.round(c[1] * 10) / 10]);
  }
  const geo = { width, height, shapes, views, anchors, bounds, projection };
  cache.set(key, geo);
  return geo;
}

/** Overview label sizes (user units at the map's width): wide screens and phones. */
export const LABEL_SIZES = { wide: 14, narrow: 26 } as const;

/** Label boxes for a layer (font size in user units). */
export function labelLayout(
  geo: AreaGeo,
  areas: AreaLike[],
  locale: Locale,
  size: number,
  frame?: Box,
  obstacles: Box[] = [],
): (PlacedLabel & { text: string })[] {
  const items = areas
    .filter((a) => geo.anchors.has(a.id))
    .map((a) => {
      const text = mapLabel(a, locale);
      const [ax, ay] = geo.anchors.get(a.id)!;
      return { id: a.id, ax, ay, w: Math.ceil(textWidthEm(text, { bold: true }) * size + 6), h: Math.ceil(size * 1.3), text };
    });
  const placed = placeLabels(items, frame ?? { x: 2, y: 2, w: geo.width - 4, h: geo.height - 4 }, obstacles);
  return placed.map((p, i) => ({ ...p, text: items[i]!.text }));
}

function insetBox(width: number, height: number): Box {
  const w = Math.round(width * 0.13);
  const h = Math.round(w * 1.45);
  return { x: width - w - 2, y: height - h - 2, w, h };
}

function insetSvg(topo: Topology, width: number, height: number, pal?: Palette): string {
  const islands = southChinaSeaFeatures(topo);
  if (!islands.length) return '';
  const { x: x0, y: y0, w, h } = insetBox(width, height);
  const d = islandDots(islands, { x: x0, y: y0, w, h });
  return el(
    'g',
    { class: 'inset' },
    el('rect', {
      x: x0,
      y: y0,
      width: w,
      height: h,
      class: pal ? null : 'inset-frame',
      fill: pal?.background ?? null,
      stroke: pal?.provinceLine ?? null,
      'stroke-width': pal ? 0.8 : null,
    }),
    el('path', { d, class: pal ? null : 'islands', fill: pal?.provinceLine ?? null }),
  );
}

/** Accessible name and description of a scene, in the reader's language. */
export function sceneText(scene: string, areas: AreaLike[], locale: Locale): { title: string; desc: string } {
  const t = strings(locale).charts.areasMap;
  const a = areas.find((x) => x.id === scene);
  if (scene === EXITS) return { title: t.exitsTitle, desc: t.exitsDesc(EXIT_YEARS[0], EXIT_YEARS.at(-1)!) };
  if (a) {
    const name = localized(a, 'name', locale);
    return { title: t.areaTitle(name), desc: t.areaDesc(a.complete, name) };
  }
  return { title: t.title(formatNumber(areas.length, locale)), desc: t.overviewDesc };
}

/**
 * The areas map. Class mode (no `paint`): every scene in one SVG, the scene in `data-area`.
 * Paint mode: one scene with explicit fills and the scene's transform written in.
 */
export function areasMapSvg(topo: Topology, counties: Pick<County, 'id' | 'exitYear'>[], areas: AreaLike[], o: AreasMapOptions): string {
  const width = o.width ?? 800;
  const id = o.id ?? 'areas-map';
  const geo = areaGeo(topo, areas, width, o.provinces);
  const { height, projection } = geo;
  const path = pathFor(projection);
  const scene = resolveScene(o.scene, areas);
  const theme = o.paint;
  const pal = theme ? (theme === 'dark' ? DARK : LIGHT) : undefined;
  const colour = (aid: string, i: number) => (theme ? areaColour(aid, theme, i) : null);
  const focus = areas.find((a) => a.id === scene);
  const text = sceneText(scene, areas, o.locale);
  const title = o.title ?? text.title;

  // paint mode draws one scene: what CSS would show or hide is decided here
  const showLabels = !theme || !focus;
  const showAreas = !theme || scene !== EXITS;
  const showExits = !theme || scene === EXITS;

  const defs = areas.map((a, i) =>
    el(
      'pattern',
      { id: `${id}-h-${a.id}`, class: theme ? null : `k-${a.id}`, width: 3, height: 3, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('rect', { width: 3, height: 3, class: theme ? null : 'hb', fill: pal?.land ?? null }),
      el('line', { x1: 0.75, y1: 0, x2: 0.75, y2: 3, class: theme ? null : 'hl', stroke: colour(a.id, i), 'stroke-width': 1.5 }),
    ),
  );

  const groups = showAreas
    ? areas.map((a, i) => {
        const s = geo.shapes.find((x) => x.id === a.id)!;
        const v = geo.views.get(a.id);
        const dim = theme && focus && focus.id !== a.id;
        const c = colour(a.id, i);
        return el(
          'g',
          {
            class: theme ? null : `ar k-${a.id}`,
            'data-a': a.id,
            'data-t': v ? `${num(v.tx)} ${num(v.ty)} ${num(v.k)}` : null,
            'data-title': theme ? null : sceneText(a.id, areas, o.locale).title,
            'data-desc': theme ? null : sceneText(a.id, areas, o.locale).desc,
            opacity: dim ? '0.22' : null,
          },
          s.extent
            ? el('path', {
                d: path(s.extent) ?? '',
                class: theme ? null : 'ext',
                fill: c,
                'fill-opacity': theme ? '0.16' : null,
                stroke: c,
                'stroke-width': theme ? 0.8 : null,
                'stroke-dasharray': theme ? '3 2' : null,
              })
            : '',
          s.solid ? el('path', { d: path(s.solid) ?? '', class: theme ? null : 'sol', fill: c }) : '',
          s.unverified
            ? el('path', {
                d: path(s.unverified) ?? '',
                class: theme ? null : 'unv',
                fill: `url(#${id}-h-${a.id})`,
                stroke: c,
                'stroke-width': theme ? 0.4 : null,
              })
            : '',
          s.inner && (!theme || focus?.id === a.id)
            ? el('path', {
                d: path(s.inner) ?? '',
                class: theme ? null : 'inner',
                fill: 'none',
                stroke: pal?.landLine ?? null,
                'stroke-width': theme && focus ? (0.8 / geo.views.get(a.id)!.k).toFixed(2) : null,
              })
            : '',
        );
      })
    : [];

  const exits = showExits
    ? [...exitYearShapes(topo, areas, counties)].map(([y, mp]) =>
        el('path', { d: path(mp) ?? '', class: theme ? null : `ex y${y}`, fill: pal?.exit[y] ?? null }),
      )
    : [];

  // overview labels: a wide layer and a phone layer (CSS shows one); the inset is an obstacle
  const inset = insetBox(width, height);
  const labelLayer = (kind: 'wide' | 'narrow') => {
    const size = LABEL_SIZES[kind];
    const placed = labelLayout(geo, areas, o.locale, size, undefined, [inset]);
    return el(
      'g',
      { class: theme ? null : `labels labels-${kind}`, 'font-size': size, 'font-family': theme ? 'system-ui, sans-serif' : null },
      ...placed.map((p) => {
        const b = boxOf(p.x, p.y, p.w, p.h);
        const [lx, ly] = leaderEnd(b, p.ax, p.ay);
        const i = areas.findIndex((a) => a.id === p.id);
        return el(
          'g',
          { class: theme ? null : `lb k-${p.id}`, 'data-a': p.id },
          p.moved && Math.hypot(lx - p.ax, ly - p.ay) > 3
            ? el('path', {
                d: `M${num(p.ax)},${num(p.ay)}L${num(lx)},${num(ly)}`,
                class: theme ? null : 'leader',
                fill: 'none',
                stroke: pal?.provinceLine ?? null,
                'stroke-width': theme ? 1 : null,
              }) + el('circle', { cx: p.ax, cy: p.ay, r: size / 6, class: theme ? null : 'anchor', fill: colour(p.id, i) })
            : '',
          el(
            'text',
            {
              x: p.x,
              y: p.y,
              dy: '0.35em',
              'text-anchor': 'middle',
              fill: colour(p.id, i),
              stroke: pal?.background ?? null,
              'stroke-width': theme ? size / 4 : null,
              'paint-order': theme ? 'stroke' : null,
              'font-weight': theme ? 600 : null,
            },
            esc(p.text),
          ),
        );
      }),
    );
  };

  // the focused area's own label, placed where the area lands in its zoomed view: the labels are
  // never inside the zoomed group, so a zoom changes no text (Blink lays SVG text out again
  // whenever the scale above it changes, which cost 60-90 ms a scene at 4x CPU slowdown)
  const focusLabels = (kind: 'wide' | 'narrow') =>
    el(
      'g',
      { class: theme ? null : `focus-labels labels-${kind}`, 'font-family': theme ? 'system-ui, sans-serif' : null },
      ...areas
        .filter((a) => geo.views.has(a.id) && (!theme || focus?.id === a.id))
        .map((a) => {
          const v = geo.views.get(a.id)!;
          const b = geo.bounds.get(a.id)!;
          const size = LABEL_SIZES[kind] * 1.15;
          const top = v.ty + v.k * b[0][1];
          // above the area, or below it when the area reaches the top of its view
          const y = top > size * 1.6 ? top - size * 0.5 : v.ty + v.k * b[1][1] + size * 1.1;
          const x = v.tx + (v.k * (b[0][0] + b[1][0])) / 2;
          const i = areas.indexOf(a);
          return el(
            'text',
            {
              class: theme ? null : `fl k-${a.id}`,
              'data-a': a.id,
              x: num(x),
              y: num(y),
              'font-size': num(size),
              'stroke-width': num(size / 4),
              'text-anchor': 'middle',
              fill: colour(a.id, i),
              stroke: pal?.background ?? null,
              'paint-order': theme ? 'stroke' : null,
              'font-weight': theme ? 700 : null,
            },
            esc(mapLabel(a, o.locale)),
          );
        }),
    );

  const v = theme && focus ? geo.views.get(focus.id) : undefined;
  const zoomAttrs = v ? { transform: `translate(${num(v.tx)} ${num(v.ty)}) scale(${num(v.k)})` } : {};
  const thin = v ? 1 / v.k : 1;

  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: theme ? null : 'areas-map',
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'data-area': theme ? null : scene,
    },
    el('title', { id: `${id}-title` }, esc(title)),
    el('desc', { id: `${id}-desc` }, esc(text.desc)),
    el('defs', {}, ...defs),
    pal ? el('rect', { width, height, fill: pal.background }) : '',
    el(
      'g',
      { class: theme ? null : 'zoom', ...zoomAttrs },
      // the land, its coast and land frontier stroked once (no second copy of the outline)
      el('path', {
        d: path(nationFeature(topo)) ?? '',
        class: theme ? null : 'land',
        fill: pal?.land ?? null,
        stroke: pal?.provinceLine ?? null,
        'stroke-width': theme ? (0.8 * thin).toFixed(2) : null,
      }),
      showAreas
        ? el(
            'g',
            theme ? {} : { class: 'areas', 'data-title': sceneText(OVERVIEW, areas, o.locale).title, 'data-desc': sceneText(OVERVIEW, areas, o.locale).desc },
            ...groups,
          )
        : '',
      showExits
        ? el(
            'g',
            theme ? {} : { class: 'exits', 'data-title': sceneText(EXITS, areas, o.locale).title, 'data-desc': sceneText(EXITS, areas, o.locale).desc },
            ...exits,
          )
        : '',
      el('path', {
        d: path(provinceBordersOf(topo)) ?? '',
        class: theme ? null : 'province-borders',
        fill: 'none',
        stroke: pal?.provinceLine ?? null,
        'stroke-width': theme ? (0.6 * thin).toFixed(2) : null,
      }),
    ),
    !focus || !theme ? insetSvg(topo, width, height, pal) : '',
    // class mode: every label in one layer that the client lifts into an unzoomed overlay
    // (src/client/areas-scenes.ts); paint mode: the scene's labels drawn over the map
    theme
      ? (showLabels ? labelLayer('wide') : '') + (focus ? focusLabels('wide') : '')
      : el('g', { class: 'overlay' }, labelLayer('wide'), labelLayer('narrow'), focusLabels('wide'), focusLabels('narrow')),
  );
}

export function provinceBordersOf(topo: Topology): GeoJSON.MultiLineString {
  const obj = (topo.objects as Record<string, GeometryObject | undefined>).provinces;
  if (!obj || obj.type !== 'GeometryCollection') throw new Error('topology has no GeometryCollection "provinces"');
  return mesh(topo, obj as GeometryCollection, (a, b) => a !== b);
}

/**
 * The areas map's definition (src/charts/definition.ts). Too large to inline twice: pages show its
 * painted overview and, with JavaScript, fetch the class-based map that follows ?area=; the export
 * is the painted scene.
 */
export const contiguousAreas = defineChart({
  id: 'contiguous-areas',
  data: ({ areas, counties, provinces, countiesTopo }) => ({ areas, counties, provinces, topo: countiesTopo }),
  title: (l, d) => strings(l).charts.areasMap.title(formatNumber(d.areas.length, l)),
  summary: (l) => strings(l).charts.areasMap.summary,
  headline: (l, d) => ({
    value: formatNumber(d.areas.length, l),
    label: strings(l).charts.areasMap.headline(formatNumber(d.areas.filter((a) => a.complete).length, l)),
  }),
  areas: () => [...JOURNEY_ORDER, EXITS],
  sources: (d) => [...new Set(d.areas.flatMap((a) => [a.nameSource, a.counties.source, ...a.members.flatMap((m) => m.sources)]))],
  downloads: ['areas'],
  embedHeight: 760,
  map: {
    interactive: (l) => `/maps/areas/${l}.svg`,
    image: (l, theme) => `/maps/areas/${OVERVIEW}-${l}-${theme}.svg`,
    width: 800,
    height: mapHeight(800),
  },
  alt: (l, d) => sceneText(OVERVIEW, d.areas, l).desc,
  draw: (d, { locale, id, params }) =>
    areasMapSvg(d.topo, d.counties, d.areas, { locale, id, paint: 'light', scene: params.area ?? OVERVIEW, provinces: d.provinces }),
});
