/**
 * Provinces and the nation are merged from the simplified counties (mergeArcs), so their borders
 * are the very arcs of the counties and line up exactly when layers are drawn on top of each other.
 */
import { mergeArcs } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'topojson-specification';
import { SETTINGS } from './settings.ts';
import { simplifyLayer, type SimplifyOptions } from './simplify.ts';
import { areaOf, asTopology, pruneArcs } from './topology-utils.ts';
import type { AreaObject, WorkTopology } from './types.ts';

/**
 * A merged MultiPolygon without its holes smaller than minArea (steradians): slivers where
 * neighbouring source files do not quite meet. minArea Infinity drops every hole.
 */
export function dropHoles(topo: WorkTopology, geom: { arcs: number[][][] }, minArea: number): { type: 'MultiPolygon'; arcs: number[][][] } {
  const arcs = geom.arcs.map((poly) => [
    poly[0]!,
    ...poly.slice(1).filter((ring) => {
      if (!Number.isFinite(minArea)) return false;
      const a = areaOf(topo, { type: 'Polygon', arcs: [ring] });
      // a ring wound the wrong way covers the rest of the sphere
      return Math.min(a, 4 * Math.PI - a) >= minArea;
    }),
  ]);
  return { type: 'MultiPolygon', arcs };
}

export type LayerName = 'counties' | 'provinces' | 'nation' | 'southChinaSea';

/** Adds the merged `provinces` and `nation` objects and keeps only `keepObjects`, in that order. */
export function mergeLayers(t: WorkTopology, provinces: readonly { code: string; name_zh: string }[], keepObjects: readonly LayerName[]): WorkTopology {
  const countyGeoms = t.objects.counties!.geometries;
  const provinceGeoms = provinces.map((p) => {
    const members = countyGeoms.filter((g) => g.properties?.p === p.code);
    if (members.length === 0) throw new Error(`province ${p.code} ${p.name_zh} has no county features`);
    return {
      ...dropHoles(t, mergeArcs(asTopology(t), members as (Polygon | MultiPolygon)[]), SETTINGS.minProvinceHole),
      id: p.code,
      properties: { n: p.name_zh },
    };
  });
  // The mainland has no real holes: any hole of the merge is a sliver between two source files.
  const nation = { ...dropHoles(t, mergeArcs(asTopology(t), countyGeoms as (Polygon | MultiPolygon)[]), Infinity), id: 'CN', properties: { n: '中国' } };
  const objects: Record<LayerName, WorkTopology['objects'][string]> = {
    counties: t.objects.counties!,
    provinces: { type: 'GeometryCollection', geometries: provinceGeoms as AreaObject[] },
    nation: { type: 'GeometryCollection', geometries: [nation as AreaObject] },
    southChinaSea: t.objects.southChinaSea!,
  };
  t.objects = Object.fromEntries(keepObjects.map((k) => [k, objects[k]]));
  return pruneArcs(t);
}

/** One output topology: simplified, quantized, with merged layers. The base is not modified. */
export function makeTopology(
  base: WorkTopology,
  {
    provinces,
    keepObjects,
    ...simplifyOptions
  }: SimplifyOptions & { provinces: readonly { code: string; name_zh: string }[]; keepObjects: readonly LayerName[] },
): { topo: WorkTopology; droppedIslands: number; droppedRings: number } {
  const { topo, droppedIslands, droppedRings } = simplifyLayer(base, simplifyOptions);
  return { topo: mergeLayers(topo, provinces, keepObjects), droppedIslands, droppedRings };
}
