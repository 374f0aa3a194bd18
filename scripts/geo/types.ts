/** Types shared by the steps of the geometry build. */
import type { MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon, Position } from 'geojson';
import type { MultiPolygon, Polygon } from 'topojson-specification';

export type { Position };
export type AreaGeometry = GeoPolygon | GeoMultiPolygon;

/** One feature of a prefecture file of the package, keyed `<file>#<index>`. */
export interface SourceFeature {
  key: string;
  file: string;
  index: number;
  name: string;
  sourceId: string | null;
  geometry: AreaGeometry | null;
  cp: [number, number] | null;
}

/** Properties of the output county features (see README: p, n, pf, ids). */
export interface CountyProps {
  p: string;
  n: string;
  pf?: string;
  ids?: string[];
}

export interface OutFeature {
  type: 'Feature';
  id: string;
  properties: CountyProps;
  geometry: AreaGeometry;
}

/** A polygonal geometry object of a topology under construction. */
export type AreaObject = (Polygon<Record<string, unknown>> | MultiPolygon<Record<string, unknown>>) & { id?: string };

/**
 * The topology while it is simplified and merged: every object is a collection of polygonal
 * geometries, and arc points may carry a third value (the presimplify weight).
 */
export interface WorkTopology {
  type: 'Topology';
  bbox?: number[];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: 'GeometryCollection'; geometries: AreaObject[] }>;
  arcs: number[][][];
}

export interface ProvinceRow {
  code: string;
  name_zh: string;
  short_zh: string;
  name_en?: string;
  region?: string;
}
