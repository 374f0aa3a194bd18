/** One snapshot per chart state. Data: the committed datasets (reviewed like code) and a tiny fixture map. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { validateDataset, DATASETS, type DatasetName } from '../../src/lib/schemas';
import { poorPopulationChart } from '../../src/charts/poor-population';
import { countyExitsChart, countyExitCounts } from '../../src/charts/county-exits';
import { regionalChart } from '../../src/charts/regional';
import { provinceExitsChart, provinceExitRows } from '../../src/charts/province-exits';
import { chinaMapSvg, LIGHT } from '../../src/charts/china-map';
import { placesMapSvg } from '../../src/charts/places-map';
import { expectSnapshot } from './snapshot';

const load = <N extends DatasetName>(n: N) => validateDataset(n, JSON.parse(readFileSync(new URL(`../../${DATASETS[n].file}`, import.meta.url), 'utf8')));
const national = load('national');
const counties = load('counties');
const regional = load('regional');
const provinces = load('provinces');

describe('poor population', () => {
  it('full series, English', () => expectSnapshot('poor-population-en', poorPopulationChart(national, { locale: 'en' })));
  it('revealed to 2013, Chinese', () => expectSnapshot('poor-population-zh-2013', poorPopulationChart(national, { locale: 'zh', revealTo: 2013 })));
  it('long view from 1978 marks unverified values', () => {
    const svg = poorPopulationChart(national, { locale: 'en', from: 1978, width: 800 });
    expect(svg).toContain('class="dot unverified"');
    expect(svg).toContain('unverified values');
    expectSnapshot('poor-population-en-1978', svg);
  });
  it('hides later years when revealed to a year', () => {
    const svg = poorPopulationChart(national, { locale: 'en', revealTo: 2015 });
    expect(svg.match(/is-future/g)?.length).toBeGreaterThan(0);
    expect(svg).not.toMatch(/class="dot official is-future" data-year="2015"/);
    expect(svg).toMatch(/class="dot official is-future" data-year="2016"/);
  });
  it('refuses a range without data', () => {
    expect(() => poorPopulationChart(national, { locale: 'en', from: 2021, to: 2022 })).toThrow(/fewer than two values/);
  });
});

describe('county exits', () => {
  it('English', () => expectSnapshot('county-exits-en', countyExitsChart(counties, { locale: 'en' })));
  it('Chinese, revealed to 2017', () => expectSnapshot('county-exits-zh-2017', countyExitsChart(counties, { locale: 'zh', revealTo: 2017 })));
  it('counts a tiny list', () => {
    expect(countyExitCounts([{ exitYear: 2016 }, { exitYear: 2020 }, { exitYear: 2020 }])).toEqual([
      { year: 2016, count: 1, remaining: 2 },
      { year: 2017, count: 0, remaining: 2 },
      { year: 2018, count: 0, remaining: 2 },
      { year: 2019, count: 0, remaining: 2 },
      { year: 2020, count: 2, remaining: 0 },
    ]);
  });
});

describe('regional', () => {
  it('English', () => expectSnapshot('regional-en', regionalChart(regional, { locale: 'en' })));
  it('Chinese', () => expectSnapshot('regional-zh', regionalChart(regional, { locale: 'zh' })));
});

describe('province exits (Observable Plot, server-side)', () => {
  it('English', () => expectSnapshot('province-exits-en', provinceExitsChart(counties, provinces, { locale: 'en' })));
  it('Chinese, narrow', () => expectSnapshot('province-exits-zh-narrow', provinceExitsChart(counties, provinces, { locale: 'zh', width: 360 })));
  it('carries no inline style and colours every bar by class', () => {
    const svg = provinceExitsChart(counties, provinces, { locale: 'en' });
    expect(svg).not.toMatch(/<style|style="/);
    expect(svg.match(/<rect[^>]*class="y20(1[6-9]|20)"/g)?.length).toBe(provinceExitRows(counties, provinces, 'en').length);
    expect(svg).not.toMatch(/fill="#00000/);
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
  });
  it('counts a tiny list, largest province first', () => {
    const ps = [
      { code: '52', nameEn: 'Guizhou', shortZh: '贵州' },
      { code: '53', nameEn: 'Yunnan', shortZh: '云南' },
    ];
    expect(
      provinceExitRows(
        [
          { province: '52', exitYear: 2020 },
          { province: '53', exitYear: 2017 },
          { province: '53', exitYear: 2017 },
        ],
        ps,
        'zh',
      ),
    ).toEqual([
      { province: '53', name: '云南', year: 2017, count: 2 },
      { province: '52', name: '贵州', year: 2020, count: 1 },
    ]);
  });
});

describe('china map (fixture topology)', () => {
  // Three square "counties" in two "provinces", near Chongqing. Rings run clockwise, as d3-geo expects.
  const cw = (ring: number[][]) => [ring.slice().reverse()];
  const sq = (x: number, y: number) =>
    cw([
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ]);
  const fc = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
  const f = (id: string, coords: number[][][], props: Record<string, unknown>): GeoJSON.Feature => ({
    type: 'Feature',
    id,
    properties: props,
    geometry: { type: 'Polygon', coordinates: coords },
  });
  const topo = topology({
    counties: fc([
      f('500001', sq(106, 29), { p: '50', n: 'A县' }),
      f('500002', sq(107, 29), { p: '50', n: 'B县', pf: 'X市' }),
      f('x-51-1', sq(106, 30), { p: '51', n: 'C区', pf: 'X市' }),
    ]),
    provinces: fc([
      f(
        '50',
        cw([
          [106, 29],
          [108, 29],
          [108, 30],
          [107, 30],
          [106, 30],
          [106, 29],
        ]),
        {},
      ),
      f('51', sq(106, 30), {}),
    ]),
    nation: fc([
      f(
        'CN',
        cw([
          [106, 29],
          [108, 29],
          [108, 30],
          [107, 30],
          [107, 31],
          [106, 31],
          [106, 29],
        ]),
        {},
      ),
    ]),
  }) as unknown as Topology;
  const cs = [
    { id: '500001', exitYear: 2017 },
    { id: '500002', exitYear: 2019 },
  ];
  const areas = [
    {
      id: 'wuling',
      members: [{ county: '500001', status: 'official' as const, confidence: 'high' as const, sourceKind: 'x', sources: ['s'] }],
      complete: false,
      prefectures: [{ provinceZh: 'p', prefectureZh: 'X市', confidence: 'high' as const, sources: ['s'] }],
    },
  ];
  it('class-based', () => expectSnapshot('map-classes', chinaMapSvg(topo, cs, areas, { width: 200 })));
  it('painted, exits to 2018', () => {
    const svg = chinaMapSvg(topo, cs, areas, { width: 200, state: { kind: 'exits', year: 2018 }, paint: LIGHT, title: 'T', desc: 'D' });
    expect(svg).toContain(`fill="${LIGHT.exit[2017]}"`);
    expect(svg).toContain(`fill="${LIGHT.onList}"`);
    expectSnapshot('map-exits-2018', svg);
  });
  it('places: numbered markers in list order, visits and examples told apart', () => {
    const place = (id: string, kind: 'visit' | 'example', lon: number, lat: number) => ({
      id,
      kind,
      date: null,
      nameZh: id,
      nameEn: id,
      county: null,
      countyZh: 'A县',
      province: '50',
      lon,
      lat,
      coordinates: 'county centroid' as const,
      descriptionEn: 'x',
      descriptionZh: 'x',
      status: 'official' as const,
      source: 's',
    });
    const svg = placesMapSvg(topo, [place('one', 'visit', 106.5, 29.5), place('two', 'example', 107.5, 29.5)], { locale: 'en', width: 200 });
    expect(svg).toMatch(/class="place-marker visit"[^>]*data-place="one"><circle r="9"\/><text[^>]*>1<\/text>/);
    expect(svg).toMatch(/class="place-marker example"[^>]*data-place="two"><circle r="9"\/><text[^>]*>2<\/text>/);
    expectSnapshot('places-map', svg);
  });
  it('painted, areas: members solid, extent of incomplete areas shaded', () => {
    const svg = chinaMapSvg(topo, cs, areas, { width: 200, state: { kind: 'areas' }, paint: LIGHT });
    expect(svg).toContain(`fill="${LIGHT.area}"`);
    expect(svg).toContain(`fill="${LIGHT.areaSoft}"`);
    expectSnapshot('map-areas', svg);
  });
});
