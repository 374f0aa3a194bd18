/** Snapshots of the areas map (src/charts/areas-map.ts) on a tiny fixture topology: every scene kind and a small map. */
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { areasMapSvg, AREA_COLOURS } from '../../src/charts/areas-map';
import { areaSmallMapSvg } from '../../src/charts/areas-small-map';
import { LIGHT, DARK } from '../../src/charts/china-map';
import { expectSnapshot } from './snapshot';

// Four square "counties" in two "provinces", near Chongqing; two areas, one incomplete (its
// prefecture X市 spans a county not yet identified). Rings run clockwise, as d3-geo expects.
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
    f('500001', sq(106, 29), { p: '50', n: 'A县', pf: 'X市' }),
    f('500002', sq(107, 29), { p: '50', n: 'B县', pf: 'X市' }),
    f('510001', sq(106, 30), { p: '51', n: 'C县' }),
    f('510002', sq(107, 30), { p: '51', n: 'D县' }),
  ]),
  provinces: fc([
    f(
      '50',
      cw([
        [106, 29],
        [108, 29],
        [108, 30],
        [106, 30],
        [106, 29],
      ]),
      {},
    ),
    f(
      '51',
      cw([
        [106, 30],
        [108, 30],
        [108, 31],
        [106, 31],
        [106, 30],
      ]),
      {},
    ),
  ]),
  nation: fc([
    f(
      'CN',
      cw([
        [106, 29],
        [108, 29],
        [108, 31],
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
  { id: '510001', exitYear: 2020 },
  { id: '510002', exitYear: 2018 },
];
const m = (county: string, status: 'official' | 'unverified') => ({ county, status, confidence: 'high' as const, sourceKind: 'x', sources: ['s'] });
const areas = [
  {
    id: 'wuling',
    nameEn: 'Wuling Mountains',
    nameZh: '武陵山区',
    members: [m('500001', 'official')],
    complete: false,
    prefectures: [{ provinceZh: '重庆市', prefectureZh: 'X市', confidence: 'high' as const, sources: ['s'] }],
  },
  {
    id: 'qinba',
    nameEn: 'Qinling-Bashan mountains',
    nameZh: '秦巴山区',
    members: [m('510001', 'official'), m('510002', 'unverified')],
    complete: true,
    prefectures: [],
  },
];
const provinces = [{ code: '50', nameZh: '重庆市' }];

describe('areas map (fixture topology)', () => {
  it('overview, class-based: every scene in one SVG', () => {
    const svg = areasMapSvg(topo, cs, areas, { locale: 'en', width: 200, provinces });
    expect(svg).toContain('data-area="overview"');
    expect(svg).toMatch(/class="ar k-wuling" data-a="wuling" data-t=/);
    expect(svg).toMatch(/class="ext"/);
    expect(svg).toMatch(/class="unv" fill="url\(#areas-map-h-qinba\)"/);
    expect(svg).not.toMatch(/<style|style="/);
    // no text in what the client zooms: every label is in the one layer it lifts out (a zoom that
    // scales text makes the browser lay it out again)
    const overlay = svg.indexOf('<g class="overlay">');
    expect(overlay).toBeGreaterThan(0);
    expect(svg.slice(0, overlay)).not.toContain('<text');
    expect(svg.slice(overlay).match(/<text/g)?.length).toBe(2 * 2 + 2 * 2);
    expectSnapshot('areas-map-overview', svg);
  });
  it('an area scene, painted (light, Chinese)', () => {
    const svg = areasMapSvg(topo, cs, areas, { locale: 'zh', width: 200, provinces, scene: 'qinba', paint: 'light' });
    expect(svg).toContain(`fill="${AREA_COLOURS.light.qinba}"`);
    expect(svg).toContain('opacity="0.22"');
    expectSnapshot('areas-map-qinba-zh-light', svg);
  });
  it('the closing scene, painted (dark): identified counties by exit year', () => {
    const svg = areasMapSvg(topo, cs, areas, { locale: 'en', width: 200, provinces, scene: 'exits', paint: 'dark' });
    for (const y of [2017, 2020]) expect(svg).toContain(`fill="${DARK.exit[y]}"`);
    // 500002 (2019) is in the extent, not identified; 510002 (2018) rests on an unverified source:
    // neither is coloured, as the copy counts identified counties only
    expect(svg).not.toContain(`fill="${DARK.exit[2019]}"`);
    expect(svg).not.toContain(`fill="${DARK.exit[2018]}"`);
    expectSnapshot('areas-map-exits-dark', svg);
  });
  it('a small map: the area alone, cropped, with its extent', () => {
    const svg = areaSmallMapSvg(topo, areas, 'wuling', { locale: 'en', paint: 'light', width: 160, provinces });
    expect(svg).toContain(`fill="${AREA_COLOURS.light.wuling}"`);
    expect(svg).toContain(`fill="${LIGHT.land}"`);
    expectSnapshot('areas-map-small-wuling', svg);
  });
});
