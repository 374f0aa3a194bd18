// Pure decoder for ECharts' compressed GeoJSON ("UTF8Encoding": true).
//
// ECharts' map files used to ship each ring as a string: every coordinate is a
// pair of characters whose char codes, minus 64, are zig-zag encoded deltas
// from the previous point; the first point is relative to the ring's
// `encodeOffsets` entry. Dividing by the scale (1024 unless the collection
// says otherwise in `UTF8Scale`) gives degrees. This mirrors ECharts'
// `decodeRing` in src/coord/geo/parseGeoJson.ts.

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

type Position = [number, number];

/** A geometry as the package writes it: rings either decoded positions or encoded strings. */
export interface RawGeometry {
  type: string;
  coordinates: unknown[];
  encodeOffsets?: unknown;
}

export interface RawCollection {
  type: string;
  features: { geometry: RawGeometry; [k: string]: unknown }[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

export const DEFAULT_SCALE = 1024;

const isPair = (o: unknown): o is [number, number] => Array.isArray(o) && o.length >= 2;

/** Decodes one encoded ring, given the ring's encodeOffsets entry [x, y]. */
export function decodeRing(encoded: string, offset: [number, number], scale = DEFAULT_SCALE): Position[] {
  if (typeof encoded !== 'string') throw new TypeError('decodeRing: encoded ring must be a string');
  if (!isPair(offset)) throw new TypeError('decodeRing: offset must be [x, y]');
  if (encoded.length % 2 !== 0) throw new Error(`decodeRing: odd number of characters (${encoded.length})`);
  const ring: Position[] = [];
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

/** Encodes one ring (the inverse of decodeRing, for tests and fixtures), rounded to the 1/scale grid. */
export function encodeRing(ring: readonly (readonly number[])[], scale = DEFAULT_SCALE): { encoded: string; offset: [number, number] } {
  const first = ring[0];
  if (!first) throw new Error('encodeRing: empty ring');
  const offset: [number, number] = [Math.round(first[0]! * scale), Math.round(first[1]! * scale)];
  let prevX = offset[0];
  let prevY = offset[1];
  let encoded = '';
  for (const [lon, lat] of ring) {
    const x = Math.round(lon! * scale);
    const y = Math.round(lat! * scale);
    const dx = x - prevX;
    const dy = y - prevY;
    prevX = x;
    prevY = y;
    encoded += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
  }
  return { encoded, offset };
}

/**
 * A new plain GeoJSON geometry from a possibly encoded Polygon or MultiPolygon; geometries whose
 * coordinates are already numbers are returned as they are.
 */
export function decodeGeometry(geometry: RawGeometry | null | undefined, scale = DEFAULT_SCALE): Polygon | MultiPolygon {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`decodeGeometry: unsupported geometry type ${geometry && geometry.type}`);
  }
  const offsets = geometry.encodeOffsets;
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates;
    if (!rings.some((r) => typeof r === 'string')) {
      return { type: 'Polygon', coordinates: rings as Polygon['coordinates'] };
    }
    if (!Array.isArray(offsets) || offsets.length !== rings.length) {
      throw new Error('decodeGeometry: Polygon encodeOffsets do not match its rings');
    }
    return {
      type: 'Polygon',
      coordinates: rings.map((r, i) => decodeRing(r as string, offsets[i] as [number, number], scale)),
    };
  }
  const polygons = geometry.coordinates as unknown[][];
  const encoded = polygons.some((p) => p.some((r) => typeof r === 'string'));
  if (!encoded) return { type: 'MultiPolygon', coordinates: polygons as MultiPolygon['coordinates'] };
  if (!Array.isArray(offsets) || offsets.length !== polygons.length) {
    throw new Error('decodeGeometry: MultiPolygon encodeOffsets do not match its polygons');
  }
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((p, i) => {
      const po: unknown = offsets[i];
      if (!Array.isArray(po) || po.length !== p.length) {
        throw new Error(`decodeGeometry: encodeOffsets of polygon ${i} do not match its rings`);
      }
      return p.map((r, j) => decodeRing(r as string, po[j] as [number, number], scale));
    }),
  };
}

/** The collection decoded when it is flagged `UTF8Encoding: true`, else unchanged; never mutates. */
export function decodeCollection(collection: RawCollection): FeatureCollection<Polygon | MultiPolygon> {
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error('decodeCollection: not a FeatureCollection');
  }
  if (!collection.UTF8Encoding) return collection as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const scale = typeof collection.UTF8Scale === 'number' ? collection.UTF8Scale : DEFAULT_SCALE;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const { geometry, ...rest } = f;
      return { ...rest, geometry: decodeGeometry(geometry, scale) } as Feature<Polygon | MultiPolygon>;
    }),
  };
}

/** True when the collection is in ECharts' compressed form. */
export function isEncoded(collection: unknown): boolean {
  return typeof collection === 'object' && collection !== null && Boolean((collection as { UTF8Encoding?: unknown }).UTF8Encoding);
}
