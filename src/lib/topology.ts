/**
 * Pure helpers over the TopoJSON files of the site (data/geo/counties.topo.json
 * and data/geo/provinces.topo.json, built by scripts/geo/build-geo.ts).
 *
 * Objects:
 *  - counties: every county-level feature of the 31 mainland provinces. id = the
 *    county id of data/sources/counties_832.csv for the 832 (one of them, shared,
 *    see below), else `x-<province code>-<nnn>`. Properties: p (2-digit province
 *    code), n (name in the boundary file), pf (prefecture name as written in the
 *    project's CSVs, where known), ids (only on a polygon that stands for several
 *    counties).
 *  - provinces: merged from the counties; id = 2-digit province code, n = name.
 *  - nation: the merged mainland outline, one feature with id "CN".
 *  - southChinaSea (counties file only): 三沙市 and 东沙群岛, kept apart from the
 *    mainland outline (for an inset).
 *
 * The three Haixi 行委 (632803 茫崖, 632825 大柴旦, HX-LENGHU 冷湖) are one
 * polygon in the source: one feature with id "632825" and
 * properties.ids = ["632803", "632825", "HX-LENGHU"]. featureForCounty and
 * countyCentroid resolve any of the three ids to it.
 */
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface CountyProperties {
  /** 2-digit province code */
  p: string;
  /** name in the boundary file */
  n: string;
  /** prefecture name as in the project's CSVs (absent where unknown) */
  pf?: string;
  /** county ids a shared polygon stands for (absent on ordinary features) */
  ids?: string[];
}

export interface AreaProperties {
  n: string;
  p?: string;
}

export type AreaGeometry = Polygon | MultiPolygon;
export type CountyFeature = Feature<AreaGeometry, CountyProperties>;
export type AreaFeature = Feature<AreaGeometry, AreaProperties>;

/** Either TopoJSON file of the site (counties and southChinaSea only in the counties file). */
export type ChinaTopology = Topology;

/** The id of the shared Haixi polygon and the county ids it stands for. */
export const HAIXI_SHARED_ID = '632825';
export const HAIXI_SHARED_IDS: readonly string[] = ['632803', '632825', 'HX-LENGHU'];

function collection<P extends GeoJsonProperties>(topo: Topology, name: string): GeometryCollection<P> {
  const obj = (topo.objects as Record<string, GeometryObject | undefined>)[name];
  if (!obj || obj.type !== 'GeometryCollection') throw new Error(`topology has no GeometryCollection "${name}"`);
  return obj as GeometryCollection<P>;
}

function features<P extends GeoJsonProperties>(topo: Topology, name: string): Feature<AreaGeometry, P>[] {
  const fc = feature<P>(topo, collection<P>(topo, name)) as unknown as FeatureCollection<AreaGeometry, P>;
  return fc.features;
}

/** The county ids a county feature (or topology geometry) stands for. */
export function countyIdsOf(g: { id?: string | number | undefined; properties?: Partial<CountyProperties> | null | undefined }): string[] {
  if (g.properties?.ids?.length) return [...g.properties.ids];
  return g.id === undefined ? [] : [String(g.id)];
}

/** Every county-level feature of the mainland, in file order (province, then id). */
export function countyFeatures(topo: Topology): CountyFeature[] {
  return features<CountyProperties>(topo, 'counties');
}

/** The 31 provinces, merged from the counties. */
export function provinceFeatures(topo: Topology): AreaFeature[] {
  return features<AreaProperties>(topo, 'provinces');
}

/** The mainland outline as one feature. */
export function nationFeature(topo: Topology): AreaFeature {
  const list = features<AreaProperties>(topo, 'nation');
  const f = list[0];
  if (!f || list.length !== 1) throw new Error(`topology "nation" must hold one feature (has ${list.length})`);
  return f;
}

/** 三沙市 and 东沙群岛 (counties file only; empty when the topology has none). */
export function southChinaSeaFeatures(topo: Topology): AreaFeature[] {
  return (topo.objects as Record<string, unknown>).southChinaSea ? features<AreaProperties>(topo, 'southChinaSea') : [];
}

/** Borders between provinces (each drawn once; the coast and land frontier excluded). */
export function provinceMesh(topo: Topology): MultiLineString {
  return mesh(topo, collection(topo, 'provinces'), (a, b) => a !== b);
}

/** Borders between counties, for a light inner line (each drawn once). */
export function countyMesh(topo: Topology): MultiLineString {
  return mesh(topo, collection(topo, 'counties'), (a, b) => a !== b);
}

/**
 * The feature drawn for a county id, or undefined. Handles the shared Haixi
 * polygon: 632803, 632825 and HX-LENGHU all return the same feature.
 */
export function featureForCounty(topo: Topology, countyId: string): CountyFeature | undefined {
  const geoms = collection<CountyProperties>(topo, 'counties').geometries;
  const g = geoms.find((x) => String(x.id) === countyId) ?? geoms.find((x) => (x.properties as CountyProperties | undefined)?.ids?.includes(countyId));
  return g ? (feature<CountyProperties>(topo, g as GeometryObject<CountyProperties>) as unknown as CountyFeature) : undefined;
}

/** Map from every county id (shared ids included) to its feature. */
export function countyFeatureIndex(topo: Topology): Map<string, CountyFeature> {
  const index = new Map<string, CountyFeature>();
  for (const f of countyFeatures(topo)) for (const id of countyIdsOf(f)) if (!index.has(id)) index.set(id, f);
  return index;
}

/** [longitude, latitude] of the spherical centroid of a county's polygon, or undefined. */
export function countyCentroid(topo: Topology, countyId: string): [number, number] | undefined {
  const f = featureForCounty(topo, countyId);
  if (!f) return undefined;
  const [lon, lat] = geoCentroid(f);
  return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : undefined;
}
