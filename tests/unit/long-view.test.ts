import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/schemas';
import { longViewChart, longViewLabelYears, longViewPoints } from '../../src/charts/long-view';

const national = validateDataset('national', JSON.parse(readFileSync(new URL('../../data/national.json', import.meta.url), 'utf8')));

describe('long view', () => {
  const pts = longViewPoints(national);
  const svg = longViewChart(national, { locale: 'en' });
  it('covers 1978 to 2020 with every year that has a value', () => {
    expect(pts[0]!.year).toBe(1978);
    expect(pts.at(-1)!.year).toBe(2020);
    expect(pts.length).toBe(national.filter((y) => y.ruralPoor).length);
  });
  it('draws each value with its own status; unverified values hollow, their segments dashed', () => {
    for (const p of pts) expect(svg).toMatch(new RegExp(`<circle[^>]*class="dot ${p.status}" data-year="${p.year}"/>`));
    for (const [i, p] of pts.entries()) {
      if (i === 0) continue;
      const unverified = p.status === 'unverified' || pts[i - 1]!.status === 'unverified';
      expect(svg).toMatch(new RegExp(`class="seg${unverified ? ' unverified' : ''}" data-year="${p.year}"`));
    }
    expect(pts.filter((p) => p.status === 'unverified').length).toBeGreaterThan(0);
  });
  it('has a key that says what hollow means, and never labels an unverified value', () => {
    expect(svg).toMatch(/<g class="key"[^>]*>.*class="dot unverified".*unverified \(yearbook value, not checked here\)/);
    const labelled = [...svg.matchAll(/class="value-label" data-year="(\d+)"/g)].map((m) => Number(m[1]));
    expect(labelled).toEqual(longViewLabelYears(pts));
    for (const y of labelled) expect(pts.find((p) => p.year === y)!.status).toBe('official');
  });
  it('writes the note on comparability into the description, in both languages', () => {
    expect(svg).toMatch(/<desc[^>]*>[^<]*On comparability: [^<]*applied backwards[^<]*share of each year’s rural population/);
    const unv = pts
      .filter((p) => p.status === 'unverified')
      .map((p) => p.year)
      .join(', ');
    expect(svg).toContain(`Unverified values (${unv})`);
    const zh = longViewChart(national, { locale: 'zh', width: 360 });
    expect(zh).toMatch(/关于可比性：[^<]*回推[^<]*以当年农村人口为分母/);
    expect(zh).toContain('亿人');
  });
  it('without unverified values, no unverified key', () => {
    const official = longViewChart(national, { locale: 'en', from: 2011 });
    expect(official).not.toContain('dot unverified');
    expect(official).not.toContain('Unverified values');
  });
});

describe('long view: data table', () => {
  it('marks every unverified value', async () => {
    const { longViewTable } = await import('../../src/charts/long-view');
    const t = longViewTable(national, 'en');
    const pts = longViewPoints(national);
    expect(t.rows.length).toBe(pts.length);
    for (const [i, p] of pts.entries()) expect(t.rows[i]![1]!.endsWith('(unverified)')).toBe(p.status === 'unverified');
  });
});
