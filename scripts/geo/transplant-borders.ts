// Border transplant, step 2 of making mismatched borders identical (the why is in snap.ts): a feature
// of rank > 0 takes its settled neighbours' line between the vertices they have in common, so
// TopoJSON finds one shared arc where the package has two lines wandering apart.

import { dist, keyOf, pointSegmentDistance, polygonsOf, type RankedGeometry } from './snap.ts';
import type { AreaGeometry, Position } from './types.ts';

/** Largest distance from a vertex of `from` to the polyline `to`; Infinity as soon as it exceeds `limit`. */
function directedHausdorff(from: readonly Position[], to: readonly Position[], limit: number): number {
  let worst = 0;
  for (const p of from) {
    let best = to.length === 1 ? dist(p, to[0]!) : Infinity;
    for (let i = 0; i + 1 < to.length && best > 0; i++) {
      const d = pointSegmentDistance(p, to[i]!, to[i + 1]!);
      if (d < best) best = d;
    }
    if (best > worst) worst = best;
    if (worst > limit) return Infinity;
  }
  return worst;
}

function pathLength(path: readonly Position[]): number {
  let l = 0;
  for (let i = 1; i < path.length; i++) l += dist(path[i - 1]!, path[i]!);
  return l;
}

/**
 * The settled stretch that matches P (running from P[0] to P[last]), or null.
 * Identical stretches return P itself.
 */
function matchStretch(
  P: Position[],
  settledAt: Map<number, [Position[], number][]>,
  pendingAt: Map<number, Set<number>>,
  maxDistance: number,
): Position[] | null {
  // P must not run along a feature still to settle: at most one interior
  // vertex (a junction) shared with one.
  let sharedP = 0;
  for (let s = 1; s < P.length - 1; s++) {
    const pending = pendingAt.get(keyOf(P[s]!));
    if (pending && pending.size > 0 && ++sharedP > 1) return null;
  }
  const p = P[0]!;
  const q = P[P.length - 1]!;
  const atP = settledAt.get(keyOf(p)) || [];
  const atQ = settledAt.get(keyOf(q)) || [];
  const maxLen = 3 * pathLength(P) + 4 * maxDistance;
  let best: Position[] | null = null;
  let bestScore = Infinity;
  for (const [ringQ, vq] of atQ) {
    for (const [ringP, vp] of atP) {
      if (ringQ !== ringP) continue;
      const m = ringQ.length;
      const dlen = (vp - vq + m) % m;
      if (dlen === 0 || dlen > m / 2) continue;
      const Q: Position[] = [ringQ[vq]!];
      let qLen = 0;
      for (let s = 1; s <= dlen && qLen <= maxLen; s++) {
        const w = ringQ[(vq + s) % m]!;
        qLen += dist(Q[Q.length - 1]!, w);
        Q.push(w);
      }
      if (qLen > maxLen) continue;
      // Q must not run along a third feature either
      let sharedQ = 0;
      for (let s = 1; s < Q.length - 1 && sharedQ <= 1; s++) {
        const k = keyOf(Q[s]!);
        const pending = pendingAt.get(k);
        if ((settledAt.get(k)?.length ?? 0) > 1 || (pending && pending.size > 0)) sharedQ++;
      }
      if (sharedQ > 1) continue;
      Q.reverse(); // runs p → q like P
      if (Q.length === P.length && Q.every((x, k) => keyOf(x) === keyOf(P[k]!))) return P;
      const h1 = directedHausdorff(P, Q, maxDistance);
      const score = h1 > maxDistance ? Infinity : Math.max(h1, directedHausdorff(Q, P, maxDistance));
      if (score <= maxDistance && score < bestScore) {
        bestScore = score;
        best = Q;
      }
    }
  }
  return best;
}

/**
 * Features of rank 0 are never changed; the others settle in order of rank, then of index, each
 * taking its settled neighbours' line between common vertices. maxDistance in degrees.
 */
