/**
 * Reads the prefecture files of the package. Two of them are in ECharts' compressed form; every ring
 * is cleaned and oriented on the way in, so the later steps see one kind of geometry.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature } from 'geojson';
import { decodeCollection, isEncoded, type RawCollection } from './decode-echarts.ts';
import { normalizeGeometry } from './clean-rings.ts';
import type { AreaGeometry, SourceFeature } from './types.ts';

export interface LoadedBoundaries {
  features: SourceFeature[];
  encodedFiles: string[];
  fileCount: number;
}

/** The features of one prefecture file, parsed (file = name without `.geojson`). */
export function featuresOfFile(file: string, raw: RawCollection): SourceFeature[] {
  return decodeCollection(raw).features.map((f, index) => {
    const props: Record<string, unknown> = f.properties || {};
    const featureName = String(props.name ?? '').trim();
    if (!featureName) throw new Error(`${file}#${index} has no name`);
    const geometry = normalizeGeometry(f.geometry as AreaGeometry);
    const cp = Array.isArray(props.cp) && props.cp.length === 2 ? (props.cp.map(Number) as [number, number]) : null;
    return {
      key: `${file}#${index}`,
      file,
      index,
      name: featureName,
      sourceId: f.id == null || f.id === '' ? null : String(f.id),
      geometry,
      cp,
    };
  });
}

/** Every prefecture file of the folder, in sorted order (the order fixes feature numbering). */
export function readSourceFeatures(geojsonDir: string): LoadedBoundaries {
  const files = fs
    .readdirSync(geojsonDir)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  const features: SourceFeature[] = [];
  const encodedFiles: string[] = [];
  for (const name of files) {
    const file = name.slice(0, -'.geojson'.length);
    const raw = JSON.parse(fs.readFileSync(path.join(geojsonDir, name), 'utf8')) as RawCollection;
    if (isEncoded(raw)) encodedFiles.push(file);
    features.push(...featuresOfFile(file, raw));
  }
  return { features, encodedFiles, fileCount: files.length };
}

/** Reference outlines by feature name (the package's tianjin-fix/jixian.geojson), cleaned like the rest. */
export function readReferences(file: string): Map<string, Feature<AreaGeometry>> {
  const references = new Map<string, Feature<AreaGeometry>>();
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { properties: { name: unknown }; geometry: AreaGeometry }[] };
  for (const f of fc.features) {
    const g = normalizeGeometry(f.geometry);
    if (g) references.set(String(f.properties.name).trim(), { type: 'Feature', properties: {}, geometry: g });
  }
  return references;
}
