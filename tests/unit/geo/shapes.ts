/** Tiny synthetic shapes for the geo step tests: unit squares on a grid near 100°E 30°N. */
import type { Polygon, Position } from 'geojson';
import type { OutFeature, SourceFeature } from '../../../scripts/geo/types.ts';

export const X0 = 100;
export const Y0 = 30;

/** Clockwise square (d3's exterior orientation) with its lower-left corner at grid cell (i, j). */
export function squareRing(i: number, j: number, size = 1): Position[] {
  const x = X0 + i * size;
  const y = Y0 + j * size;
  return [
    [x, y],
    [x, y + size],
    [x + size, y + size],
    [x + size, y],
    [x, y],
  ];
}

export const square = (i: number, j: number, size = 1): Polygon => ({ type: 'Polygon', coordinates: [squareRing(i, j, size)] });

export function county(id: string, p: string, geometry: OutFeature['geometry']): OutFeature {
  return { type: 'Feature', id, properties: { p, n: `县${id}` }, geometry };
}

export function source(file: string, index: number, name: string, geometry: SourceFeature['geometry'], extra: Partial<SourceFeature> = {}): SourceFeature {
  return { key: `${file}#${index}`, file, index, name, sourceId: null, geometry, cp: null, ...extra };
}
