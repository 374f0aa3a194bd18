import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatTenThousands } from '../../src/lib/format';

describe('formatTenThousands', () => {
  it.each([
    [9899, 'en', '98.99 million'],
    [8249, 'en', '82.49 million'],
    [5575, 'en', '55.75 million'],
    [551, 'en', '5.51 million'],
    [47, 'en', '470,000'],
    [0, 'en', 'zero'],
    [77039, 'en', '770.39 million'],
    [9899, 'zh', '9899万'],
    [551, 'zh', '551万'],
    [77000, 'zh', '7.7亿'],
    [0, 'zh', '0'],
  ] as const)('%d (10k) in %s → %s', (v, l, out) => {
    expect(formatTenThousands(v, l)).toBe(out);
  });
});

describe('formatFigure keeps qualifiers as data', () => {
  it.each([
    [{ value: 960, unit: '10k persons', qualifier: 'more_than' }, 'en', 'more than 9.6 million'],
    [{ value: 960, unit: '10k persons', qualifier: 'more_than' }, 'zh', '960多万'],
    [{ value: 2000, unit: '10k persons', qualifier: 'nearly' }, 'en', 'nearly 20 million'],
    [{ value: 2000, unit: '10k persons', qualifier: 'nearly' }, 'zh', '近2000万'],
    [{ value: 110, unit: '10k persons', qualifier: 'more_than' }, 'en', 'more than 1.1 million'],
    [{ value: 12.8, unit: '10k villages', qualifier: 'exact' }, 'en', '128,000'],
    [{ value: 12.8, unit: '10k villages', qualifier: 'exact' }, 'zh', '12.8万'],
    [{ value: 28, unit: 'ethnic groups', qualifier: 'exact' }, 'en', '28 ethnic groups'],
    [{ value: 28, unit: 'ethnic groups', qualifier: 'exact' }, 'zh', '28个'],
    [{ value: 1800, unit: 'persons', qualifier: 'more_than' }, 'en', 'more than 1,800 people'],
    [{ value: 1800, unit: 'persons', qualifier: 'more_than' }, 'zh', '1800多名'],
    [{ value: 2300, unit: 'yuan per person per year', qualifier: 'exact' }, 'en', '2,300 yuan'],
    [{ value: 2300, unit: 'yuan per person per year', qualifier: 'exact' }, 'zh', '2300元'],
    [{ value: 6601, unit: '100m yuan', qualifier: 'exact' }, 'en', '660.1 billion yuan'],
    [{ value: 6601, unit: '100m yuan', qualifier: 'exact' }, 'zh', '6601亿元'],
    [{ value: 50, unit: 'trips', qualifier: 'more_than' }, 'en', 'more than 50 trips'],
  ] as const)('%o in %s → %s', (f, l, out) => {
    expect(formatFigure(f, l)).toBe(out);
  });
});

describe('formatDate', () => {
  it.each([
    ['2013-11-03', 'en', '3 November 2013'],
    ['2013-11-03', 'zh', '2013年11月3日'],
    ['2019-04', 'en', 'April 2019'],
    ['2020', 'zh', '2020年'],
  ] as const)('%s in %s → %s', (d, l, out) => expect(formatDate(d, l)).toBe(out));
});
