/**
 * The data build: deterministic, and all-or-nothing. A malformed source row stops it with a
 * message naming the file, the row and the field, and leaves every previous output untouched.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data';
import { parseTable, SourceRowError } from '../../scripts/data/source-tables';
import { DATASETS } from '../../src/lib/schemas';

const repo = new URL('../../', import.meta.url).pathname;
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
    lines[5] = lines[5]!.replace(/,(2016|2017|2018|2019|2020),official,/, ',2021,official,');
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
