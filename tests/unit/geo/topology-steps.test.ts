/** The topology steps of the geo build on a few squares: simplify, islands, merge, gaps, ids, output. */
import { geoArea } from 'd3-geo';
import type { Feature, Polygon, Position } from 'geojson';
import { presimplify, simplify } from 'topojson-simplify';
import { describe, expect, it } from 'vitest';
import { countyFeatures } from '../../../scripts/geo/county-features.ts';
import { fillFromHoles, holesOf } from '../../../scripts/geo/fill-gaps.ts';
import { locatorTopology } from '../../../scripts/geo/locator.ts';
import { makeTopology } from '../../../scripts/geo/merge-layers.ts';
import { SETTINGS } from '../../../scripts/geo/settings.ts';
import { baseTopology, simplifyLayer } from '../../../scripts/geo/simplify.ts';
import { featureOf, polygonsOf, serializeTopology } from '../../../scripts/geo/topology-utils.ts';
import type { OutFeature, WorkTopology } from '../../../scripts/geo/types.ts';
import { county, source, square, squareRing, X0, Y0 } from './shapes.ts';

const PROVINCES = [
  { code: '11', name_zh: '甲省' },
  { code: '12', name_zh: '乙省' },
];
const opts = { minWeight: SETTINGS.countiesMinWeight, minIslandArea: SETTINGS.countiesMinIslandArea, quantization: 1000 };

/** 3 × 3 unit squares: columns 0–1 in province 11, column 2 in 12; and an island county in 12. */
function grid(): { counties: OutFeature[]; islands: OutFeature[] } {
  const counties: OutFeature[] = [];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) counties.push(county(`c${i}${j}`, i < 2 ? '11' : '12', square(i, j)));
  // a 1° county with a 0.01° islet far off (≈ 3e-8 sr, below the minimum island area)
  counties.push(county('isl', '12', { type: 'MultiPolygon', coordinates: [[squareRing(5, 0)], [squareRing(800, 0, 0.01)]] }));
  return { counties, islands: [county('scs-46-1', '46', square(-20, -20, 0.1))] };
}

const areaOfObject = (t: WorkTopology, name: string, id: string) => geoArea(featureOf(t, t.objects[name]!.geometries.find((g) => g.id === id)!));
const arcsOf = (g: { type: string; arcs?: unknown }) =>
  new Set(
    polygonsOf(g)
      .flat(2)
      .map((a) => (a < 0 ? ~a : a)),
  );

describe('simplifyLayer', () => {
  it('drops a tiny detached islet, keeps the county, and quantizes', () => {
    const { counties, islands } = grid();
    const { topo, droppedIslands } = simplifyLayer(baseTopology(counties, islands), opts);
    expect(droppedIslands).toBe(1);
    expect(topo.objects.counties!.geometries.find((g) => g.id === 'isl')!.type).toBe('Polygon');
    expect(topo.transform?.scale).toHaveLength(2);
    for (const arc of topo.arcs) for (const p of arc) expect(Number.isInteger(p[0]) && Number.isInteger(p[1])).toBe(true);
  });

  it('keeps islets when the minimum island area is zero', () => {
    const { counties, islands } = grid();
    expect(simplifyLayer(baseTopology(counties, islands), { ...opts, minIslandArea: 0 }).droppedIslands).toBe(0);
  });

  it('keeps an isolated county recognisable however coarse the simplification', () => {
    const circle: Position[] = [];
    for (let k = 0; k < 24; k++) circle.push([X0 + 10 + Math.cos((-k * Math.PI) / 12), Y0 + Math.sin((-k * Math.PI) / 12)]);
    circle.push(circle[0]!);
    const { topo } = simplifyLayer(baseTopology([county('round', '11', { type: 'Polygon', coordinates: [circle] })], grid().islands), {
      ...opts,
      minWeight: 1,
    });
    expect(areaOfObject(topo, 'counties', 'round')).toBeGreaterThan(0);
  });

  it('never simplifies the South China Sea islands', () => {
    const base = baseTopology(grid().counties, grid().islands);
    for (const a of arcsOf(base.objects.southChinaSea!.geometries[0]!)) for (const p of base.arcs[a]!) expect(p[2]).toBe(Infinity);
  });
});

describe('makeTopology: merged provinces and nation', () => {
  const { counties, islands } = grid();
  const { topo } = makeTopology(baseTopology(counties, islands), {
    ...opts,
    provinces: PROVINCES,
    keepObjects: ['counties', 'provinces', 'nation', 'southChinaSea'],
  });
  const countyArea = (ids: string[]) => ids.reduce((s, id) => s + areaOfObject(topo, 'counties', id), 0);

  it('has one feature per province and one nation, with the areas of their counties', () => {
    expect(topo.objects.provinces!.geometries.map((g) => [g.id, g.properties])).toEqual([
      ['11', { n: '甲省' }],
      ['12', { n: '乙省' }],
    ]);
    expect(topo.objects.nation!.geometries.map((g) => g.id)).toEqual(['CN']);
    const in11 = counties.filter((c) => c.properties.p === '11').map((c) => c.id);
    expect(areaOfObject(topo, 'provinces', '11')).toBeCloseTo(countyArea(in11), 10);
    expect(areaOfObject(topo, 'nation', 'CN')).toBeCloseTo(countyArea(counties.map((c) => c.id)), 10);
  });

  it('draws the border between provinces with the same arcs on both sides', () => {
    const [p11, p12] = topo.objects.provinces!.geometries.map(arcsOf);
    expect([...p11!].filter((a) => p12!.has(a)).length).toBeGreaterThan(0);
  });

  it('keeps only the objects asked for, in that order', () => {
    const { topo: light } = makeTopology(baseTopology(grid().counties, grid().islands), {
      ...opts,
      provinces: PROVINCES,
      keepObjects: ['provinces', 'nation'],
    });
    expect(Object.keys(light.objects)).toEqual(['provinces', 'nation']);
  });

  it('drops every hole of the nation, and keeps a real hole of a province', () => {
    const ring = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => [i, j] as const)).filter(([i, j]) => !(i === 1 && j === 1));
    const fs = ring.map(([i, j]) => county(`r${i}${j}`, '11', square(i, j)));
    const { topo: t } = makeTopology(baseTopology(fs, islands), { ...opts, provinces: [PROVINCES[0]!], keepObjects: ['provinces', 'nation'] });
    const rings = (name: string) => polygonsOf(t.objects[name]!.geometries[0]!).flat().length;
    expect(rings('provinces')).toBe(2);
    expect(rings('nation')).toBe(1);
  });
});

