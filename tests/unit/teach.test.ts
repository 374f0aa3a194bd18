/**
 * Lesson notes: every chart and map of the catalog has notes in each locale (a new chart without
 * them fails here), every note fits the schema, has no typed numbers, and renders with the
 * computed answers; the answers are computed from data/ (checked against independent counts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CHARTS } from '../../src/site/chart-catalog';
import { LOCALES } from '../../src/lib/i18n';
import { national, regional, counties, provinces, areas, figures, places } from '../../src/lib/data';
import { calcNames, renderTeach, teachCalcs, TeachError, type TeachData } from '../../src/site/teach';
import { teachSchema, type TeachChartNotes } from '../../src/site/teach-schema';
import { strayNumbers } from '../../src/lib/copy';

const DIR = path.resolve(__dirname, '../../src/content/teach');
const data: TeachData = { national, regional, counties, provinces, areas, figures, places };

function readNotes(locale: string) {
  return readdirSync(path.join(DIR, locale))
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(path.join(DIR, locale, file), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?/.exec(text);
      if (!m) throw new Error(`${locale}/${file}: no front matter`);
      return { file, data: teachSchema.parse(parseYaml(m[1]!)) };
    });
}

const strings = (n: ReturnType<typeof readNotes>[number]['data']): string[] =>
  n.kind === 'chart'
    ? [n.shows, n.read, ...n.questions, n.activity, n.answer]
    : [n.title, n.intro, ...n.terms.flatMap((t) => [t.term, t.definition]), ...n.caveats];

describe.each(LOCALES)('lesson notes (%s)', (locale) => {
  const notes = readNotes(locale);
  const charts = notes.filter((n) => n.data.kind === 'chart').map((n) => ({ file: n.file, data: n.data as TeachChartNotes }));

  it.each(CHARTS.map((c) => c.slug))('has notes for the catalog chart %s', (slug) => {
    const found = charts.filter((n) => n.data.chart === slug);
    expect(
      found.map((n) => n.file),
      `src/content/teach/${locale}/${slug}.md is missing`,
    ).toEqual([`${slug}.md`]);
  });

  it('has no notes for charts that are not in the catalog, and one page file', () => {
    const slugs = new Set(CHARTS.map((c) => c.slug));
    expect(charts.filter((n) => !slugs.has(n.data.chart)).map((n) => n.file)).toEqual([]);
    expect(notes.filter((n) => n.data.kind === 'page').map((n) => n.file)).toEqual(['_page.md']);
  });

  // (column names in `code` are not figures)
  it('types no numbers: figures are placeholders', () => {
    for (const n of notes)
      for (const s of strings(n.data)) expect(strayNumbers(s.replace(/`[^`]*`/g, '')), `${locale}/${n.file}: "${s.slice(0, 60)}…"`).toEqual([]);
  });

  it('renders every text, placeholders and answers filled', () => {
    const calcs = teachCalcs(data, locale);
    for (const n of notes)
      for (const s of strings(n.data)) {
        for (const name of calcNames(s)) expect(calcs, `${locale}/${n.file}: {calc.${name}}`).toHaveProperty(name);
        const html = renderTeach(s, data, locale, `${locale}/${n.file}`, calcs);
        expect(html).not.toMatch(/\{[a-zA-Z]+\.[a-zA-Z0-9_.]+\}/);
      }
  });

  it('each activity answer uses computed values', () => {
    for (const n of charts) expect(calcNames(n.data.answer).length, n.file).toBeGreaterThan(0);
  });
});

describe('teachCalcs computes the answers from data', () => {
  const en = teachCalcs(data, 'en');
  it('draws one square per 100,000 people, rounded down, for the measures', () => {
    const relocated = figures.find((f) => f.id === 'relocated')!;
    expect(en.relocatedSquares).toBe(String(Math.floor(relocated.value / 10)));
  });
  it('compares incomes only in a year where both series are verified', () => {
    const y = national.find((n) => String(n.year) === en.incomeYear)!;
    expect(y.poorAreaIncome!.status).not.toBe('unverified');
    expect(y.ruralIncome!.status).not.toBe('unverified');
  });
  it('counts the long view’s official and unverified values apart', () => {
    const withPoor = national.filter((n) => n.ruralPoor);
    expect(Number(en.seriesOfficialCount) + Number(en.seriesUnverifiedCount)).toBeLessThanOrEqual(withPoor.length);
    expect(en.seriesUnverifiedCount).toBe(String(withPoor.filter((n) => n.ruralPoor!.status === 'unverified').length));
  });
  it('average yearly fall 2013–2020 from the national series', () => {
    const p13 = national.find((n) => n.year === 2013)!.ruralPoor!.value;
    const p20 = national.find((n) => n.year === 2020)!.ruralPoor!.value;
    const avg = Math.round(((p13 - p20) / 7) * 100) / 100;
    expect(en.avgFall10k).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(avg));
  });
  it('the year most counties left, counted independently', () => {
    const tally: Record<number, number> = {};
    for (const c of counties) tally[c.exitYear] = (tally[c.exitYear] ?? 0) + 1;
    const [year, count] = Object.entries(tally).sort((a, b) => b[1] - a[1])[0]!;
    expect(en.peakExitYear).toBe(year);
    expect(en.peakExitCount).toBe(String(count));
  });
  it('the province with the most counties', () => {
    const tally = new Map<string, number>();
    for (const c of counties) tally.set(c.province, (tally.get(c.province) ?? 0) + 1);
    const max = Math.max(...tally.values());
    const code = [...tally].find(([, v]) => v === max)![0];
    expect(en.topProvince).toBe(provinces.find((p) => p.code === code)!.nameEn);
    expect(teachCalcs(data, 'zh').topProvince).toBe(provinces.find((p) => p.code === code)!.nameZh);
  });
  it('changes with the data (an answer is not typed)', () => {
    const moved = counties.map((c, i) => (i < 400 ? { ...c, exitYear: 2017 } : c));
    expect(teachCalcs({ ...data, counties: moved }, 'en').peakExitYear).toBe('2017');
  });
  it('refuses an unverified value and an unknown name', () => {
    const bad = national.map((n) => (n.year === 2013 ? { ...n, ruralPoor: { ...n.ruralPoor!, status: 'unverified' as const } } : n));
    expect(() => teachCalcs({ ...data, national: bad }, 'en')).toThrow(TeachError);
    expect(() => renderTeach('{calc.nope}', data, 'en')).toThrow(/unknown \{calc\.nope\}/);
  });
  it('joins folded Chinese lines without a space, and keeps English spaces', () => {
    expect(renderTeach('第一行\n第二行', data, 'zh')).toBe('<p>第一行第二行</p>');
    expect(renderTeach('one\ntwo', data, 'en')).toBe('<p>one two</p>');
  });
});
