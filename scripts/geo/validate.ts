/**
 * Checks on the finished topologies. A failure stops the build before anything is written: a
 * wrongly wound ring fills the globe, and an over-simplified county would misplace the map's story.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { featureOf } from './topology-utils.ts';
import type { OutFeature, WorkTopology } from './types.ts';

const featuresOf = (topo: WorkTopology, name: string): Feature[] => (featureOf(topo, topo.objects[name]!) as unknown as FeatureCollection).features;

export interface ValidateOptions {
  countyIds: readonly string[];
  provinceCodes: readonly string[];
  withCounties: boolean;
  /** source area (steradians) by county feature id, for the features whose area should survive */
  sourceAreas?: ReadonlyMap<string, number>;
}

/** Problems found, as sentences; empty when the topology is fine. */
export function validateTopology(topo: WorkTopology, { countyIds, provinceCodes, withCounties, sourceAreas }: ValidateOptions): string[] {
  const problems: string[] = [];
  if (withCounties && sourceAreas) {
    for (const f of featuresOf(topo, 'counties')) {
      const before = sourceAreas.get(String(f.id));
      if (!before || before < 4e-6) continue;
      const ratio = geoArea(f) / before;
      if (ratio < 0.6 || ratio > 1.6) problems.push(`counties ${f.id} has ${ratio.toFixed(2)} × its source area after simplification`);
    }
  }
  if (!topo.transform) problems.push('topology is not quantized');
  for (const arc of topo.arcs) {
    if (!arc.every((p) => Number.isInteger(p[0]) && Number.isInteger(p[1]))) {
      problems.push('arc with non-integer (unquantized) positions');
      break;
    }
  }
  const checkArea = (obj: string, max: number) => {
    for (const f of featuresOf(topo, obj)) {
      const a = f.geometry ? geoArea(f) : 0;
      if (!(a > 0)) problems.push(`${obj} ${f.id} has no area after simplification`);
      if (a > max) problems.push(`${obj} ${f.id} covers ${a.toFixed(3)} sr: ring winding is wrong`);
    }
  };
  if (withCounties) {
    checkArea('counties', 0.02);
    const ids = new Set<unknown>();
    for (const g of topo.objects.counties!.geometries) {
      if (ids.has(g.id)) problems.push(`duplicate county feature id ${g.id}`);
      ids.add(g.id);
      for (const extra of (g.properties?.ids as string[] | undefined) || []) ids.add(extra);
    }
    const missing = countyIds.filter((id) => !ids.has(id));
    if (missing.length) problems.push(`county ids without a polygon: ${missing.join(', ')}`);
  }
  checkArea('provinces', 0.2);
  checkArea('nation', 0.5);
  const got = topo.objects.provinces!.geometries.map((g) => String(g.id)).sort();
  if (JSON.stringify(got) !== JSON.stringify([...provinceCodes].sort())) {
    problems.push(`province ids ${got.join(',')} differ from provinces.csv`);
  }
  if (topo.objects.nation!.geometries.length !== 1) problems.push('nation must be one feature');
  return problems;
}

/**
 * Source areas of the compact features only (largest polygon ≥ 80 % of the area): archipelagos
 * lose islands by design, so their area is not expected to survive.
 */
export function compactSourceAreas(features: readonly OutFeature[]): Map<string, number> {
  return new Map(
    features
      .map((f): [string, number] => {
        const total = geoArea(f);
        const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        const largest = Math.max(...polys.map((c) => geoArea({ type: 'Polygon', coordinates: c })));
        return [String(f.id), largest >= 0.8 * total ? total : 0];
      })
      .filter(([, a]) => a > 0),
  );
}
