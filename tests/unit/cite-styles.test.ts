import { describe, expect, it } from 'vitest';
import { LOCALES, strings } from '../../src/lib/i18n';
import { buildDay } from '../../src/site/build-date';
import {
  CITE_STYLES,
  citeParts,
  citeText,
  formatAccessed,
  isCiteStyle,
  isoDay,
  localYmd,
  parseYmd,
  titleCase,
  type CiteStyle,
  type CiteWork,
} from '../../src/lib/cite-styles';

const DAY = { year: 2026, month: 12, day: 7 };
const URL_EN = 'https://charts.example.edu/charts/#poor-population';
const URL_ZH = 'https://charts.example.edu/zh/charts/#poor-population';
const chartEn: CiteWork = { site: 'From 82.49 million to zero', title: 'Rural poor population, 2012–2020', kind: 'chart', url: URL_EN, published: null };
const mapEn: CiteWork = {
  site: 'From 82.49 million to zero',
  title: 'Map: the 832 counties by the year they left the list, 2016–2020',
  kind: 'map',
  url: 'https://charts.example.edu/charts/#county-exits-map',
  published: null,
};
const siteEn: CiteWork = { site: 'From 82.49 million to zero', url: 'https://charts.example.edu/', published: null };
const chartZh: CiteWork = { site: '从8249万到零', title: '农村贫困人口，2012—2020年', kind: 'chart', url: URL_ZH, published: null };
const siteZh: CiteWork = { site: '从8249万到零', url: 'https://charts.example.edu/zh/', published: null };

describe('citeText: each style, table-driven', () => {
  it.each<[string, CiteStyle, CiteWork, string]>([
    [
      'APA 7, a chart',
      'apa',
      chartEn,
      'From 82.49 million to zero. (n.d.). Rural poor population, 2012–2020 [Chart]. Retrieved December 7, 2026, from https://charts.example.edu/charts/#poor-population',
    ],
    [
      'APA 7, a map',
      'apa',
      mapEn,
      'From 82.49 million to zero. (n.d.). Map: the 832 counties by the year they left the list, 2016–2020 [Map]. Retrieved December 7, 2026, from https://charts.example.edu/charts/#county-exits-map',
    ],
    ['APA 7, the site', 'apa', siteEn, 'From 82.49 million to zero. (n.d.). Retrieved December 7, 2026, from https://charts.example.edu/'],
    [
      'APA 7, dated',
      'apa',
      { ...chartEn, published: '2026-03-01' },
      'From 82.49 million to zero. (2026, March 1). Rural poor population, 2012–2020 [Chart]. Retrieved December 7, 2026, from https://charts.example.edu/charts/#poor-population',
    ],
    [
      'MLA 9, a chart',
      'mla',
      chartEn,
      '“Rural Poor Population, 2012–2020.” From 82.49 Million to Zero, charts.example.edu/charts/#poor-population. Accessed 7 Dec. 2026.',
    ],
    [
      'MLA 9, a map',
      'mla',
      mapEn,
      '“Map: The 832 Counties by the Year They Left the List, 2016–2020.” From 82.49 Million to Zero, charts.example.edu/charts/#county-exits-map. Accessed 7 Dec. 2026.',
    ],
    ['MLA 9, the site', 'mla', siteEn, 'From 82.49 Million to Zero. charts.example.edu/. Accessed 7 Dec. 2026.'],
    [
      'MLA 9, dated',
      'mla',
      { ...chartEn, published: '2026-09-15' },
      '“Rural Poor Population, 2012–2020.” From 82.49 Million to Zero, 15 Sept. 2026, charts.example.edu/charts/#poor-population. Accessed 7 Dec. 2026.',
    ],
    [
      'GB/T 7714, a chart',
      'gbt',
      chartZh,
      '从8249万到零. 农村贫困人口，2012—2020年[EB/OL]. [2026-12-07]. https://charts.example.edu/zh/charts/#poor-population.',
    ],
    ['GB/T 7714, the site', 'gbt', siteZh, '从8249万到零[EB/OL]. [2026-12-07]. https://charts.example.edu/zh/.'],
    [
      'GB/T 7714, dated',
      'gbt',
      { ...chartZh, published: '2026-03-01' },
      '从8249万到零. 农村贫困人口，2012—2020年[EB/OL]. (2026-03-01)[2026-12-07]. https://charts.example.edu/zh/charts/#poor-population.',
    ],
  ])('%s', (_name, style, work, want) => {
    expect(citeText(style, work, DAY)).toBe(want);
  });
});

