// Pure decoder for ECharts' compressed GeoJSON ("UTF8Encoding": true).
//
// ECharts' map files used to ship each ring as a string: every coordinate is a
// pair of characters whose char codes, minus 64, are zig-zag encoded deltas
// from the previous point; the first point is relative to the ring's
// `encodeOffsets` entry. Dividing by the scale (1024 unless the collection
// says otherwise in `UTF8Scale`) gives degrees. This mirrors ECharts'
// `decodeRing` in src/coord/geo/parseGeoJson.ts.

/** @typedef {[number, number]} Position */

export const DEFAULT_SCALE = 1024;

/**
 * Decode one encoded ring.
 * @param {string} encoded the ring string
 * @param {[number, number]} offset the ring's encodeOffsets entry [x, y]
 * @param {number} [scale]
 * @returns {Position[]}
 */
export function decodeRing(encoded, offset, scale = DEFAULT_SCALE) {
  if (typeof encoded !== 'string') throw new TypeError('decodeRing: encoded ring must be a string');
  if (!Array.isArray(offset) || offset.length < 2) throw new TypeError('decodeRing: offset must be [x, y]');
  if (encoded.length % 2 !== 0) throw new Error(`decodeRing: odd number of characters (${encoded.length})`);
  /** @type {Position[]} */
  const ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // zig-zag: 0,1,2,3,… → 0,-1,1,-2,…
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/**
 * Encode one ring (inverse of decodeRing; used by tests and fixtures).
 * Coordinates are rounded to the 1/scale grid.
 * @param {Position[]} ring
 * @param {number} [scale]
 * @returns {{ encoded: string, offset: [number, number] }}
 */
export function encodeRing(ring, scale = DEFAULT_SCALE) {
  if (ring.length === 0) throw new Error('encodeRing: empty ring');
  const first = /** @type {Position} */ (ring[0]);
  /** @type {[number, number]} */
  const offset = [Math.round(first[0] * scale), Math.round(first[1] * scale)];
  let prevX = offset[0];
  let prevY = offset[1];
  let encoded = '';
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * scale);
    const y = Math.round(lat * scale);
    const dx = x - prevX;
    const dy = y - prevY;
    prevX = x;
    prevY = y;
    // zig-zag encode, then shift into printable range
    encoded += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
  }
  return { encoded, offset };
}

/**
 * Decode a geometry in place-free fashion: returns a new plain GeoJSON geometry.
 * Geometries that are not encoded (coordinates already numbers) are returned as is.
 * @param {any} geometry a Polygon or MultiPolygon, possibly encoded
 * @param {number} [scale]
 * @returns {import('geojson').Polygon | import('geojson').MultiPolygon}
 */
export function decodeGeometry(geometry, scale = DEFAULT_SCALE) {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`decodeGeometry: unsupported geometry type ${geometry && geometry.type}`);
  }
  const offsets = geometry.encodeOffsets;
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates;
    if (!rings.some((/** @type {unknown} */ r) => typeof r === 'string')) {
      return { type: 'Polygon', coordinates: rings };
    }
    if (!Array.isArray(offsets) || offsets.length !== rings.length) {
      throw new Error('decodeGeometry: Polygon encodeOffsets do not match its rings');
    }
    return {
      type: 'Polygon',
      coordinates: rings.map((/** @type {string} */ r, /** @type {number} */ i) => decodeRing(r, offsets[i], scale)),
    };
  }
  const polygons = geometry.coordinates;
  const encoded = polygons.some((/** @type {unknown[]} */ p) => p.some((r) => typeof r === 'string'));
  if (!encoded) return { type: 'MultiPolygon', coordinates: polygons };
  if (!Array.isArray(offsets) || offsets.length !== polygons.length) {
    throw new Error('decodeGeometry: MultiPolygon encodeOffsets do not match its polygons');
  }
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((/** @type {string[]} */ p, /** @type {number} */ i) => {
      const po = offsets[i];
      if (!Array.isArray(po) || po.length !== p.length) {
        throw new Error(`decodeGeometry: encodeOffsets of polygon ${i} do not match its rings`);
      }
      return p.map((r, j) => decodeRing(r, po[j], scale));
    }),
  };
}

/**
 * Decode a FeatureCollection when it is flagged `UTF8Encoding: true`;
 * otherwise return it unchanged. Never mutates the input.
 * @param {any} collection
 * @returns {import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon>}
 */
export function decodeCollection(collection) {
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error('decodeCollection: not a FeatureCollection');
  }
  if (!collection.UTF8Encoding) return collection;
  const scale = typeof collection.UTF8Scale === 'number' ? collection.UTF8Scale : DEFAULT_SCALE;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((/** @type {any} */ f) => {
      const { geometry, ...rest } = f;
      return { ...rest, geometry: decodeGeometry(geometry, scale) };
    }),
  };
}

/**
 * True when the collection is in ECharts' compressed form.
 * @param {any} collection
 */
export function isEncoded(collection) {
  return Boolean(collection && collection.UTF8Encoding);
}
