/**
 * `npm run data`: rebuilds every derived file in data/ from the curated tables in data/sources/
 * and, unless --skip-geo, the TopoJSON in data/geo/ from the pinned boundary package.
 *
 * All or nothing: the geometry is built in memory, the datasets are computed from that new
 * geometry (centroids) and validated, and only then is every output written, in one atomic step.
 * A malformed row stops the build naming file, row and field, and no file changes, geo included.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoCentroid } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { countyCentroid, countyFeatures } from '../src/lib/topology.ts';
import { readTables } from './data/source-tables.ts';
import { buildDatasets, checkReferences, type BuildContext, type Datasets } from './data/build-datasets.ts';
import { writeAllAtomically } from './lib/write-atomic.ts';
import { serializeRecords } from '../src/lib/serialize.ts';
import { DATASETS, validateDataset, type DatasetName } from '../src/lib/schemas.ts';
import { englishPlaceName, loadOverrides, placePinyin } from './lib/english-names.ts';
import type { GeoBuild } from './geo/build-geo.ts';

/** Where the datasets find county polygons; the same path buildGeo writes. */
const COUNTIES_TOPO = 'data/geo/counties.topo.json';

/** Finds a county-level polygon by id (the 832) or by name within a province (other units). */
export function centroidLookup(topo: Topology): BuildContext['centroid'] {
  const all = countyFeatures(topo);
  return (countyZh, provinceCode, countyId) => {
    if (countyId) return countyCentroid(topo, countyId) ?? null;
    const f = all.find((x) => x.properties?.n === countyZh && x.properties?.p === provinceCode);
    return f ? (geoCentroid(f) as [number, number]) : null;
  };
}

export type GeoBuilder = (opts: { root: string; log?: (m: string) => void }) => Promise<Pick<GeoBuild, 'files'>>;

export interface BuildDataOptions {
  /** use the committed data/geo/ instead of rebuilding it (no download) */
  skipGeo?: boolean;
  /** the geometry build; tests pass a fake so they run without the 67 MB package */
  buildGeo?: GeoBuilder;
  log?: (m: string) => void;
}

export interface BuildDataResult {
  datasets: Datasets;
  /** every file written, relative to the root */
  written: string[];
}

export async function buildData(root: string, { skipGeo = false, buildGeo, log = (m) => console.log(m) }: BuildDataOptions = {}): Promise<BuildDataResult> {
  let geoFiles: { path: string; content: string }[] = [];
  if (!skipGeo) {
    const builder = buildGeo ?? (await import('./geo/build-geo.ts')).buildGeo;
    geoFiles = (await builder({ root, log })).files;
  }
  const countiesText = geoFiles.find((f) => f.path === COUNTIES_TOPO)?.content ?? readFileSync(join(root, COUNTIES_TOPO), 'utf8');
  const topo = JSON.parse(countiesText) as Topology;

  const tables = readTables(root);
  const overrides = loadOverrides(readFileSync(join(root, 'data/sources/place_name_overrides.csv'), 'utf8'));
  const datasets = buildDatasets(tables, {
    englishName: (zh) => englishPlaceName(zh, overrides),
    pinyin: (zh) => placePinyin(zh, overrides),
    centroid: centroidLookup(topo),
  });
  for (const name of Object.keys(DATASETS) as DatasetName[]) validateDataset(name, datasets[name]);
  const problems = checkReferences(datasets);
  if (problems.length) throw new Error(`The datasets do not hang together:\n  ${problems.join('\n  ')}`);

  const files = [
    ...(Object.keys(DATASETS) as DatasetName[]).map((name) => ({ path: DATASETS[name].file, content: serializeRecords(datasets[name]) })),
    ...geoFiles,
  ];
  writeAllAtomically(root, files);
  return { datasets, written: files.map((f) => f.path) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const started = Date.now();
  buildData(root, { skipGeo: process.argv.includes('--skip-geo') })
    .then(({ datasets: d, written }) => {
      console.log(
        `data: wrote ${written.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s: ${d.counties.length} counties, ${d.areas.length} areas, ` +
          `${d.national.length} national years, ${d.sources.length} sources, ${d.places.length} places, ${d.figures.length} figures`,
      );
    })
    .catch((e: unknown) => {
      console.error(`data: ${e instanceof Error ? e.message : String(e)}`);
      console.error('data: nothing was written; the previous outputs are unchanged.');
      process.exit(1);
    });
}
