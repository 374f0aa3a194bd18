/**
 * The contiguous areas' data contract: memberships and area figures as committed in data/.
 * Reads data/ only (never ../shared), as the site does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { DATASETS, validateDataset, type DatasetName } from '../../src/lib/schemas';
import { areaSummary, JOURNEY_ORDER, journeyOrder, memberClass } from '../../src/lib/areas';
import { countyCentroid } from '../../src/lib/topology';
import { parseTable, SourceRowError, type Tables } from '../../scripts/data/source-tables';
import { buildAreaFacts, DatasetBuildError } from '../../scripts/data/build-datasets';

const root = new URL('../../', import.meta.url);
const load = <N extends DatasetName>(n: N) => validateDataset(n, JSON.parse(readFileSync(new URL(DATASETS[n].file, root), 'utf8')));
const areas = load('areas');
const counties = load('counties');
const facts = load('areaFacts');
const sources = load('sources');
const countyIds = new Set(counties.map((c) => c.id));

/** Lists the five areas whose whole 2012 county list is known, with the official counts. */
const COMPLETE = { wuling: 64, luoxiao: 23, tibet: 74, four_prov_tibetan: 77, south_xinjiang: 24 } as const;

describe('area memberships', () => {
  it('never exceed an area’s official county count', () => {
    for (const a of areas) expect(a.members.length, a.id).toBeLessThanOrEqual(a.counties.value);
  });
  it.each(Object.entries(COMPLETE))('%s is complete with exactly %i counties', (id, n) => {
    const a = areas.find((x) => x.id === id)!;
    expect(a.counties.value).toBe(n);
    expect(a.members).toHaveLength(n);
    expect(a.complete).toBe(true);
  });
  it('mark only those five areas complete', () => {
    expect(areas.filter((a) => a.complete).map((a) => a.id).sort()).toEqual(Object.keys(COMPLETE).sort());
  });
  it('join every member to one of the 832 counties, or name it explicitly as a county outside the 832', () => {
    for (const a of areas)
      for (const m of a.members) expect(countyIds.has(m.county) || /not (one )?of the 832/i.test(m.note ?? ''), `${a.id}/${m.county}`).toBe(true);
  });
  it('put no county in two areas', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const a of areas)
      for (const m of a.members) {
        if (seen.has(m.county)) twice.push(`${m.county} in ${seen.get(m.county)} and ${a.id}`);
        seen.set(m.county, a.id);
      }
    expect(twice).toEqual([]);
  });
  it('give every low-confidence membership the status unverified, so it is never drawn or counted as fact', () => {
    for (const a of areas) for (const m of a.members) if (m.confidence === 'low') expect(m.status, `${a.id}/${m.county}`).toBe('unverified');
  });
  it('cite at least one existing source on every membership', () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const a of areas) for (const m of a.members) for (const s of m.sources) expect(ids.has(s), `${a.id}/${m.county}: ${s}`).toBe(true);
  });
  it('are mirrored in counties.json with the same status and confidence', () => {
    const fromAreas = areas.flatMap((a) => a.members.map((m) => `${m.county}:${a.id}:${m.status}:${m.confidence}`)).sort();
    const fromCounties = counties.flatMap((c) => c.areas.map((m) => `${c.id}:${m.area}:${m.status}:${m.confidence}`)).sort();
    expect(fromCounties).toEqual(fromAreas);
  });
  it('count as identified (solid) only official or derived memberships of high or medium confidence', () => {
    for (const a of areas) {
      const s = areaSummary(a, counties, facts);
      expect(s.identified, a.id).toBe(a.members.filter((m) => m.status !== 'unverified' && m.confidence !== 'low').length);
      expect(s.identified + s.unverified + s.low, a.id).toBe(a.members.length);
      expect(s.exits.reduce((n, e) => n + e.solid, 0), a.id).toBe(s.identified);
      for (const m of s.members.solid) expect(memberClass(m)).toBe('solid');
    }
  });
});

describe('area facts', () => {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  it('cite a source that exists in sources.json', () => {
    for (const f of facts) expect(sourceById.has(f.source), `${f.id}: ${f.source}`).toBe(true);
  });
  it('name an area that exists, or "all"', () => {
    const ids = new Set(areas.map((a) => a.id));
    for (const f of facts) expect(f.area === 'all' || ids.has(f.area), f.id).toBe(true);
  });
  it('never flag an unverified figure as official: a figure from a low-trust or unverified-only source is unverified', () => {
    for (const f of facts) {
      const s = sourceById.get(f.source)!;
      const lowTrust = /low trust|unverified/i.test(`${s.note?.en ?? ''} ${s.asReportedBy?.en ?? ''}`) || /low trust/i.test(f.note ?? '');
      if (lowTrust) expect(f.status, f.id).toBe('unverified');
    }
  });
  it('say what a derived figure is derived from', () => {
    for (const f of facts) expect(f.status === 'derived', f.id).toBe(f.derivedFrom !== undefined);
  });
  it('hold at most one figure per area, metric and year', () => {
    const keys = facts.map((f) => `${f.area}/${f.metric}/${f.year}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
  it('give the areas together a verified rural-income series for 2018–2020', () => {
    const inc = facts.filter((f) => f.area === 'all' && f.metric === 'rural_income' && f.status !== 'unverified').map((f) => f.year);
    expect(inc.sort()).toEqual([2018, 2019, 2020]);
  });
});

describe('journey order', () => {
  it('is the west-to-east order computed from the county polygons, and visits each area once', () => {
    const topo = JSON.parse(readFileSync(new URL('data/geo/counties.topo.json', root), 'utf8')) as Topology;
    expect(journeyOrder(areas, (id) => countyCentroid(topo, id)?.[0])).toEqual([...JOURNEY_ORDER]);
    expect([...JOURNEY_ORDER].sort()).toEqual(areas.map((a) => a.id).sort());
  });
});

describe('the area-facts table', () => {
  const header = 'id,area,metric,year,value,unit,status,source_id,derived_from,note,excerpt\n';
  const ok = 'x_poor,liupan,poor_population,2018,96,10k persons,official,xinhua-2019-07-24,,,片区仍有贫困人口96万人';
  it.each([
    [ok.replace('poor_population', 'poverty'), 'metric'],
    [ok.replace(',2018,', ',20x8,'), 'year'],
    [ok.replace(',96,', ',,'), 'value'],
    [ok.replace(',official,', ',sure,'), 'status'],
    [ok.replace('片区仍有贫困人口96万人', ''), 'excerpt'],
  ])('rejects %j naming the field %s', (row, field) => {
    let err: unknown;
    try {
      parseTable('area_facts', header + row, 'fixture.csv');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SourceRowError);
    expect((err as SourceRowError).field).toBe(field);
  });
  it('accepts a row without a year (plan baselines, land area)', () => {
    expect(parseTable('area_facts', header + ok.replace(',2018,', ',,'), 'fixture.csv')[0]!.year).toBeNull();
  });
  it('stops the build on a figure for an area that does not exist', () => {
    const rows = parseTable('area_facts', header + ok.replace(',liupan,', ',atlantis,'), 'fixture.csv');
    expect(() => buildAreaFacts({ area_facts: rows, contiguous_areas: [] } as unknown as Tables)).toThrow(DatasetBuildError);
  });
});
