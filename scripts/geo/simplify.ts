/**
 * Simplification of the county topology. Simplifying the topology (not each feature) keeps shared
 * borders shared. Points are weighted by spherical triangle area so the threshold means the same
 * at every latitude; a few points are pinned so no island or small county vanishes, then tiny
 * detached islands and rings that collapsed on quantization are dropped.
 */
import { mergeArcs, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { signedArea } from './clean-rings.ts';
import { areaOf, arcIndex, asTopology, polygonsOf, pruneArcs, setPolygons } from './topology-utils.ts';
import type { AreaObject, OutFeature, Position, WorkTopology } from './types.ts';

const work = (t: Topology<{}>): WorkTopology => t as unknown as WorkTopology;

/** Every point of these arcs gets infinite weight (never simplified away). */
function pinArcs(topo: WorkTopology, arcIndexes: Iterable<number>): void {
  for (const i of arcIndexes) for (const p of topo.arcs[i]!) p[2] = Infinity;
}

/** Closed single-arc rings (islands) keep their two heaviest interior points, so a triangle survives. */
function pinRingArcs(topo: WorkTopology): void {
  for (const arc of topo.arcs) {
    const n = arc.length;
    if (n < 4) continue;
    const a = arc[0]!;
    const b = arc[n - 1]!;
    if (a[0] !== b[0] || a[1] !== b[1]) continue;
    const order: number[] = [];
    for (let i = 1; i < n - 1; i++) order.push(i);
    order.sort((i, j) => arc[j]![2]! - arc[i]![2]! || i - j);
    for (const i of order.slice(0, 2)) arc[i]![2] = Infinity;
  }
}

/**
 * Every feature stays recognisable however small: in the largest polygon of each geometry, the `k`
 * heaviest interior points of its exterior ring are pinned.
 */
function pinFeatureShapes(topo: WorkTopology, objectName: string, k: number): void {
  for (const g of topo.objects[objectName]!.geometries) {
    let bestRing: number[] | null = null;
    let bestArea = -1;
    for (const poly of polygonsOf(g)) {
      const pts: number[][] = [];
      for (const a of poly[0]!) for (const p of topo.arcs[arcIndex(a)]!) pts.push(p);
      const area = Math.abs(signedArea(pts as Position[]));
      if (area > bestArea) {
        bestArea = area;
        bestRing = poly[0]!;
      }
    }
    if (!bestRing) continue;
    const candidates: number[][] = [];
    for (const a of bestRing) {
      const arc = topo.arcs[arcIndex(a)]!;
      for (let i = 1; i < arc.length - 1; i++) candidates.push(arc[i]!);
    }
    candidates.sort((p, q) => q[2]! - p[2]! || p[0]! - q[0]! || p[1]! - q[1]!);
    for (const p of candidates.slice(0, k)) p[2] = Infinity;
  }
}

/**
 * Topology of the county and island features, presimplified. The South China Sea islands are
 * pinned whole: they are drawn in an inset at a larger scale.
 */
export function baseTopology(counties: readonly OutFeature[], islands: readonly OutFeature[]): WorkTopology {
  const topo = buildTopology({
    counties: { type: 'FeatureCollection', features: counties } as unknown as FeatureCollection,
    southChinaSea: { type: 'FeatureCollection', features: islands } as unknown as FeatureCollection,
  });
  const simplified = work(presimplify(topo as Topology<{}>, sphericalTriangleArea));
  pinRingArcs(simplified);
  pinFeatureShapes(simplified, 'counties', 3);
  const islandArcs = new Set<number>();
  for (const g of simplified.objects.southChinaSea!.geometries) {
    for (const poly of polygonsOf(g)) for (const ring of poly) for (const a of ring) islandArcs.add(arcIndex(a));
  }
  pinArcs(simplified, islandArcs);
  return simplified;
}

/**
 * Drops small detached polygons (islands) of one object's geometries, keeping each geometry's
 * largest polygon; detached = none of its exterior arcs is used by another polygon.
 */
export function dropSmallIslands(topo: WorkTopology, objectName: string, minArea: number): number {
  const useCount = new Map<number, number>();
  for (const o of Object.values(topo.objects)) {
    for (const g of o.geometries) {
      for (const poly of polygonsOf(g)) for (const ring of poly) for (const a of ring) useCount.set(arcIndex(a), (useCount.get(arcIndex(a)) || 0) + 1);
    }
  }
  let dropped = 0;
  for (const g of topo.objects[objectName]!.geometries) {
    const polys = polygonsOf(g);
    if (polys.length < 2) continue;
    const areas = polys.map((poly) => areaOf(topo, { type: 'Polygon', arcs: [poly[0]] }));
    let largest = 0;
    areas.forEach((a, i) => {
      if (a > areas[largest]!) largest = i;
    });
    // Smallest first, and never more than a tenth of the feature's area: archipelago counties keep their islands.
    const total = areas.reduce((x, y) => x + y, 0);
    const order = polys
      .map((_, i) => i)
      .filter((i) => i !== largest && areas[i]! < minArea)
      .filter((i) => polys[i]![0]!.every((a) => useCount.get(arcIndex(a)) === 1))
      .sort((i, j) => areas[i]! - areas[j]! || i - j);
    const drop = new Set<number>();
    let droppedArea = 0;
    for (const i of order) {
      const a = areas[i]!;
      if (droppedArea + a > 0.1 * total) break;
      droppedArea += a;
      drop.add(i);
    }
    const keep = polys.filter((_, i) => !drop.has(i));
    dropped += polys.length - keep.length;
    setPolygons(g, keep);
  }
  return dropped;
}

/** Signed planar area (positive = counter-clockwise) of a ring of a quantized, delta-encoded topology. */
function quantizedRingArea(topo: WorkTopology, ring: readonly number[]): number {
  const pts: number[][] = [];
  for (const a of ring) {
    let x = 0;
    let y = 0;
    const abs = topo.arcs[arcIndex(a)]!.map((d) => [(x += d[0]!), (y += d[1]!)]);
    if (a < 0) abs.reverse();
    for (let i = pts.length ? 1 : 0; i < abs.length; i++) pts.push(abs[i]!);
  }
  return signedArea(pts as Position[]);
}

/**
 * Removes rings that simplification and quantization collapsed (no area) or turned inside out
 * (exterior no longer clockwise, hole no longer counter-clockwise): d3 would fill the globe.
 */
export function dropDegenerateRings(topo: WorkTopology, objectName: string): number {
  let dropped = 0;
  for (const g of topo.objects[objectName]!.geometries) {
    const keep: number[][][] = [];
    for (const poly of polygonsOf(g)) {
      const ext = quantizedRingArea(topo, poly[0]!);
      if (!(ext < 0)) {
        dropped++;
        continue;
      }
      const holes = poly.slice(1).filter((r) => quantizedRingArea(topo, r) > 0);
      dropped += poly.length - 1 - holes.length;
      keep.push([poly[0]!, ...holes]);
    }
    if (keep.length === 0) throw new Error(`${objectName} ${g.id}: every polygon collapsed in simplification`);
    setPolygons(g, keep);
  }
  return dropped;
}

/**
 * Parts of one feature that touch each other (the package splits some counties into adjacent
 * pieces) become one polygon. mergeArcs takes the largest ring of a group as its exterior, which
 * goes wrong for parts interleaved with another feature: the merge is kept only when the area is.
 */
function mergeTouchingParts(t: WorkTopology, g: AreaObject): AreaObject {
  if (g.type !== 'MultiPolygon') return g;
  const m = mergeArcs(asTopology(t), [g]);
  if (m.arcs.length === g.arcs.length) return g;
  const merged = (
    m.arcs.length === 1
      ? { type: 'Polygon', arcs: m.arcs[0], id: g.id, properties: g.properties }
      : { type: 'MultiPolygon', arcs: m.arcs, id: g.id, properties: g.properties }
  ) as AreaObject;
  const before = areaOf(t, g);
  const after = areaOf(t, merged);
  return Math.abs(after - before) <= 1e-6 * Math.max(before, 1e-12) + 1e-15 ? merged : g;
}

export interface SimplifyOptions {
  minWeight: number;
  minIslandArea: number;
  quantization: number;
}

/** The simplified, quantized counties and islands of a base topology (which is not modified). */
export function simplifyLayer(
  base: WorkTopology,
  { minWeight, minIslandArea, quantization }: SimplifyOptions,
): { topo: WorkTopology; droppedIslands: number; droppedRings: number } {
  let t = work(simplify(asTopology({ ...base, objects: structuredClone(base.objects) }), minWeight));
  const counties = t.objects.counties!;
  counties.geometries = counties.geometries.map((g) => mergeTouchingParts(t, g));
  const droppedIslands = dropSmallIslands(t, 'counties', minIslandArea);
  t = pruneArcs(t);
  t = work(quantize(asTopology(t), quantization));
  const droppedRings = dropDegenerateRings(t, 'counties') + dropDegenerateRings(t, 'southChinaSea');
  t = pruneArcs(t);
  return { topo: t, droppedIslands, droppedRings };
}
