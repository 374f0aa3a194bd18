import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  CHINA_CENTRAL_MERIDIAN,
  CHINA_PARALLELS,
  CHINA_ROTATE,
  chinaConic,
  chinaMargin,
  chinaPath,
  chinaProjection,
  pathFor,
} from '../../src/lib/projection.ts';

const topo = JSON.parse(readFileSync(new URL('../../data/geo/provinces.topo.json', import.meta.url), 'utf8')) as Topology;
const nation = feature(topo, topo.objects.nation as GeometryCollection) as FeatureCollection;

const cities: [string, [number, number]][] = [
  ['Beijing', [116.4, 39.9]],
  ['Shanghai', [121.47, 31.23]],
  ['Urumqi', [87.62, 43.83]],
  ['Kashgar', [75.99, 39.47]],
  ['Lhasa', [91.11, 29.65]],
  ['Harbin', [126.63, 45.75]],
  ['Mohe', [122.54, 52.97]],
  ['Sanya', [109.51, 18.25]],
  ['Kunming', [102.83, 24.88]],
  ['Bijie', [105.29, 27.3]],
];

const frames: [number, number][] = [
  [1600, 1184],
  [1000, 740],
  [800, 592],
  [375, 600],
  [1200, 400],
];

describe('constants', () => {
  it('is the conic of the site: parallels 25°N and 47°N, central meridian 105°E', () => {
    expect(CHINA_PARALLELS).toEqual([25, 47]);
    expect(CHINA_CENTRAL_MERIDIAN).toBe(105);
    expect(CHINA_ROTATE).toEqual([-105, 0]);
    const p = chinaConic();
    const [l, f, g] = p.rotate();
    expect(l).toBeCloseTo(-105, 9);
    expect(f).toBe(0);
    expect(g).toBe(0);
    expect(p.parallels()).toEqual([25, 47]);
  });
});

describe.each(frames)('chinaProjection(%i, %i)', (width, height) => {
  const projection = chinaProjection(width, height, nation);
  const at = (lonlat: [number, number]) => projection(lonlat) as [number, number];

  it.each(cities)('%s projects inside the frame', (_name, lonlat) => {
    const [x, y] = at(lonlat);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(height);
  });

  it.each([
    ['Shanghai', 'Urumqi'],
    ['Harbin', 'Kashgar'],
    ['Beijing', 'Lhasa'],
    ['Sanya', 'Kunming'],
  ])('east is right: %s is right of %s', (east, west) => {
    const e = at(cities.find(([n]) => n === east)![1]);
    const w = at(cities.find(([n]) => n === west)![1]);
    expect(e[0]).toBeGreaterThan(w[0]);
  });

  it.each([
    ['Mohe', 'Harbin'],
    ['Harbin', 'Beijing'],
    ['Beijing', 'Shanghai'],
    ['Urumqi', 'Lhasa'],
    ['Kunming', 'Sanya'],
  ])('north is up: %s is above %s', (north, south) => {
    const n = at(cities.find(([c]) => c === north)![1]);
    const s = at(cities.find(([c]) => c === south)![1]);
    expect(n[1]).toBeLessThan(s[1]);
  });

  it('fits the mainland within the frame, touching the margin on one axis', () => {
    const m = chinaMargin(width, height);
    const [[x0, y0], [x1, y1]] = pathFor(projection).bounds(nation);
    expect(x0).toBeGreaterThanOrEqual(m - 0.5);
    expect(y0).toBeGreaterThanOrEqual(m - 0.5);
    expect(x1).toBeLessThanOrEqual(width - m + 0.5);
    expect(y1).toBeLessThanOrEqual(height - m + 0.5);
    const fillsWidth = Math.abs(x1 - x0 - (width - 2 * m)) < 1;
    const fillsHeight = Math.abs(y1 - y0 - (height - 2 * m)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });
});

describe('chinaPath', () => {
  it('draws the outline with one decimal', () => {
    const d = chinaPath(800, 592, nation)(nation) ?? '';
    expect(d.startsWith('M')).toBe(true);
    expect(d).not.toMatch(/\.\d\d/);
  });

  it('rejects an empty frame', () => {
    expect(() => chinaProjection(0, 100, nation)).toThrow(RangeError);
  });

  it('keeps a margin of at least 2 px', () => {
    expect(chinaMargin(100, 50)).toBe(2);
    expect(chinaMargin(1600, 1184)).toBe(24);
  });
});
