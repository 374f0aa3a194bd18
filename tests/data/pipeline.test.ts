/**
 * The data build: deterministic, and all-or-nothing. A malformed source row stops it with a
 * message naming the file, the row and the field, and leaves every previous output untouched,
 * the geometry included. The geometry builder is a fake here (the real one needs the 67 MB package).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type GeoBuilder } from '../../scripts/build-data';
import { parseTable, SourceRowError } from '../../scripts/data/source-tables';
import { DATASETS } from '../../src/lib/schemas';
import { EXIT_YEARS } from '../../src/lib/years';

const repo = new URL('../../', import.meta.url).pathname;
/** An official exit year in a row of counties_832.csv. */
const AN_EXIT_YEAR = new RegExp(`,(${EXIT_YEARS.join('|')}),official,`);
let root: string;
const outputs = () => Object.fromEntries(Object.values(DATASETS).map((d) => [d.file, readFileSync(join(root, d.file), 'utf8')]));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ptz-data-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseTable', () => {
  const header = 'year,region,value,unit,status,source_id,derived_from\n';
  it.each([
    ['2016,east,4x0,10k persons,official,book-2016-poverty,', 1, 'value', 'must be a number'],
    ['2016,north,490,10k persons,official,book-2016-poverty,', 1, 'region', 'Invalid enum value'],
    ['2016,east,490,10k persons,maybe,book-2016-poverty,', 1, 'status', 'Invalid enum value'],
    ['2016,east,490,10k persons,official,Book 2016,', 1, 'source_id', 'must be a source id'],
    ['2016,east,490,10k persons,official,book-2016-poverty,\n2017,east,,10k persons,official,x,', 2, 'value', 'must not be empty'],
  ])('rejects %j at row %i, field %s', (rows, row, field, problem) => {
    let err: unknown;
    try {
      parseTable('regional_poor', header + rows, 'fixture.csv');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SourceRowError);
    const e = err as SourceRowError;
    expect([e.file, e.row, e.field]).toEqual(['fixture.csv', row, field]);
    expect(e.message).toContain(`fixture.csv, row ${row} (line ${row + 1}), field "${field}"`);
    expect(e.message).toContain(problem);
  });
  it('names a missing column', () => {
    expect(() => parseTable('regional_poor', 'year,region\n2016,east\n', 'f.csv')).toThrow(/f\.csv, row 0 .*field "value": column missing/);
  });
});

