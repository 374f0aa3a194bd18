import { describe, expect, it } from 'vitest';
import { CopyError, fillPlaceholders, renderMarkdown, resolvePlaceholder, strayNumbers, type CopyData } from '../../src/lib/copy';

const v = (value: number, status: 'official' | 'derived' | 'unverified' = 'official') => ({ value, unit: '10k persons', status, source: 's' });
const data: CopyData = {
  national: [
    { year: 2010, ruralPoor: v(16567, 'unverified'), ruralPoorRounded: null, incidence: null, povertyLine: null, poorAreaIncome: null, reduction: null },
    {
      year: 2013,
      ruralPoor: v(8249),
      ruralPoorRounded: null,
      incidence: { ...v(8.5), unit: 'percent' },
      povertyLine: null,
      poorAreaIncome: null,
      reduction: null,
      ruralIncome: { ...v(1234), unit: 'yuan' },
    },
  ],
  figures: [
    { id: 'relocated', value: 960, unit: '10k persons', qualifier: 'more_than', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's' },
    {
      id: 'last_exit',
      value: 9,
      unit: 'counties',
      qualifier: 'exact',
      year: 2020,
      labelEn: 'x',
      labelZh: 'x',
      status: 'official',
      source: 's',
      date: '2020-11-23',
    },
    { id: 'rule', value: 2, unit: 'percent', qualifier: 'exact', year: 2016, labelEn: 'x', labelZh: 'x', status: 'official', source: 's', date: '2016-04' },
    { id: 'gap', value: 2.3, unit: 'percentage points', qualifier: 'exact', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's' },
    { id: 'undated', value: 1, unit: 'counties', qualifier: 'exact', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's' },
    {
      id: 'guess',
      value: 3,
      unit: 'counties',
      qualifier: 'exact',
      year: 2020,
      labelEn: 'x',
      labelZh: 'x',
      status: 'unverified',
      source: 's',
      date: '2020-01-02',
    },
  ],
  counties: [
    { exitYear: 2016, region: 'west', province: '54' },
    { exitYear: 2016, region: 'east', province: '13' },
    { exitYear: 2016, region: 'west', province: '54' },
    { exitYear: 2020, region: 'west', province: '52' },
  ],
  areas: [],
  places: [{ id: 'shibadong', date: '2013-11-03', status: 'official', source: 's' }],
};

describe('placeholders', () => {
  it.each([
    ['{national.ruralPoor.2013}', 'en', '82.49 million'],
    ['{national.ruralPoor.2013}', 'zh', '8249万'],
    ['{national.incidence.2013}', 'en', '8.5%'],
    ['{figure.relocated}', 'en', 'more than 9.6 million'],
    ['{exits.2016}', 'en', '3'],
    ['{exits.total}', 'zh', '4'],
    ['{exitsIn.2016.west}', 'en', '2'],
    ['{exitProvinces.2016}', 'en', '2'],
    ['{exitProvinces.2020}', 'zh', '1'],
    ['{date.last_exit}', 'en', '23 November 2020'],
    ['{date.last_exit}', 'zh', '2020年11月23日'],
    ['{date.rule}', 'en', 'April 2016'],
    ['{date.shibadong}', 'en', '3 November 2013'],
    ['{date.shibadong}', 'zh', '2013年11月3日'],
    ['{figure.gap}', 'en', '2.3 percentage points'],
    ['{figure.gap}', 'zh', '2.3个百分点'],
    ['{national.ruralIncome.2013}', 'en', '1,234 yuan'],
  ] as const)('%s in %s → %s', (p, l, out) => expect(fillPlaceholders(p, data, l)).toBe(out));

  it('refuses an unverified value shown as fact', () => {
    expect(() => fillPlaceholders('In 2010, {national.ruralPoor.2010}.', data, 'en', 'x.md')).toThrow(/x\.md: \{national\.ruralPoor\.2010\} is unverified/);
  });
  it('shows an unverified value only with a visible mark when asked', () => {
    expect(fillPlaceholders('{national.ruralPoor.2010|marked}', data, 'en')).toBe('165.67 million<span class="status-unverified"> (unverified)</span>');
  });
  it('refuses {count.…} for a figure with a qualifier, which would drop it', () => {
    expect(() => resolvePlaceholder('count.relocated', data, 'en')).toThrow(CopyError);
  });
  it('refuses a date the data do not have, and an unverified date shown as fact', () => {
    expect(() => resolvePlaceholder('date.undated', data, 'en')).toThrow(/no date/);
    expect(() => resolvePlaceholder('date.nowhere', data, 'en')).toThrow(CopyError);
    expect(() => fillPlaceholders('{date.guess}', data, 'en')).toThrow(/unverified/);
  });
  it('refuses {exitProvinces.…} when the counties carry no province', () => {
    expect(() => resolvePlaceholder('exitProvinces.2016', { ...data, counties: [{ exitYear: 2016, region: 'west' }] }, 'en')).toThrow(/provinces/);
  });
  it('fails on an unknown placeholder', () => {
    expect(() => fillPlaceholders('{national.ruralPoor.1999}', data, 'en')).toThrow(CopyError);
    expect(() => fillPlaceholders('{nope.x}', data, 'en')).toThrow(CopyError);
  });
});

