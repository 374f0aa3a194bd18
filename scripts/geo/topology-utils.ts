/** Small helpers on the topology under construction (see WorkTopology in types.ts). */
import { geoArea } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { AreaObject, WorkTopology } from './types.ts';

/** Index of an arc reference (negative = the arc reversed). */
export const arcIndex = (a: number): number => (a < 0 ? ~a : a);

/** Polygons of a geometry as arrays of rings of arc indexes. */
export function polygonsOf(g: { type: string; arcs?: unknown }): number[][][] {
  if (g.type === 'Polygon') return [g.arcs as number[][]];
  if (g.type === 'MultiPolygon') return g.arcs as number[][][];
  return [];
}

/** Writes a geometry's polygons back, as a Polygon when one is left, else a MultiPolygon. */
export function setPolygons(g: AreaObject, polys: number[][][]): void {
  const o = g as { type: string; arcs: unknown };
  if (polys.length === 1) {
    o.type = 'Polygon';
    o.arcs = polys[0];
  } else {
    o.type = 'MultiPolygon';
    o.arcs = polys;
  }
}

export const asTopology = (t: WorkTopology): Topology<{}> => t as unknown as Topology<{}>;

/** The GeoJSON feature of one geometry object. */
export function featureOf(topo: WorkTopology, g: { type: string; arcs?: unknown; id?: unknown; properties?: unknown }): Feature {
  return topoFeature(asTopology(topo), g as GeometryObject) as Feature;
}

/** Spherical area (steradians) of one geometry object. */
export const areaOf = (topo: WorkTopology, g: { type: string; arcs?: unknown }): number => geoArea(featureOf(topo, g));

type Walkable = { type: string; arcs?: unknown; geometries?: Walkable[] };

function walk(g: Walkable, fn: (arcs: number[]) => number[]): void {
  switch (g.type) {
    case 'GeometryCollection':
      for (const c of g.geometries ?? []) walk(c, fn);
      break;
    case 'LineString':
      g.arcs = fn(g.arcs as number[]);
      break;
    case 'MultiLineString':
    case 'Polygon':
      g.arcs = (g.arcs as number[][]).map(fn);
      break;
    case 'MultiPolygon':
      g.arcs = (g.arcs as number[][][]).map((p) => p.map(fn));
      break;
    default:
  }
}

/** Removes arcs no object refers to and renumbers the rest (order kept). Mutates and returns topo. */
export function pruneArcs(topo: WorkTopology): WorkTopology {
  const used = new Array<boolean>(topo.arcs.length).fill(false);
  for (const o of Object.values(topo.objects)) {
    walk(o, (arcs) => {
      for (const a of arcs) used[arcIndex(a)] = true;
      return arcs;
    });
  }
  const newIndex = new Array<number>(topo.arcs.length);
  const arcs: number[][][] = [];
  topo.arcs.forEach((arc, i) => {
    if (used[i]) {
      newIndex[i] = arcs.length;
      arcs.push(arc);
    }
  });
  for (const o of Object.values(topo.objects)) walk(o, (list) => list.map((a) => (a < 0 ? ~newIndex[~a]! : newIndex[a]!)));
  topo.arcs = arcs;
  return topo;
}

/** Topology → JSON with a fixed member order, so reruns are byte-identical. */
export function serializeTopology(topo: WorkTopology): string {
  const out = { type: 'Topology', bbox: topo.bbox, transform: topo.transform, objects: topo.objects, arcs: topo.arcs };
  return `${JSON.stringify(out)}\n`;
}