export function transplantBorders(
  features: readonly RankedGeometry[],
  { maxDistance = 0.15 } = {},
): { geometries: AreaGeometry[]; replaced: number; movedJunctions: number } {
  // open rings per feature / polygon / ring
  const rings: Position[][][][] = features.map((f) =>
    polygonsOf(f.geometry).map((poly) =>
      poly.map((ring) => {
        const r = ring.map((p) => [p[0], p[1]] as Position);
        const a = r[0];
        const b = r[r.length - 1];
        if (r.length > 1 && a && b && a[0] === b[0] && a[1] === b[1]) r.pop();
        return r;
      }),
    ),
  );
  const order = features
    .map((f, i) => ({ rank: f.rank, i }))
    .filter((x) => x.rank > 0)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.i);

  // Only settled vertices near the features to change matter.
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const fi of order) {
    for (const poly of rings[fi]!) {
      for (const ring of poly) {
        for (const p of ring) {
          const x = p[0]!;
          const y = p[1]!;
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
      }
    }
  }
  const margin = 2 * maxDistance;
  const near = (p: Position) => p[0]! >= x0 - margin && p[0]! <= x1 + margin && p[1]! >= y0 - margin && p[1]! <= y1 + margin;

  // vertex → settled rings having it, with the index
  const settledAt: Map<number, [Position[], number][]> = new Map();
  const settle = (ring: Position[]) => {
    ring.forEach((p, vi) => {
      if (!near(p)) return;
      const k = keyOf(p);
      const list = settledAt.get(k);
      if (list) list.push([ring, vi]);
      else settledAt.set(k, [[ring, vi]]);
    });
  };
  features.forEach((f, fi) => {
    if (f.rank <= 0) for (const poly of rings[fi]!) for (const ring of poly) settle(ring);
  });

  // vertex → unsettled features having it (for junctions)
  const pendingAt: Map<number, Set<number>> = new Map();
  for (const fi of order) {
    for (const poly of rings[fi]!) {
      for (const ring of poly) {
        for (const p of ring) {
          const k = keyOf(p);
          const s = pendingAt.get(k);
          if (s) s.add(fi);
          else pendingAt.set(k, new Set([fi]));
        }
      }
    }
  }

  let replaced = 0;
  let movedJunctions = 0;
  for (const fi of order) {
    const polys = rings[fi]!;
    // this feature is no longer pending
    for (const poly of polys) for (const ring of poly) for (const p of ring) pendingAt.get(keyOf(p))?.delete(fi);

    polys.forEach((poly, pi) => {
      poly.forEach((ring, ri) => {
        const n = ring.length;
        const anchors: number[] = [];
        for (let i = 0; i < n; i++) if (settledAt.has(keyOf(ring[i]!))) anchors.push(i);
        if (anchors.length < 2) return;
        const out: Position[] = [];
        const remap: Map<number, Position> = new Map();
        // vertices before the first anchor are handled at the wrap-around
        for (let a = 0; a < anchors.length; a++) {
          const i = anchors[a]!;
          const j = anchors[(a + 1) % anchors.length]!;
          const len = (j - i + n) % n || n;
          const P: Position[] = [];
          for (let s = 0; s <= len; s++) P.push(ring[(i + s) % n]!);
          const Q = matchStretch(P, settledAt, pendingAt, maxDistance);
          const use = Q || P;
          if (Q && Q !== P) {
            replaced++;
            for (let s = 1; s < P.length - 1; s++) {
              const v = P[s]!;
              const k = keyOf(v);
              const pending = pendingAt.get(k);
              if (!pending || pending.size === 0 || remap.has(k)) continue;
              let nearest = Q[0]!;
              for (const w of Q) if (dist(w, v) < dist(nearest, v)) nearest = w;
              remap.set(k, nearest);
            }
          }
          for (let s = 0; s < use.length - 1; s++) out.push(use[s]!);
        }
        poly[ri] = out;
        // junction vertices of pending features follow the new line
        for (const [k, target] of remap) {
          const pending = pendingAt.get(k);
          if (!pending) continue;
          for (const fj of pending) {
            for (const pj of rings[fj]!) {
              for (const rj of pj) {
                for (let v = 0; v < rj.length; v++) {
                  if (keyOf(rj[v]!) === k) rj[v] = target;
                }
              }
            }
            const tk = keyOf(target);
            const s = pendingAt.get(tk);
            if (s) s.add(fj);
            else pendingAt.set(tk, new Set([fj]));
          }
          pendingAt.delete(k);
          movedJunctions++;
        }
      });
    });
    for (const poly of polys) for (const ring of poly) settle(ring);
  }

  const geometries = rings.map((polys, fi) => {
    const closed = polys.map((poly) => poly.map((ring) => (ring.length ? [...ring, [ring[0]![0], ring[0]![1]] as Position] : ring)));
    const g = features[fi]!.geometry;
    const out: AreaGeometry = g.type === 'Polygon' ? { type: 'Polygon', coordinates: closed[0]! } : { type: 'MultiPolygon', coordinates: closed };
    return out;
  });
  return { geometries, replaced, movedJunctions };
}
