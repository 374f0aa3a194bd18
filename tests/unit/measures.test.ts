import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/schemas';
import { MEASURE_IDS, PERSONS_PER_MARK_10K, marksFor, measureRows, measuresChart } from '../../src/charts/measures';

const figures = validateDataset('figures', JSON.parse(readFileSync(new URL('../../data/figures.json', import.meta.url), 'utf8')));
const fig = (
  id: string,
  value: number,
  unit: string,
  status: 'official' | 'unverified' = 'official',
  qualifier: 'exact' | 'more_than' | 'nearly' = 'exact',
) => ({
  id,
  value,
  unit,
  qualifier,
  labelEn: `label ${id}`,
  labelZh: `标签${id}`,
  status,
  source: 's',
});
/** The markup of one measure's group. */
const part = (svg: string, id: string) => svg.split('<g class="measure ').find((x) => x.includes(`data-id="${id}"`)) ?? '';
/** Squares drawn in a measure's path: one "M…z" subpath each. */
const squares = (svg: string, id: string) => ((/<path class="marks" d="([^"]*)"/.exec(part(svg, id))?.[1] ?? '').match(/M/g) ?? []).length;
const circles = (svg: string, id: string) => (part(svg, id).match(/<circle/g) ?? []).length;

describe('measures: marks', () => {
  it('every measure the chart names is in data/figures.json, in people or groups', () => {
    const rows = measureRows(figures);
    expect(rows.map((r) => r.id)).toEqual([...MEASURE_IDS]);
    expect(rows.filter((r) => r.unit === 'groups').map((r) => r.id)).toEqual(['small_ethnic_groups']);
  });
  it('draws value / scale squares for people (rounded down) and one circle per group', () => {
    for (const locale of ['en', 'zh'] as const)
      for (const width of [640, 360]) {
        const svg = measuresChart(figures, { locale, width });
        for (const r of measureRows(figures)) {
          const f = figures.find((x) => x.id === r.id)!;
          if (r.unit === 'people') {
            expect(squares(svg, r.id), r.id).toBe(Math.floor(f.value / PERSONS_PER_MARK_10K));
            expect(circles(svg, r.id)).toBe(0);
          } else expect(circles(svg, r.id), r.id).toBe(f.value);
        }
      }
  });
  it('rounds down, and follows the scale it is given', () => {
    expect(marksFor(fig('a', 96, '10k persons'))).toEqual({ unit: 'people', marks: 9 });
    expect(marksFor(fig('a', 99.9, '10k persons'))).toEqual({ unit: 'people', marks: 9 });
    expect(marksFor(fig('a', 960, '10k persons'), 100)).toEqual({ unit: 'people', marks: 9 });
    expect(marksFor(fig('a', 0.3 * 3 * 10, '10k persons'), 1)).toEqual({ unit: 'people', marks: 9 });
    const svg = measuresChart([fig('p', 57, '10k persons')], { locale: 'en', ids: ['p'], perMark10k: 5 });
    expect(squares(svg, 'p')).toBe(11);
    expect(svg).toContain('one square = 50,000 people');
  });
  it('refuses units it cannot count and ids it does not know', () => {
    expect(() => marksFor(fig('y', 6601, '100m yuan'))).toThrow(/only "10k persons" and "ethnic groups"/);
    expect(() => marksFor(fig('g', 2.5, 'ethnic groups'))).toThrow(/whole number/);
    expect(() => measureRows(figures, ['no_such_figure'])).toThrow(/no_such_figure/);
  });
});

describe('measures: words and status', () => {
  it('keeps the qualifiers, says the scale, the rounding and the other unit', () => {
    const en = measuresChart(figures, { locale: 'en' });
    expect(en).toContain('more than 9.6 million');
    expect(en).toContain('nearly 20 million');
    expect(en).toContain('one square = 100,000 people');
    expect(en).toContain('one circle = one ethnic group');
    expect(en).toMatch(/rounded down/);
    expect(en).toContain('A different unit: groups, not people.');
    const zh = measuresChart(figures, { locale: 'zh' });
    expect(zh).toContain('960多万');
    expect(zh).toContain('近2000万');
    expect(zh).toContain('每个方块 = 10万人');
    expect(zh).toContain('向下取整');
  });
  it('draws an unverified figure apart and labels it, never as fact', () => {
    const fs = [fig('a', 100, '10k persons'), fig('b', 50, '10k persons', 'unverified', 'more_than')];
    const svg = measuresChart(fs, { locale: 'en', ids: ['a', 'b'] });
    expect(svg).toMatch(/class="measure people official" data-id="a"/);
    expect(svg).toMatch(/class="measure people unverified" data-id="b"/);
    expect(svg).toContain('label b (unverified)');
    expect(svg).toContain('Hollow marks: unverified figure');
    expect(measuresChart(fs, { locale: 'zh', ids: ['a', 'b'] })).toContain('标签b（未经核实）');
    // The official-only chart carries no unverified note.
    expect(measuresChart(figures, { locale: 'en' })).not.toContain('Hollow marks');
  });
  it('has an accessible name and a description that counts the marks', () => {
    const svg = measuresChart(figures, { locale: 'en', id: 'm1' });
    expect(svg).toMatch(/role="img" aria-labelledby="m1-title m1-desc"/);
    expect(svg).toMatch(/<desc id="m1-desc">Unit chart\. more than 9\.6 million people relocated[^<]*: 96 squares/);
    expect(svg).not.toMatch(/style=/);
  });
  it('wraps labels to the width', () => {
    const narrow = measuresChart(figures, { locale: 'en', width: 360 });
    expect(narrow).toMatch(/viewBox="0 0 360 \d+"/);
  });
});

describe('measures: data table', () => {
  it('one row per measure: as published, marks and status', async () => {
    const { measuresTable } = await import('../../src/charts/measures');
    const t = measuresTable(figures, 'en');
    expect(t.rows.map((r) => r[1])).toEqual(['more than 9.6 million', 'more than 1.1 million', 'nearly 20 million', 'more than 24 million', '28 groups']);
    expect(t.rows.map((r) => r[2])).toEqual(['96 squares', '11 squares', '200 squares', '240 squares', '28 circles']);
    expect(measuresTable([fig('b', 50, '10k persons', 'unverified')], 'zh', ['b']).rows[0]).toEqual(['标签b', '50万', '5个方块', '未经核实']);
  });
});
