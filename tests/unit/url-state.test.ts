import { describe, expect, it } from 'vitest';
import { parseChartParams } from '../../src/lib/url-state';

const YEARS = [2016, 2017, 2018, 2019, 2020];

describe('parseChartParams reads only known parameters with known values', () => {
  it.each([
    ['?year=2018', { year: 2018 }],
    ['year=2020', { year: 2020 }],
    ['', {}],
    ['?year=2015', {}],
    ['?year=2018.0', {}],
    ['?year=18', {}],
    ['?year=<script>', {}],
    ['?year=2018&year=2019', { year: 2018 }],
    ['?q=<img src=x onerror=alert(1)>', {}],
    ['?YEAR=2018', {}],
    ['?year=%32%30%31%38', { year: 2018 }],
  ])('%s → %o', (search, expected) => {
    expect(parseChartParams(search, YEARS)).toEqual(expected);
  });
});

describe('parseChartParams reads ?area= only as a known area id', () => {
  const AREAS = ['wuling', 'tibet', 'exits'];
  it.each([
    ['?area=wuling', { area: 'wuling' }],
    ['?area=exits', { area: 'exits' }],
    ['?area=Wuling', {}],
    ['?area=wuling%20', {}],
    ['?area=nowhere', {}],
    ['?area=<script>alert(1)</script>', {}],
    ['?area=__proto__', {}],
    ['?area=', {}],
    ['?area=tibet&area=wuling', { area: 'tibet' }],
    ['?area=wuling&year=2018', { area: 'wuling', year: 2018 }],
  ])('%s → %o', (search, expected) => {
    expect(parseChartParams(search, YEARS, AREAS)).toEqual(expected);
  });
  it('ignores ?area= where the chart has no areas', () => expect(parseChartParams('?area=wuling', YEARS)).toEqual({}));
});