describe('buildData', () => {
  it('rebuilds byte-identical outputs from the committed sources', async () => {
    const before = outputs();
    await buildData(root, { skipGeo: true });
    expect(outputs()).toEqual(before);
    // and the committed files are what the build makes
    for (const d of Object.values(DATASETS)) expect(before[d.file]).toBe(readFileSync(join(repo, d.file), 'utf8'));
  });

  it('stops on a malformed row, names file, row and field, and changes nothing', async () => {
    const file = join(root, 'data/sources/counties_832.csv');
    const good = readFileSync(file, 'utf8');
    const lines = good.split('\n');
    lines[5] = lines[5]!.replace(AN_EXIT_YEAR, ',2021,official,');
    writeFileSync(file, lines.join('\n'));
    const before = outputs();
    await expect(buildData(root, { skipGeo: true })).rejects.toThrow(/data\/sources\/counties_832\.csv, row 5 \(line 6\), field "exit_year": must be 2016–2020/);
    expect(outputs()).toEqual(before);
    expect(readdirSync(join(root, 'data')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    writeFileSync(file, good);
  });

  it('stops when a row cites a source that does not exist, and changes nothing', async () => {
    const file = join(root, 'data/sources/figures.csv');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('relocated,960,10k persons,more_than,2020,people relocated out of inhospitable areas,易地扶贫搬迁人口,official,xi-2021-02-25', 'relocated,960,10k persons,more_than,2020,people relocated out of inhospitable areas,易地扶贫搬迁人口,official,no-such-source'));
    const before = outputs();
    await expect(buildData(root, { skipGeo: true })).rejects.toThrow(/data\/figures\.json: record relocated cites source "no-such-source"/);
    expect(outputs()).toEqual(before);
    writeFileSync(file, good);
  });
});

/** sha256 of every file under dir, by path relative to root. */
function hashTree(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, hashTree(p, root));
    else out[relative(root, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/**
 * A geometry builder that returns new content for every geo file: the committed counties shifted
 * one degree east (so the datasets' centroids show which topology they were computed from), and
 * marker text for the others.
 */
function fakeGeo(calls: string[]): GeoBuilder {
  return async ({ root: r }) => {
    calls.push(r);
    const topo = JSON.parse(readFileSync(join(repo, 'data/geo/counties.topo.json'), 'utf8')) as Topology;
    topo.transform!.translate[0] += 1;
    return {
      files: [
        { path: 'data/geo/counties.topo.json', content: `${JSON.stringify(topo)}\n` },
        { path: 'data/geo/provinces.topo.json', content: '{"fake":"provinces"}\n' },
        { path: 'data/geo/locator.topo.json', content: '{"fake":"locator"}\n' },
        { path: 'data/geo/join-report.json', content: '{"fake":"report"}\n' },
      ],
    };
  };
}

describe('buildData with the geometry built in memory', () => {
  let geoRoot: string;
  beforeAll(() => {
    geoRoot = mkdtempSync(join(tmpdir(), 'ptz-data-geo-'));
    cpSync(join(repo, 'data'), join(geoRoot, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(geoRoot, { recursive: true, force: true }));

  it('writes nothing at all, geo included, when a source row is malformed', async () => {
    const file = join(geoRoot, 'data/sources/counties_832.csv');
    const good = readFileSync(file, 'utf8');
    const lines = good.split('\n');
    const broken = lines[7]!.replace(AN_EXIT_YEAR, ',2031,official,');
    expect(broken).not.toBe(lines[7]);
    lines[7] = broken;
    writeFileSync(file, lines.join('\n'));
    const before = hashTree(join(geoRoot, 'data'));
    const calls: string[] = [];
    await expect(buildData(geoRoot, { buildGeo: fakeGeo(calls), log: () => {} })).rejects.toThrow(
      /data\/sources\/counties_832\.csv, row 7 \(line 8\), field "exit_year": must be 2016–2020/,
    );
    expect(calls).toEqual([geoRoot]); // the geometry was built, and still not written
    expect(hashTree(join(geoRoot, 'data'))).toEqual(before);
    writeFileSync(file, good);
  });

  it('writes every output, datasets and geo, when all is valid, with centroids from the new geometry', async () => {
    const calls: string[] = [];
    const { written } = await buildData(geoRoot, { buildGeo: fakeGeo(calls), log: () => {} });
    expect(written).toEqual([...Object.values(DATASETS).map((d) => d.file), 'data/geo/counties.topo.json', 'data/geo/provinces.topo.json', 'data/geo/locator.topo.json', 'data/geo/join-report.json']);
    expect(readFileSync(join(geoRoot, 'data/geo/locator.topo.json'), 'utf8')).toBe('{"fake":"locator"}\n');
    expect(readFileSync(join(geoRoot, 'data/geo/join-report.json'), 'utf8')).toBe('{"fake":"report"}\n');
    const topo = JSON.parse(readFileSync(join(geoRoot, 'data/geo/counties.topo.json'), 'utf8')) as Topology;
    const committed = JSON.parse(readFileSync(join(repo, 'data/geo/counties.topo.json'), 'utf8')) as Topology;
    expect(topo.transform!.translate[0]).toBeCloseTo(committed.transform!.translate[0] + 1, 9);
    // places placed at a county centroid moved east with the fake geometry
    type Place = { id: string; lon: number; coordinates: string };
    const placesOf = (r: string) => (JSON.parse(readFileSync(join(r, 'data/places.json'), 'utf8')) as Place[]).filter((p) => p.coordinates === 'county centroid');
    const moved = placesOf(geoRoot);
    const base = new Map(placesOf(repo).map((p) => [p.id, p.lon]));
    expect(moved.length).toBeGreaterThan(0);
    for (const p of moved) expect(p.lon - base.get(p.id)!).toBeCloseTo(1, 2);
    expect(readdirSync(join(geoRoot, 'data/geo')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
