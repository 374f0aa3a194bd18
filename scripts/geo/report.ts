/**
 * The join report (data/geo/join-report.json): how each of the 832 was matched and every choice the
 * build made, so a reviewer can check the map without running it. No timestamps: reruns are identical.
 */
import { kb } from '../lib/budgets.ts';
import type { AlignStats } from './align-borders.ts';
import type { SharedPolygon } from './county-features.ts';
import { SOURCE } from './fetch-source.ts';
import type { FilledFeature } from './fill-gaps.ts';
import type { JoinResult, MatchMethod } from './join-counties.ts';
import { SETTINGS } from './settings.ts';
import type { OutFeature } from './types.ts';

export interface LayerStats {
  droppedIslands: number;
  droppedRings: number;
  arcs: number;
  bytes: number;
  gzip: number;
}

export interface ReportInput {
  fileCount: number;
  encodedFiles: readonly string[];
  featureCount: number;
  counties: readonly OutFeature[];
  islands: readonly OutFeature[];
  excluded: Record<string, number>;
  aligned: AlignStats;
  filledEmpty: readonly FilledFeature[];
  prefectures: { named: number; notes: string[] };
  listed: number;
  join: JoinResult;
  shared: readonly SharedPolygon[];
  layers: { counties: LayerStats; provinces: LayerStats };
}

const cmpId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildReport(r: ReportInput) {
  const byMethod = (m: MatchMethod) => r.join.matches.filter((x) => x.method === m);
  const layer = (name: 'counties' | 'provinces', s: LayerStats) => ({
    file: `data/geo/${name}.topo.json`,
    quantization: name === 'counties' ? SETTINGS.countiesQuantization : SETTINGS.provincesQuantization,
    minWeight: name === 'counties' ? SETTINGS.countiesMinWeight : SETTINGS.provincesMinWeight,
    minIslandArea: name === 'counties' ? SETTINGS.countiesMinIslandArea : SETTINGS.provincesMinIslandArea,
    droppedIslands: s.droppedIslands,
    droppedRings: s.droppedRings,
    arcs: s.arcs,
    bytes: s.bytes,
  });
  return {
    source: {
      package: `${SOURCE.name}@${SOURCE.version}`,
      license: SOURCE.license,
      integrity: SOURCE.integrity,
      folder: SOURCE.geojsonDir,
      files: r.fileCount,
      compressedFiles: [...r.encodedFiles].sort(),
    },
    features: {
      total: r.featureCount,
      mainlandCounties: r.counties.length,
      southChinaSea: r.islands.map((f) => ({ id: f.id, p: f.properties.p, n: f.properties.n })),
      excluded: Object.fromEntries(Object.entries(r.excluded).sort()),
      bordersAligned: {
        note: 'files from another source (beijing, tianjin, shanghai, chongqing, he2_bei3_cang1_zhou1): vertices snapped to neighbours, then border stretches replaced by the neighbouring line (scripts/geo/snap.ts, transplant-borders.ts)',
        ...r.aligned,
      },
      filledFromNeighbours: r.filledEmpty.map((f) => ({
        feature: f.key,
        name: f.name,
        note: 'empty in the package; drawn as the hole its neighbours leave, checked against tianjin-fix/jixian.geojson',
        areaRatioToReference: f.referenceArea ? Number((f.area / f.referenceArea).toFixed(4)) : null,
      })),
    },
    prefectureNames: {
      note: 'property pf of county features: prefecture name as written in counties_832.csv / area_prefectures.csv, for the prefecture files those name',
      files: r.prefectures.named,
      notes: r.prefectures.notes,
    },
    counties: {
      listed: r.listed,
      matched: r.join.matches.length,
      unmatched: r.join.unmatched.length,
      byMethod: { exact: byMethod('exact').length, folded: byMethod('folded').length, alias: byMethod('alias').length },
    },
    alias: byMethod('alias')
      .map((m) => ({ id: m.id, name: m.name, boundaryName: m.featureName, file: m.file, reason: m.reason }))
      .sort(cmpId),
    folded: byMethod('folded')
      .map((m) => ({ id: m.id, name: m.name, boundaryName: m.featureName }))
      .sort(cmpId),
    sharedPolygons: r.shared
      .map((s) => ({ featureId: s.id, boundaryName: s.featureName, file: s.file, ids: s.ids }))
      .sort((a, b) => (a.featureId < b.featureId ? -1 : 1)),
    codeDiffersFromBoundaryFile: r.join.matches
      .filter((m) => m.sourceId && m.sourceId !== m.id)
      .map((m) => ({ id: m.id, name: m.name, boundaryName: m.featureName, boundaryCode: m.sourceId }))
      .sort(cmpId),
    output: { counties: layer('counties', r.layers.counties), provinces: layer('provinces', r.layers.provinces) },
  };
}

export type GeoReport = ReturnType<typeof buildReport>;

export function printReport(report: GeoReport, layers: ReportInput['layers'], log: (msg: string) => void): void {
  log(
    `Join report (${report.source.package}, ${report.source.files} files, ${report.source.compressedFiles.length} decoded: ${report.source.compressedFiles.join(', ')})`,
  );
  log(`  features in package:      ${report.features.total}`);
  log(`  mainland county features: ${report.features.mainlandCounties}`);
  log(`  South China Sea features: ${report.features.southChinaSea.map((f) => `${f.n} (${f.id})`).join(', ')} — separate object southChinaSea`);
  log(
    `  not included:             ${Object.entries(report.features.excluded)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  for (const f of report.features.filledFromNeighbours)
    log(`  filled from neighbours:    ${f.name} (${f.feature}; area ${f.areaRatioToReference} × the package's tianjin-fix outline)`);
  log(
    `  counties matched:         ${report.counties.matched} / ${report.counties.listed} (exact ${report.counties.byMethod.exact}, suffix folded ${report.counties.byMethod.folded}, alias ${report.counties.byMethod.alias})`,
  );
  log('  matched through an alias:');
  for (const a of report.alias) log(`    ${a.id} ${a.name} → ${a.boundaryName} (${a.reason})`);
  log('  matched with the suffix folded:');
  log(`    ${report.folded.map((f) => `${f.id} ${f.name}→${f.boundaryName}`).join(', ')}`);
  log('  ids sharing one polygon:');
  for (const s of report.sharedPolygons) log(`    ${s.ids.join(', ')} → feature ${s.featureId} ${s.boundaryName}`);
  log(
    `  list code differs from the boundary file's code: ${report.codeDiffersFromBoundaryFile.length} (code vintages, renames, the shared polygon; see join-report.json)`,
  );
  for (const name of ['counties', 'provinces'] as const) {
    const s = layers[name];
    log(`  ${`${name}.topo.json:`.padEnd(20)} ${kb(s.bytes)} KB, ${kb(s.gzip)} KB gzipped, ${s.arcs} arcs`);
  }
}
