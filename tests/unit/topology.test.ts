import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  countyCentroid,
  countyFeatureIndex,
  countyFeatures,
  countyIdsOf,
  countyMesh,
  featureForCounty,
  HAIXI_SHARED_IDS,
  nationFeature,
  provinceFeatures,
  provinceMesh,
  southChinaSeaFeatures,
} from '../../src/lib/topology.ts';

/** A clockwise (d3) unit square with its lower-left corner at (x, y). */
const square = (x: number, y: number, props: Record<string, unknown>, id: string): Feature<Polygon> => ({
  type: 'Feature',
  id,
  properties: props,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x, y + 1],
        [x + 1, y + 1],
        [x + 1, y],
        [x, y],
      ],
    ],
  },
});

// Three counties in a row: two in province 10, one (shared by two ids) in province 20.
const counties: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    square(100, 30, { p: '10', n: '甲县' }, '100001'),
    square(101, 30, { p: '10', n: '乙区' }, 'x-10-001'),
    square(102, 30, { p: '20', n: '丙', ids: ['200001', '200002', 'HX-TEST'] }, '200002'),
  ],
};
const provinces: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: '10',
      properties: { n: '十省' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [100, 30],
            [100, 31],
            [102, 31],
            [102, 30],
            [100, 30],
          ],
        ],
      },
    },
    square(102, 30, { n: '二十省' }, '20'),
  ],
};
const nation: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'CN',
      properties: { n: '中国' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [100, 30],
            [100, 31],
            [103, 31],
            [103, 30],
            [100, 30],
          ],
        ],
      },
    },
  ],
};
const small = topology({ counties, provinces, nation }) as unknown as Topology;

describe('helpers on a small topology', () => {
  it('lists the features of each object', () => {
    expect(countyFeatures(small).map((f) => f.id)).toEqual(['100001', 'x-10-001', '200002']);
    expect(provinceFeatures(small).map((f) => [f.id, f.properties.n])).toEqual([
      ['10', '十省'],
      ['20', '二十省'],
    ]);
    expect(nationFeature(small).id).toBe('CN');
    expect(southChinaSeaFeatures(small)).toEqual([]);
  });

  it.each([
    ['100001', '100001'],
    ['x-10-001', 'x-10-001'],
    ['200001', '200002'], // shared polygon: every id finds it
    ['200002', '200002'],
    ['HX-TEST', '200002'],
  ])('featureForCounty(%s) → feature %s', (countyId, featureId) => {
    expect(featureForCounty(small, countyId)?.id).toBe(featureId);
  });

  it('returns undefined for an unknown id', () => {
    expect(featureForCounty(small, '999999')).toBeUndefined();
    expect(countyCentroid(small, '999999')).toBeUndefined();
  });

  it.each([
    ['100001', 100.5, 30.5],
    ['200001', 102.5, 30.5],
  ])('countyCentroid(%s) ≈ [%f, %f]', (id, lon, lat) => {
    const c = countyCentroid(small, id)!;
    expect(c[0]).toBeCloseTo(lon, 3);
    expect(c[1]).toBeCloseTo(lat, 2);
  });

  it('knows which ids a feature stands for', () => {
    const index = countyFeatureIndex(small);
    expect([...index.keys()].sort()).toEqual(['100001', '200001', '200002', 'HX-TEST', 'x-10-001']);
    expect(countyIdsOf({ id: 5 })).toEqual(['5']);
    expect(countyIdsOf({})).toEqual([]);
  });

  it('meshes only the borders between areas', () => {
    const pm = provinceMesh(small);
    expect(pm.type).toBe('MultiLineString');
    // the single border between province 10 and 20 runs along x = 102
    expect(pm.coordinates).toHaveLength(1);
    expect(pm.coordinates[0]!.every(([x]) => x === 102)).toBe(true);
    expect(countyMesh(small).coordinates).toHaveLength(2);
  });

  it('names a missing object', () => {
    const bare = topology({ counties }) as unknown as Topology;
    expect(() => provinceFeatures(bare)).toThrow(/provinces/);
  });
});

describe('helpers on the committed counties.topo.json', () => {
  const topo = JSON.parse(readFileSync(new URL('../../data/geo/counties.topo.json', import.meta.url), 'utf8')) as Topology;

  it('resolves the three Haixi ids to one shared polygon', () => {
    const features = HAIXI_SHARED_IDS.map((id) => featureForCounty(topo, id));
    expect(new Set(features.map((f) => f?.id))).toEqual(new Set(['632825']));
    expect(features[0]?.properties.ids).toEqual([...HAIXI_SHARED_IDS]);
  });

  it.each([
    ['520502', 105.3, 27.3], // 七星关区, Bijie
    ['500229', 108.7, 31.9], // 城口县, Chongqing
    ['HX-LENGHU', 92.5, 38.5], // the shared Haixi polygon
    ['653222', 80.0, 38.2], // 墨玉县, Hotan
  ])('countyCentroid(%s) is near [%f, %f]', (id, lon, lat) => {
    const c = countyCentroid(topo, id)!;
    expect(Math.abs(c[0] - lon)).toBeLessThan(1.5);
    expect(Math.abs(c[1] - lat)).toBeLessThan(1.5);
  });

  it('has the South China Sea islands apart from the mainland', () => {
    expect(
      southChinaSeaFeatures(topo)
        .map((f) => f.properties.n)
        .sort(),
    ).toEqual(['三沙市', '东沙群岛']);
  });
});
