/**
 * `npm run data`: rebuilds every derived file in data/ from the curated tables in data/sources/
 * (and, unless --skip-geo, the TopoJSON in data/geo/ from the pinned boundary package).
 * A malformed row stops the build naming file, row and field; nothing is written unless all is valid.
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

/** Finds a county-level polygon by id (the 832) or by name within a province (other units). */
export function centroidLookup(topo: Topology): BuildContext['centroid'] {
  const all = countyFeatures(topo);
  return (countyZh, provinceCode, countyId) => {
    if (countyId) return countyCentroid(topo, countyId) ?? null;
    const f = all.find((x) => x.properties?.n === countyZh && x.properties?.p === provinceCode);
    return f ? (geoCentroid(f) as [number, number]) : null;
  };
}

export async function buildData(root: string, { skipGeo = false } = {}): Promise<Datasets> {
  if (!skipGeo) {
    const { buildGeo } = await import('./geo/build-geo.mjs');
    await buildGeo({ root });
  }
  const tables = readTables(root);
  const topo = JSON.parse(readFileSync(join(root, 'data/geo/counties.topo.json'), 'utf8')) as Topology;
  const overrides = loadOverrides(readFileSync(join(root, 'data/sources/place_name_overrides.csv'), 'utf8'));
  const datasets = buildDatasets(tables, {
    englishName: (zh) => englishPlaceName(zh, overrides),
    pinyin: (zh) => placePinyin(zh, overrides),
    centroid: centroidLookup(topo),
  });
  for (const name of Object.keys(DATASETS) as DatasetName[]) validateDataset(name, datasets[name]);
  const problems = checkReferences(datasets);
  if (problems.length) throw new Error(`The datasets do not hang together:\n  ${problems.join('\n  ')}`);
  writeAllAtomically(
    root,
    (Object.keys(DATASETS) as DatasetName[]).map((name) => ({ path: DATASETS[name].file, content: serializeRecords(datasets[name]) })),
  );
  return datasets;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  buildData(root, { skipGeo: process.argv.includes('--skip-geo') })
    .then((d) => {
      console.log(
        `data: wrote ${Object.keys(DATASETS).length} datasets: ${d.counties.length} counties, ${d.areas.length} areas, ` +
          `${d.national.length} national years, ${d.sources.length} sources, ${d.places.length} places, ${d.figures.length} figures`,
      );
    })
    .catch((e: unknown) => {
      console.error(`data: ${e instanceof Error ? e.message : String(e)}`);
      console.error('data: nothing was written; the previous outputs are unchanged.');
      process.exit(1);
    });
}
