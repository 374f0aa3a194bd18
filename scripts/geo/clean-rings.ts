/**
 * Ring clean-up of the package's polygons. The package rounded every vertex to a 1/1024° grid, which
 * left repeated points, zero-width spikes and tiny knots on borders; each of them would break a shared
 * border into many small arcs, so they go before the topology is built.
 */
import type { AreaGeometry, Position } from './types.ts';

/** Planar signed area of a ring in lon/lat (positive = counter-clockwise). */
export function signedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const p = ring[i]!;
    const q = ring[j]!;
    a += (q[0]! - p[0]!) * (q[1]! + p[1]!);
  }
  return a / 2;
}

/** b is a spike tip or a back-tracking point: a → b → c turns back on itself along one line. */
function reverses(a: Position, b: Position, c: Position): boolean {
  const ux = b[0]! - a[0]!;
  const uy = b[1]! - a[1]!;
  const vx = c[0]! - b[0]!;
  const vy = c[1]! - b[1]!;
  return ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0;
}

/** Loops smaller than this (degrees², here 8 cells of the 1/1024° grid) are cut out of rings. */
export const MAX_LOOP_AREA = 8 / (1024 * 1024);

const same = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * Cuts out loops where a ring comes back to a vertex it already visited and the part in between
 * encloses less than MAX_LOOP_AREA. `open` is the ring without its closing position.
 */
function removeSmallLoops(open: Position[]): Position[] {
  const at = new Map<string, number>();
  const st: Position[] = [];
  for (const p of open) {
    const key = `${p[0]},${p[1]}`;
    const j = at.get(key);
    if (j !== undefined) {
      const loop = st.slice(j);
      loop.push(st[j]!);
      if (Math.abs(signedArea(loop)) <= MAX_LOOP_AREA) {
        for (let k = j + 1; k < st.length; k++) {
          const q = st[k]!;
          const kk = `${q[0]},${q[1]}`;
          if (at.get(kk) === k) at.delete(kk);
        }
        st.length = j + 1;
        continue;
      }
    }
    at.set(key, st.length);
    st.push(p);
  }
  while (st.length > 1 && same(st[0], st[st.length - 1])) st.pop();
  return st;
}

/**
 * The ring closed, without repeated points, spikes, back-tracking or small loops; null when fewer
 * than 4 positions or no area remain.
 */
export function cleanRing(ring: readonly Position[]): Position[] | null {
  const pts: Position[] = [];
  for (const p of ring) {
    const x = Number(p[0]);
    const y = Number(p[1]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`non-finite coordinate ${String(p)}`);
    pts.push([x, y]);
  }
  if (pts.length > 1 && same(pts[0], pts[pts.length - 1])) pts.pop();
  const st: Position[] = [];
  for (const p of pts) {
    if (same(st[st.length - 1], p)) continue;
    st.push(p);
    while (st.length >= 3 && reverses(st[st.length - 3]!, st[st.length - 2]!, p)) {
      st.splice(st.length - 2, 1);
      if (same(st[st.length - 2], st[st.length - 1])) st.pop();
    }
  }
  // A spike may sit on the seam where the ring closes, which the pass above cannot see.
  let changed = true;
  while (changed && st.length >= 3) {
    changed = false;
    if (same(st[0], st[st.length - 1])) {
      st.pop();
      changed = true;
      continue;
    }
    const n = st.length;
    if (reverses(st[n - 2]!, st[n - 1]!, st[0]!)) {
      st.pop();
      changed = true;
    } else if (reverses(st[n - 1]!, st[0]!, st[1]!)) {
      st.shift();
      changed = true;
    }
  }
  if (st.length < 3) return null;
  let cur = removeSmallLoops(st);
  // a loop may straddle the seam: run again from the middle of the ring
  const half = Math.floor(cur.length / 2);
  cur = removeSmallLoops([...cur.slice(half), ...cur.slice(0, half)]);
  if (cur.length < 3) return null;
  const first = cur[0]!;
  const out = [...cur, [first[0]!, first[1]!]];
  if (signedArea(out) === 0) return null;
  return out;
}

/**
 * A cleaned polygon oriented the way d3-geo reads spherical polygons: exterior clockwise, holes
 * counter-clockwise (in lon/lat as drawn on a map). Null when the exterior does not survive.
 */
function orientPolygon(rings: readonly Position[][]): Position[][] | null {
  const cleaned = rings.map(cleanRing);
  if (!cleaned[0]) return null;
  const out: Position[][] = [];
  cleaned.forEach((r, i) => {
    if (!r) return;
    const ccw = signedArea(r) > 0;
    const wantCcw = i > 0;
    out.push(ccw === wantCcw ? r : r.slice().reverse());
  });
  return out;
}

/** Cleans and orients every polygon; null when none survives. */
export function normalizeGeometry(g: AreaGeometry): AreaGeometry | null {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = polygons.map(orientPolygon).filter((p): p is Position[][] => p !== null);
  if (out.length === 0) return null;
  if (out.length === 1) return { type: 'Polygon', coordinates: out[0]! };
  return { type: 'MultiPolygon', coordinates: out };
}