describe('fill-gaps', () => {
  const ring = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => [i, j] as const)).filter(([i, j]) => !(i === 1 && j === 1));
  const around = () => ring.map(([i, j], k) => source('f', k, `n${k}`, square(i, j)));
  const center: [number, number] = [X0 + 1.5, Y0 + 1.5];

  it('finds the hole the neighbours leave', () => {
    const holes = holesOf(around());
    expect(holes).toHaveLength(1);
    expect(holes[0]!.area).toBeCloseTo(geoArea(square(1, 1)), 12);
  });

  it('fills an empty feature with that hole, checked against a reference outline', () => {
    const empty = source('f', 99, '蓟州区', null, { cp: center });
    const ref: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: square(1, 1) };
    const filled = fillFromHoles(around(), [empty], new Map([['蓟州区', ref]]));
    expect(filled).toEqual([expect.objectContaining({ key: 'f#99', name: '蓟州区' })]);
    expect(geoArea(empty.geometry!)).toBeCloseTo(geoArea(square(1, 1)), 12);
  });

  it('refuses a hole that differs from the reference by more than 10 %', () => {
    const empty = source('f', 99, '蓟州区', null, { cp: center });
    const big: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [squareRing(1, 1).map(([x, y]) => [X0 + 1.5 + (x! - X0 - 1.5) * 1.2, Y0 + 1.5 + (y! - Y0 - 1.5) * 1.2])] },
    };
    expect(() => fillFromHoles(around(), [empty], new Map([['蓟州区', big]]))).toThrow(/more than 10 %/);
  });
});

describe('countyFeatures: ids and properties', () => {
  const files = new Map([
    ['a_file', { kind: 'province' as const, code: '11', prefectureKey: 'a' }],
    ['b_file', { kind: 'province' as const, code: '11', prefectureKey: 'b' }],
    ['hai3_nan2_san1_sha1', { kind: 'province' as const, code: '46', prefectureKey: 'san1_sha1' }],
  ]);
  const mainland = [
    source('b_file', 0, '乙县', square(0, 0)),
    source('a_file', 1, '丁县', square(1, 0)),
    source('a_file', 0, '丙县', square(2, 0), { sourceId: '110002' }),
    source('b_file', 1, '戊县', square(3, 0), { sourceId: '110003' }),
  ];
  const { counties, islands, shared } = countyFeatures(mainland, [source('hai3_nan2_san1_sha1', 0, '三沙市', square(9, 9))], {
    files,
    idsByFeature: new Map([
      ['a_file#0', ['110002']],
      ['b_file#1', ['110003', '110001']],
    ]),
    prefectureByFile: new Map([['a_file', '甲市']]),
  });

  it('uses the list id, numbers the others per province in file and name order, and sorts by id', () => {
    expect(counties.map((f) => [f.id, f.properties.n])).toEqual([
      ['110002', '丙县'],
      ['110003', '戊县'],
      ['x-11-001', '丁县'],
      ['x-11-002', '乙县'],
    ]);
  });

  it('names a shared polygon by its source code and lists every id on it', () => {
    expect(counties.find((f) => f.id === '110003')!.properties.ids).toEqual(['110001', '110003']);
    expect(shared).toEqual([{ id: '110003', featureName: '戊县', file: 'b_file', ids: ['110001', '110003'] }]);
  });

  it('sets pf only where the tables name the prefecture file', () => {
    expect(counties.filter((f) => f.properties.pf).map((f) => f.id)).toEqual(['110002', 'x-11-001']);
    expect(islands.map((f) => [f.id, f.properties])).toEqual([['scs-46-1', { p: '46', n: '三沙市' }]]);
  });
});

describe('output', () => {
  const build = () => {
    const { counties, islands } = grid();
    return serializeTopology(makeTopology(baseTopology(counties, islands), { ...opts, provinces: PROVINCES, keepObjects: ['provinces', 'nation'] }).topo);
  };

  it('serializes deterministically with a fixed member order', () => {
    const a = build();
    expect(build()).toBe(a);
    expect(a).toMatch(/^\{"type":"Topology","bbox":\[[^\]]+\],"transform":\{"scale":\[[^\]]+\],"translate":\[[^\]]+\]\},"objects":\{"provinces":/);
    expect(a.endsWith('\n')).toBe(true);
  });

  it('writes the locator map as exactly what the page used to compute', () => {
    const text = build();
    const expected = simplify(presimplify(structuredClone(JSON.parse(text))), 0.008);
    expect(locatorTopology(text)).toEqual(expected);
    expect(Object.keys(locatorTopology(text).objects)).toEqual(['provinces', 'nation']);
  });
});
