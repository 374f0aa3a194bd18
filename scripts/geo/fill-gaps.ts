/**
 * 蓟州区 is empty in the package's tianjin.geojson. Drawing it from the package's separate outline
 * would leave slivers and overlaps with its neighbours; the hole the neighbours leave around it shares
 * their borders exactly, so that hole is used, and the separate outline only checks it.
 */
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import type { GeometryCollection } from 'topojson-specification';
import { normalizeGeometry } from './clean-rings.ts';
import type { AreaGeometry, SourceFeature } from './types.ts';

export interface FilledFeature {
  key: string;
  name: string;
  area: number;
  referenceArea: number | null;
}

/** Interior rings of the union of the features: the gaps they leave, as clockwise polygons. */
export function holesOf(features: readonly { geometry: AreaGeometry | null }[]): { polygon: Polygon; area: number }[] {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry! })) };
  const topo = buildTopology({ all: fc });
  const merged: MultiPolygon = merge(topo, (topo.objects.all as GeometryCollection).geometries as Parameters<typeof merge>[1]);
  const holes: { polygon: Polygon; area: number }[] = [];
  for (const poly of merged.coordinates) {
    for (const ring of poly.slice(1)) {
      const g = normalizeGeometry({ type: 'Polygon', coordinates: [ring] });
      if (g && g.type === 'Polygon') holes.push({ polygon: g, area: geoArea(g) });
    }
  }
  return holes;
}

/**
 * Gives each empty feature the smallest hole of its neighbours that contains its `cp` point (and the
 * centroid of its reference outline, when one is known); the hole must agree with that outline in
 * area (±10 %). Mutates the empties' geometry.
 */
export function fillFromHoles(
  withGeometry: readonly SourceFeature[],
  empties: readonly SourceFeature[],
  references: ReadonlyMap<string, Feature<AreaGeometry>>,
): FilledFeature[] {
  if (empties.length === 0) return [];
  const holes = holesOf(withGeometry);
  const filled: FilledFeature[] = [];
  for (const e of empties) {
    const cp = e.cp;
    if (!cp) throw new Error(`${e.key} ${e.name} has no geometry and no cp point to find it by`);
    const ref = references.get(e.name) || null;
    const point = ref ? geoCentroid(ref) : cp;
    const hits = holes.filter((h) => geoContains(h.polygon, point) && geoContains(h.polygon, cp));
    hits.sort((a, b) => a.area - b.area);
    const hit = hits[0];
    if (!hit) throw new Error(`${e.key} ${e.name} has no geometry and no hole of its neighbours contains it`);
    const referenceArea = ref ? geoArea(ref) : null;
    if (referenceArea != null && Math.abs(hit.area / referenceArea - 1) > 0.1) {
      throw new Error(
        `${e.key} ${e.name}: the hole left by its neighbours (${hit.area}) differs from the reference outline (${referenceArea}) by more than 10 %`,
      );
    }
    e.geometry = hit.polygon;
    filled.push({ key: e.key, name: e.name, area: hit.area, referenceArea });
  }
  return filled;
}