describe('citeParts', () => {
  it.each<[CiteStyle, CiteWork, string[]]>([
    ['apa', chartEn, ['Rural poor population, 2012–2020']],
    ['apa', siteEn, ['From 82.49 million to zero']],
    ['mla', chartEn, ['From 82.49 Million to Zero']],
    ['mla', siteEn, ['From 82.49 Million to Zero']],
    ['gbt', chartZh, []],
  ])('%s: the italic runs are the titles the style sets in italics', (style, work, italic) => {
    expect(
      citeParts(style, work, DAY)
        .filter((p) => p.italic)
        .map((p) => p.text),
    ).toEqual(italic);
  });

  it.each(CITE_STYLES.map((s) => [s]))('%s: exactly one accessed-date run, the formatted day', (style) => {
    const dates = citeParts(style, style === 'gbt' ? chartZh : chartEn, DAY).filter((p) => p.accessed);
    expect(dates).toEqual([{ text: formatAccessed(style, DAY), accessed: true }]);
  });

  it('joins neighbouring plain runs', () => {
    const parts = citeParts('gbt', chartZh, DAY);
    expect(parts.map((p) => (p.accessed ? 'date' : 'text'))).toEqual(['text', 'date', 'text']);
  });
});

describe('dates', () => {
  it.each<[CiteStyle, { year: number; month: number; day: number }, string]>([
    ['apa', DAY, 'December 7, 2026'],
    ['apa', { year: 2027, month: 1, day: 31 }, 'January 31, 2027'],
    ['mla', DAY, '7 Dec. 2026'],
    ['mla', { year: 2026, month: 9, day: 1 }, '1 Sept. 2026'],
    ['mla', { year: 2026, month: 5, day: 3 }, '3 May 2026'],
    ['mla', { year: 2026, month: 6, day: 3 }, '3 June 2026'],
    ['gbt', DAY, '2026-12-07'],
    ['gbt', { year: 2027, month: 1, day: 5 }, '2027-01-05'],
  ])('%s %j → %s', (style, d, want) => expect(formatAccessed(style, d)).toBe(want));

  it.each<[unknown, ReturnType<typeof parseYmd>]>([
    ['2026-12-07', DAY],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-12-7', null],
    ['<script>', null],
    [null, null],
  ])('parseYmd(%j)', (s, want) => expect(parseYmd(s)).toEqual(want));

  it('reads the day of a Date on the local clock, and round-trips through isoDay', () => {
    const d = new Date(2026, 11, 7, 23, 59);
    expect(localYmd(d)).toEqual(DAY);
    expect(parseYmd(isoDay(DAY))).toEqual(DAY);
  });
});

describe('titleCase (MLA)', () => {
  it.each([
    ['Rural poor population, 2012–2020', 'Rural Poor Population, 2012–2020'],
    ['Rural incomes in poor areas, 2013–2020', 'Rural Incomes in Poor Areas, 2013–2020'],
    ['The measures, counted in people', 'The Measures, Counted in People'],
    ['The inspection visits, in date order', 'The Inspection Visits, in Date Order'],
    ['Map: the 832 counties by the year they left the list', 'Map: The 832 Counties by the Year They Left the List'],
    ['GDP and the rural poor', 'GDP and the Rural Poor'],
    ['what it was for', 'What It Was For'],
    ['农村贫困人口', '农村贫困人口'],
  ])('%s → %s', (s, want) => expect(titleCase(s)).toBe(want));
});

it('isCiteStyle accepts only the styles', () => {
  expect(CITE_STYLES.every(isCiteStyle)).toBe(true);
  for (const x of ['APA', 'chicago', '', null, 1]) expect(isCiteStyle(x)).toBe(false);
});

describe('the editions and the build day', () => {
  it.each(LOCALES.map((l) => [l]))('%s offers known styles, each with a name', (l) => {
    const L = strings(l).citeBox;
    const styles = L.styles.split(' ');
    expect(styles.length).toBeGreaterThan(0);
    for (const s of styles) {
      expect(isCiteStyle(s), s).toBe(true);
      expect(L.names[s as CiteStyle].trim()).not.toBe('');
    }
  });

  it('builds on today (UTC), or on SOURCE_DATE_EPOCH when it is set', () => {
    const now = new Date(Date.UTC(2026, 11, 7, 23, 30));
    expect(buildDay({}, now)).toEqual(DAY);
    expect(buildDay({ SOURCE_DATE_EPOCH: String(Date.UTC(2030, 0, 2, 12) / 1000) }, now)).toEqual({ year: 2030, month: 1, day: 2 });
    expect(buildDay({ SOURCE_DATE_EPOCH: 'soon' }, now)).toEqual(DAY);
  });
});
