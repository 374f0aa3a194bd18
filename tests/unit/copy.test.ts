import { describe, expect, it } from 'vitest';
import { CopyError, fillPlaceholders, renderMarkdown, resolvePlaceholder, strayNumbers, type CopyData } from '../../src/lib/copy';

const v = (value: number, status: 'official' | 'derived' | 'unverified' = 'official') => ({ value, unit: '10k persons', status, source: 's' });
const data: CopyData = {
  national: [
    { year: 2010, ruralPoor: v(16567, 'unverified'), ruralPoorRounded: null, incidence: null, povertyLine: null, poorAreaIncome: null, reduction: null },
    { year: 2013, ruralPoor: v(8249), ruralPoorRounded: null, incidence: { ...v(8.5), unit: 'percent' }, povertyLine: null, poorAreaIncome: null, reduction: null, ruralIncome: { ...v(1234), unit: 'yuan' } },
  ],
  figures: [
    { id: 'relocated', value: 960, unit: '10k persons', qualifier: 'more_than', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's' },
    { id: 'last_exit', value: 9, unit: 'counties', qualifier: 'exact', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's', date: '2020-11-23' },
    { id: 'rule', value: 2, unit: 'percent', qualifier: 'exact', year: 2016, labelEn: 'x', labelZh: 'x', status: 'official', source: 's', date: '2016-04' },
    { id: 'gap', value: 2.3, unit: 'percentage points', qualifier: 'exact', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's' },
    { id: 'undated', value: 1, unit: 'counties', qualifier: 'exact', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's' },
    { id: 'guess', value: 3, unit: 'counties', qualifier: 'exact', year: 2020, labelEn: 'x', labelZh: 'x', status: 'unverified', source: 's', date: '2020-01-02' },
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
    expect(fillPlaceholders('{national.ruralPoor.2010|marked}', data, 'en')).toBe('165.67 million <span class="status-unverified">(unverified)</span>');
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
