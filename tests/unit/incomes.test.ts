import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset, type NationalYear } from '../../src/lib/schemas';
import { incomeSeries, incomesChart } from '../../src/charts/incomes';
import { FIXTURE } from '../fixtures/incomes';

const national = validateDataset('national', JSON.parse(readFileSync(new URL('../../data/national.json', import.meta.url), 'utf8')));

describe('incomes: series', () => {
  it('reads poorAreaIncome from the national table, every year with a value, status kept', () => {
    const s = incomeSeries(national);
    const expected = national.filter((y) => y.poorAreaIncome).map((y) => ({ year: y.year, value: y.poorAreaIncome!.value, status: y.poorAreaIncome!.status }));
    expect(s.poorArea.map(({ year, value, status }) => ({ year, value, status }))).toEqual(expected);
    expect(s.poorArea.length).toBeGreaterThan(1);
  });
  it('reads the all-rural series from ruralIncome where the table carries it', () => {
    const rows = [
      { year: 2014, ruralIncome: { value: 10489, unit: 'yuan', status: 'official', source: 'x' }, poorAreaIncome: null },
      { year: 2013, ruralIncome: { value: 9430, unit: 'yuan', status: 'unverified', source: 'x' }, poorAreaIncome: null },
      { year: 2015, ruralIncome: null, poorAreaIncome: null },
    ] as unknown as NationalYear[];
    expect(incomeSeries(rows).allRural).toEqual([
      { year: 2013, value: 9430, status: 'unverified', source: 'x' },
      { year: 2014, value: 10489, status: 'official', source: 'x' },
    ]);
  });
});

describe('incomes: chart', () => {
  const svg = incomesChart(FIXTURE, { locale: 'en' });
  it('draws one point per value, unverified values hollow (class) and their segments dashed', () => {
    expect(svg.match(/class="dot official"/g)?.length).toBe(3);
    expect(svg.match(/class="dot unverified"/g)?.length).toBe(2);
    // Poor areas: 2016–17 solid, 2017–18 touches an unverified value.
    expect(svg).toMatch(/<g class="series income poorArea"><line[^>]*class="seg" data-year="2017"\/><line[^>]*class="seg unverified" data-year="2018"\/>/);
    // All rural: 2016–17 dashed; 2017 → 2019 is a gap, not bridged.
    expect(svg).toMatch(/<g class="series income allRural"><line[^>]*class="seg unverified" data-year="2017"\/><circle/);
    expect(svg).toContain('hollow points, dashed line: unverified values');
  });
  it('says current prices, names both series, and describes every value with its status', () => {
    expect(svg).toContain('yuan per person per year, current prices');
    expect(svg).toContain('Rural residents in poor areas');
    expect(svg).toContain('All rural residents');
    expect(svg).toMatch(/<desc[^>]*>[^<]*at current prices \(not adjusted for inflation\)[^<]*2018, 10,000 \(unverified\)/);
    const zh = incomesChart(FIXTURE, { locale: 'zh', width: 360 });
    expect(zh).toContain('元，当年价格');
    expect(zh).toContain('2017年13000元（未经核实）');
    expect(zh).toContain('class="key"');
  });
  it('works with the poor-area series alone, and needs two of its values', () => {
    const one = incomesChart({ poorArea: FIXTURE.poorArea, allRural: [] }, { locale: 'en' });
    expect(one).not.toContain('allRural');
    expect(() => incomesChart({ poorArea: FIXTURE.poorArea.slice(0, 1), allRural: [] }, { locale: 'en' })).toThrow(/fewer than two/);
    expect(incomesChart({ poorArea: FIXTURE.poorArea.slice(0, 2), allRural: [] }, { locale: 'en' })).not.toContain('unverified values');
  });
});

describe('incomes: data table', () => {
  it('one row per year of either series, a dash where a series has no value', async () => {
    const { incomesTable } = await import('../../src/charts/incomes');
    expect(incomesTable(FIXTURE, 'en').rows).toEqual([
      ['2016', '8,000', '12,000 (derived)'],
      ['2017', '9,000', '13,000 (unverified)'],
      ['2018', '10,000 (unverified)', '–'],
      ['2019', '–', '16,000'],
    ]);
  });
});

describe('incomes: derived values', () => {
  it('are told apart from official ones and named in the note and description', () => {
    const svg = incomesChart(FIXTURE, { locale: 'en' });
    expect(svg).toMatch(/class="dot derived" data-year="2016"/);
    expect(svg).toContain('dotted outline: derived values');
    expect(svg).toMatch(/<desc[^>]*>[^<]*2016, 12,000 \(derived\)[^<]*Dotted outline: derived values\./);
  });
});
