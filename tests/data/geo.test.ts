/**
 * Checks on the committed geometry (data/geo/*, built by scripts/geo/build-geo.ts).
 * Reads only committed files: no download, nothing outside the repository.
 */
import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, gzipSize } from '../../scripts/lib/budgets.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { locatorTopology } from '../../scripts/geo/locator.ts';
import { countyFeatures, featureForCounty, nationFeature, provinceFeatures, provinceMesh } from '../../src/lib/topology.ts';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');
const countiesText = read('data/geo/counties.topo.json');
const provincesText = read('data/geo/provinces.topo.json');
const countiesTopo = JSON.parse(countiesText) as Topology;
const provincesTopo = JSON.parse(provincesText) as Topology;
const report = JSON.parse(read('data/geo/join-report.json'));
const list = parseCsv(read('data/sources/counties_832.csv'));
const provinceCodes = parseCsv(read('data/sources/provinces.csv')).map((p) => p.code!).sort();

const files: [string, string, Topology, number, string[]][] = [
  ['counties.topo.json', countiesText, countiesTopo, BUDGETS.topo, ['counties', 'provinces', 'nation', 'southChinaSea']],
  ['provinces.topo.json', provincesText, provincesTopo, BUDGETS.provincesTopo, ['provinces', 'nation']],
];

describe.each(files)('%s', (_name, text, topo, budget, objects) => {
  it(`is at most ${budget / KB} KB gzipped`, () => {
    expect(gzipSize(text)).toBeLessThanOrEqual(budget);
  });

  it('has the expected objects', () => {
    expect(Object.keys(topo.objects)).toEqual(objects);
  });

  it('is quantized: a transform and integer delta-encoded arcs', () => {
    expect(topo.transform?.scale).toHaveLength(2);
    expect(topo.transform?.translate).toHaveLength(2);
    for (const arc of topo.arcs) {
      expect(arc.length).toBeGreaterThanOrEqual(2);
      for (const p of arc) expect(Number.isInteger(p[0]) && Number.isInteger(p[1])).toBe(true);
    }
  });

  it('has the 31 provinces of provinces.csv as ids, each with an area', () => {
    const provinces = provinceFeatures(topo);
    expect(provinces.map((p) => String(p.id)).sort()).toEqual(provinceCodes);
    expect(provinceCodes).toHaveLength(31);
    for (const p of provinces) {
      const a = geoArea(p);
      expect(a).toBeGreaterThan(0);
      expect(a).toBeLessThan(0.1); // no inverted ring (that would cover the globe)
    }
  });

  it('has one national outline around the mainland', () => {
    const nation = nationFeature(topo);
    expect(nation.id).toBe('CN');
    const a = geoArea(nation);
    // ≈ 9.4 million km² of the 31 provinces (6371 km earth radius)
    expect(a * 6371 ** 2).toBeGreaterThan(9.0e6);
    expect(a * 6371 ** 2).toBeLessThan(9.9e6);
  });

  it('has borders between provinces', () => {
    expect(provinceMesh(topo).coordinates.length).toBeGreaterThan(30);
  });
});

describe('counties object', () => {
  const features = countyFeatures(countiesTopo);

  it('lists the 832 counties of counties_832.csv', () => {
    expect(list).toHaveLength(832);
  });

  it.each(list.map((c) => [c.id!, c.name_zh!]))('%s %s has a polygon', (id) => {
    const f = featureForCounty(countiesTopo, id);
    expect(f).toBeDefined();
    const a = geoArea(f!);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(0.02);
  });

  it('has unique ids: the 832 (shared ones once) and x-<province>-<n> for the rest', () => {
    const ids = features.map((f) => String(f.id));
    expect(new Set(ids).size).toBe(ids.length);
    const listed = new Set(list.map((c) => c.id!));
    for (const f of features) {
      const id = String(f.id);
      if (!listed.has(id)) expect(id).toMatch(/^x-\d\d-\d{3}$/);
      expect(f.properties.p).toMatch(/^\d\d$/);
      expect(provinceCodes).toContain(f.properties.p);
      if (/^\d{6}$/.test(id)) expect(id.slice(0, 2)).toBe(f.properties.p);
    }
  });

  it('shares one polygon among the three Haixi 行委', () => {
    const shared = features.filter((f) => f.properties.ids);
    expect(shared.map((f) => [f.id, f.properties.ids])).toEqual([['632825', ['632803', '632825', 'HX-LENGHU']]]);
  });

  it('has no county polygon covering the globe (ring winding)', () => {
    for (const f of features) expect(geoArea(f)).toBeLessThan(0.02);
  });
});

describe('join-report.json', () => {
  it('records a complete join', () => {
    expect(report.counties.listed).toBe(832);
    expect(report.counties.matched).toBe(832);
    expect(report.counties.unmatched).toBe(0);
    expect(report.counties.byMethod.exact + report.counties.byMethod.folded + report.counties.byMethod.alias).toBe(832);
    expect(report.sharedPolygons).toEqual([
      expect.objectContaining({ featureId: '632825', ids: ['632803', '632825', 'HX-LENGHU'] }),
    ]);
  });

  it('agrees with the alias table', () => {
    const aliases = parseCsv(read('data/sources/county_aliases.csv'));
    expect(Object.keys(aliases[0]!)).toEqual(['id', 'name_list', 'name_boundary', 'prefecture_file', 'reason']);
    expect(report.alias.map((a: { id: string }) => a.id).sort()).toEqual(aliases.map((a) => a.id!).sort());
  });

  it('counts the features of the committed topology', () => {
    expect(report.features.mainlandCounties).toBe(countyFeatures(countiesTopo).length);
    expect(JSON.stringify(report)).not.toMatch(/\d{4}-\d\d-\d\dT/); // no timestamps
  });
});

describe('locator.topo.json', () => {
  const locatorText = read('data/geo/locator.topo.json');

  it('is the simplified provinces.topo.json, so the page never simplifies at render time', () => {
    expect(JSON.parse(locatorText)).toEqual(locatorTopology(provincesText));
    expect(locatorText).toBe(`${JSON.stringify(locatorTopology(provincesText))}\n`);
  });

  it('has the 31 provinces and fewer points than the provinces it comes from', () => {
    const locator = JSON.parse(locatorText) as Topology;
    expect(provinceFeatures(locator).map((p) => String(p.id)).sort()).toEqual(provinceCodes);
    const points = (t: Topology) => t.arcs.reduce((n, a) => n + a.length, 0);
    expect(points(locator)).toBeLessThan(points(provincesTopo));
  });
});