describe('area placeholders', () => {
  type M = CopyData['areas'][number]['members'][number];
  const m = (county: string, status: M['status'], confidence: M['confidence']): M =>
    ({ county, status, confidence, sourceKind: 'x', sources: ['s'], note: '' }) as M;
  const count = (value: number, status: 'official' | 'unverified' = 'official') => ({ value, unit: 'counties', status, source: 'list' });
  const areaData: CopyData = {
    ...data,
    counties: [
      { id: 'c1', exitYear: 2016, region: 'west' },
      { id: 'c2', exitYear: 2019, region: 'west' },
      { id: 'c3', exitYear: 2020, region: 'west' },
      { id: 'c4', exitYear: 2020, region: 'west' },
      { id: 'c5', exitYear: 2018, region: 'west' },
      { id: 'c6', exitYear: 2017, region: 'east' },
      { id: 'c7', exitYear: 2018, region: 'east' },
      { id: 'c8', exitYear: 2019, region: 'west' },
    ],
    areas: [
      // a1: three solid members (c1, c2, c8), one unverified (c3), one low-confidence lead (c4): the lead and the unverified row never count.
      {
        id: 'a1',
        counties: count(3),
        complete: true,
        members: [
          m('c1', 'official', 'high'),
          m('c2', 'derived', 'medium'),
          m('c8', 'official', 'high'),
          m('c3', 'unverified', 'high'),
          m('c4', 'unverified', 'low'),
        ],
      },
      // a2: no solid member, an unverified official count.
      { id: 'a2', counties: count(5, 'unverified'), complete: false, members: [m('c5', 'unverified', 'medium')] },
      // a3: two solid members leaving in different years (a tie for the peak), list incomplete.
      { id: 'a3', counties: count(4), complete: false, members: [m('c6', 'official', 'high'), m('c7', 'official', 'medium')] },
    ],
    areaFacts: [
      { id: 'pct', value: 5.6, unit: 'percent', status: 'official', source: 's' },
      { id: 'km', value: 15.27, unit: '10k km²', status: 'official', source: 's' },
      { id: 'people', value: 96, unit: '10k persons', status: 'official', source: 's' },
      { id: 'many', value: 793, unit: '10k persons', status: 'official', source: 's' },
      { id: 'yuan', value: 8429, unit: 'yuan per capita, current prices', status: 'official', source: 's' },
      { id: 'cty', value: 35, unit: 'counties', status: 'derived', source: 's' },
      { id: 'guess', value: 11, unit: '10k km²', status: 'unverified', source: 's' },
    ],
  };

  it.each([
    ['{area.a1.counties}', 'en', '3'],
    ['{area.a1.identified}', 'en', '3'],
    ['{area.a1.unverified}', 'zh', '1'],
    ['{area.a2.identified}', 'en', '0'],
    ['{area.a2.counties|marked}', 'en', '5<span class="status-unverified"> (unverified)</span>'],
    ['{areaFact.pct}', 'en', '5.6%'],
    ['{areaFact.pct}', 'zh', '5.6%'],
    ['{areaFact.km}', 'en', '152,700 km²'],
    ['{areaFact.km}', 'zh', '15.27万平方公里'],
    ['{areaFact.people}', 'en', '960,000'],
    ['{areaFact.people}', 'zh', '96万'],
    ['{areaFact.many}', 'en', '7.93 million'],
    ['{areaFact.yuan}', 'en', '8,429 yuan'],
    ['{areaFact.yuan}', 'zh', '8429元'],
    ['{areaFact.cty}', 'en', '35 counties'],
    ['{areaFact.cty}', 'zh', '35个'],
    ['{areaFact.guess|marked}', 'zh', '11万平方公里<span class="status-unverified">（未经核实）</span>'],
    ['{areaExits.a1.first}', 'en', '2016'],
    // c3 (unverified) and c4 (low) left in 2020; only identified members count, so the last year is 2019.
    ['{areaExits.a1.last}', 'en', '2019'],
    ['{areaExits.a1.peak}', 'zh', '2019'],
    ['{areaExits.a1.peakCount}', 'en', '2'],
    ['{areaExits.a1.2016}', 'en', '1'],
    ['{areaExits.a3.first}', 'en', '2017'],
    ['{areasAll.identified}', 'en', '5'],
    ['{areasAll.unverified}', 'en', '2'],
    ['{areasAll.completeSolid}', 'en', '1'],
    ['{areasAll.withIdentified}', 'en', '2'],
    ['{areasAll.exits.2019}', 'en', '2'],
    ['{areasAll.exits.2018}', 'en', '1'],
    ['{areasAll.exits.peak}', 'en', '2019'],
    ['{areas.complete}', 'en', '1'],
  ] as const)('%s in %s → %s', (p, l, out) => expect(fillPlaceholders(p, areaData, l)).toBe(out));

  it.each([
    ['{area.a2.counties}', /unverified/],
    ['{areaFact.guess}', /\{areaFact\.guess\} is unverified/],
    ['{area.a1.known}', /use \{area\.a1\.identified\}/],
    ['{area.nowhere.identified}', /no area nowhere/],
    ['{areaFact.nowhere}', /no area fact/],
    ['{areaExits.a2.first}', /no identified member counties/],
    ['{areaExits.a3.peak}', /2017 and 2018 tie/],
    ['{areaExits.a1.2017}', /no identified member left the list in 2017/],
    ['{areaExits.a1.median}', /unknown exit statistic/],
    ['{areasAll.exits.2020}', /no identified member left the list in 2020/],
    ['{areasAll.everything}', /unknown placeholder/],
  ] as const)('%s fails (%s)', (p, err) => {
    expect(() => fillPlaceholders(p, areaData, 'en')).toThrow(CopyError);
    expect(() => fillPlaceholders(p, areaData, 'en')).toThrow(err);
  });

  it('fails on exit placeholders when the counties carry no ids', () => {
    expect(() => resolvePlaceholder('areaExits.a1.first', { ...areaData, counties: [{ exitYear: 2016, region: 'west' }] }, 'en')).toThrow(/ids/);
  });
  it('fails on {areaFact.…} when no area facts are given', () => {
    expect(() => resolvePlaceholder('areaFact.pct', { ...areaData, areaFacts: undefined }, 'en')).toThrow(/no area fact/);
  });
});

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis, links and quotes, and escapes HTML', () => {
    expect(renderMarkdown('A **b** *c* [d](/e/)\n\n> q\n\n<script>x</script>')).toBe(
      '<p>A <strong>b</strong> <em>c</em> <a href="/e/">d</a></p>\n<blockquote><p>q</p></blockquote>\n<p>&lt;script&gt;x&lt;/script&gt;</p>',
    );
  });
  it('does not link javascript: URLs', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('<a');
  });
});

describe('strayNumbers', () => {
  it('finds hand-typed figures but allows years and placeholders', () => {
    expect(strayNumbers('In 2013, {national.ruralPoor.2013} and 82.49 million and 7 areas')).toEqual(['82.49', '7']);
    expect(strayNumbers('2013年11月3日，共有8249万人')).toEqual(['8249']);
    // An English day of the month is a typed number: dates come from {date.…}.
    expect(strayNumbers('on 23 November 2020, on {date.last_exit}')).toEqual(['23']);
  });
});
