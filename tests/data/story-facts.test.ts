/**
 * The facts the count and exits steps rest on hang together: dated figures carry the dates their sources
 * give, the all-rural income comparator is what its published ratio implies, and the exit rule's thresholds
 * are percentages the copy can show. Reads data/ only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS, validateDataset } from '../../src/lib/schemas';

const root = new URL('../../', import.meta.url);
const national = validateDataset('national', JSON.parse(readFileSync(new URL(DATASETS.national.file, root), 'utf8')));
const figures = validateDataset('figures', JSON.parse(readFileSync(new URL(DATASETS.figures.file, root), 'utf8')));
const sources = validateDataset('sources', JSON.parse(readFileSync(new URL(DATASETS.sources.file, root), 'utf8')));
const fig = (id: string) => {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const year = (y: number) => national.find((n) => n.year === y)!;

describe('dated milestones', () => {
  it.each([
    ['last_exit_counties', '2020-11-23'],
    ['rural_poor_lifted', '2021-02-25'],
    ['decision_target_2015', '2015-11-29'],
    ['first_exit_incidence', '2017-02-26'],
    ['counties_exited_by_2020_05', '2020-05-17'],
  ])('%s is dated %s, the date of the source that reports it', (id, date) => {
    const f = fig(id);
    expect(f.date).toBe(date);
    expect(f.status).toBe('official');
    expect(sources.find((s) => s.id === f.source)?.date).toBe(date);
  });
  it('has the exit rule in percent, the West’s threshold above the general one', () => {
    expect(fig('exit_threshold_incidence').unit).toBe('percent');
    expect(fig('exit_threshold_incidence_west').value).toBeGreaterThan(fig('exit_threshold_incidence').value);
    expect(fig('first_exit_incidence').value).toBeLessThan(fig('exit_threshold_incidence').value);
  });
  it('counts the counties left after mid-May 2020 as the 2020 batch', () => {
    expect(fig('poor_counties').value - fig('counties_exited_by_2020_05').value).toBe(fig('counties_exited_2020').value);
  });
});

describe('rural income, poor areas against all rural residents', () => {
  it.each([2016, 2017])('derives the %i all-rural income from the published ratio, and says so', (y) => {
    const r = year(y).ruralIncome!;
    expect(r.status).toBe('derived');
    expect(r.derivedFrom).toMatch(/ratio/);
    const ratio = fig(`poor_area_income_ratio_${y}`).value / 100;
    expect(r.value).toBe(Math.round(year(y).poorAreaIncome!.value / ratio));
  });
  it('never shows poor areas richer than rural China as a whole', () => {
    for (const y of national) if (y.ruralIncome && y.poorAreaIncome) expect(y.poorAreaIncome.value, String(y.year)).toBeLessThan(y.ruralIncome.value);
  });
  it('keeps every value the reference did not verify marked unverified (poor-area income 2013–2015 and 2020)', () => {
    for (const y of [2013, 2014, 2015, 2020]) expect(year(y).poorAreaIncome?.status, String(y)).toBe('unverified');
    for (const y of [1980, 1990, 1995, 2000, 2005, 2010]) expect(year(y).ruralPoor?.status, String(y)).toBe('unverified');
  });
});
