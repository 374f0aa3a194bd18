/**
 * Sorts the package's features into the mainland counties, the South China Sea islands (kept apart
 * so the national outline and the projection fit stay on the mainland) and the areas left out
 * (Taiwan, Hong Kong, Macau, and 金门县 drawn a second time in Fujian's Quanzhou file).
 */
import type { JoinResult } from './join-counties.ts';
import { EXCLUDED_FEATURES, SOUTH_CHINA_SEA_FILES } from './settings.ts';
import type { SourceFeature } from './types.ts';

export interface Classified {
  mainland: SourceFeature[];
  scs: SourceFeature[];
  /** features left out, counted per area */
  excluded: Record<string, number>;
}

export function classifyFeatures(features: readonly SourceFeature[], join: JoinResult): Classified {
  const excluded: Record<string, number> = {};
  const mainland: SourceFeature[] = [];
  const scs: SourceFeature[] = [];
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
  return { mainland, scs, excluded };
}

/** County ids per feature key; more than one only for a polygon the alias table declares shared. */
export function idsByFeature(join: JoinResult): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of join.matches) {
    const list = out.get(m.featureKey);
    if (list) list.push(m.id);
    else out.set(m.featureKey, [m.id]);
  }
  return out;
}
