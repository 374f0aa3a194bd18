import { describe, expect, it } from 'vitest';
import { CopyError, fillPlaceholders, renderMarkdown, resolvePlaceholder, strayNumbers, type CopyData } from '../../src/lib/copy';

const v = (value: number, status: 'official' | 'derived' | 'unverified' = 'official') => ({ value, unit: '10k persons', status, source: 's' });
const data: CopyData = {
  national: [
    { year: 2010, ruralPoor: v(16567, 'unverified'), ruralPoorRounded: null, incidence: null, povertyLine: null, poorAreaIncome: null, reduction: null },
    { year: 2013, ruralPoor: v(8249), ruralPoorRounded: null, incidence: { ...v(8.5), unit: 'percent' }, povertyLine: null, poorAreaIncome: null, reduction: null },
  ],
  figures: [{ id: 'relocated', value: 960, unit: '10k persons', qualifier: 'more_than', year: 2020, labelEn: 'x', labelZh: 'x', status: 'official', source: 's' }],
  counties: [{ exitYear: 2016, region: 'west' }, { exitYear: 2016, region: 'east' }, { exitYear: 2020, region: 'west' }],
  areas: [],
};

describe('placeholders', () => {
  it.each([
    ['{national.ruralPoor.2013}', 'en', '82.49 million'],
    ['{national.ruralPoor.2013}', 'zh', '8249万'],
    ['{national.incidence.2013}', 'en', '8.5%'],
    ['{figure.relocated}', 'en', 'more than 9.6 million'],
    ['{exits.2016}', 'en', '2'],
    ['{exits.total}', 'zh', '3'],
    ['{exitsIn.2016.west}', 'en', '1'],
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
  });
});
