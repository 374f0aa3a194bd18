/**
 * The output features with their ids and properties. Ids must not depend on the order the package
 * happens to list features in, so everything is sorted by province, file, name and source code
 * before the `x-<province>-<nnn>` numbers are handed out.
 */
import type { FileClass } from './join-counties.ts';
import type { CountyProps, OutFeature, SourceFeature } from './types.ts';

export interface SharedPolygon {
  id: string;
  featureName: string;
  file: string;
  ids: string[];
}

const byFileName = (a: SourceFeature, b: SourceFeature) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.name < b.name
        ? -1
        : a.name > b.name
          ? 1
          : (a.sourceId || '') < (b.sourceId || '')
            ? -1
            : (a.sourceId || '') > (b.sourceId || '')
              ? 1
              : a.index - b.index;

export function countyFeatures(
  mainland: readonly SourceFeature[],
  scs: readonly SourceFeature[],
  { files, idsByFeature, prefectureByFile }: { files: Map<string, FileClass>; idsByFeature: Map<string, string[]>; prefectureByFile: Map<string, string> },
): { counties: OutFeature[]; islands: OutFeature[]; shared: SharedPolygon[] } {
  const provinceOf = (f: SourceFeature) => {
    const c = files.get(f.file);
    if (!c || c.kind !== 'province') throw new Error(`no province for ${f.key}`);
    return c.code;
  };
  const byProvince = (a: SourceFeature, b: SourceFeature) => {
    const pa = provinceOf(a);
    const pb = provinceOf(b);
    return pa < pb ? -1 : pa > pb ? 1 : byFileName(a, b);
  };
  const geometryOf = (f: SourceFeature) => {
    if (!f.geometry) throw new Error(`${f.key} ${f.name} has no geometry`);
    return f.geometry;
  };

  const counties: OutFeature[] = [];
  const counters = new Map<string, number>();
  const shared: SharedPolygon[] = [];
  for (const f of [...mainland].sort(byProvince)) {
    const p = provinceOf(f);
    const ids = idsByFeature.get(f.key);
    let id: string;
    const properties: CountyProps = { p, n: f.name };
    const pf = prefectureByFile.get(f.file);
    if (pf) properties.pf = pf;
    if (ids && ids.length > 1) {
      const sorted = [...ids].sort();
      // the source's own code names the shared polygon when it is one of the ids
      id = f.sourceId && sorted.includes(f.sourceId) ? f.sourceId : sorted[0]!;
      properties.ids = sorted;
      shared.push({ id, featureName: f.name, file: f.file, ids: sorted });
    } else if (ids) {
      id = ids[0]!;
    } else {
      const n = (counters.get(p) || 0) + 1;
      counters.set(p, n);
      id = `x-${p}-${String(n).padStart(3, '0')}`;
    }
    counties.push({ type: 'Feature', id, properties, geometry: geometryOf(f) });
  }
  counties.sort((a, b) => {
    const pa = a.properties.p;
    const pb = b.properties.p;
    return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const islands = [...scs].sort(byProvince).map((f): OutFeature => {
    const p = provinceOf(f);
    const n = (counters.get(`scs-${p}`) || 0) + 1;
    counters.set(`scs-${p}`, n);
    return { type: 'Feature', id: `scs-${p}-${n}`, properties: { p, n: f.name }, geometry: geometryOf(f) };
  });
  return { counties, islands, shared };
}
