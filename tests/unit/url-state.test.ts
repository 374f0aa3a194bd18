import { describe, expect, it } from 'vitest';
import { parseChartParams, parseTheme } from '../../src/lib/url-state';
import { MAP_YEARS } from '../../src/lib/exits-map';
import { EXIT_YEARS } from '../../src/lib/years';

const YEARS = [...EXIT_YEARS];

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

describe('parseChartParams on the exits map: ?year= 2015–2020 and ?county= of a known county', () => {
  const KNOWN = new Set(['341221', '632803', 'HX-LENGHU']);
  it.each([
    ['?year=2018&county=341221', { year: 2018, county: '341221' }],
    ['?year=2015', { year: 2015 }],
    ['?county=HX-LENGHU', { county: 'HX-LENGHU' }],
    ['?county=632803&year=2014', { county: '632803' }],
    ['?year=9999&county=999999', {}],
    ['?year=<script>&county=<script>', {}],
    ['?county=../../x', {}],
    ['?county=..%2F..%2Fx', {}],
    ['?county=341221%22%3E%3Cimg', {}],
    ['?county=34122', {}],
    ['?county=3412210', {}],
    ['?county=hx-lenghu', {}],
    ['?county=%20341221', {}],
    ['?county=341221&county=999999', { county: '341221' }],
    ['?county=', {}],
    ['?year=2020&COUNTY=341221', { year: 2020 }],
  ])('%s → %o', (search, expected) => {
    expect(parseChartParams(search, MAP_YEARS, { counties: KNOWN })).toEqual(expected);
  });

  it('accepts a membership test instead of a set, and ignores ?county= without one', () => {
    expect(parseChartParams('?county=341221', MAP_YEARS, { counties: (id) => id === '341221' })).toEqual({ county: '341221' });
    expect(parseChartParams('?county=341222', MAP_YEARS, { counties: (id) => id === '341221' })).toEqual({});
    expect(parseChartParams('?county=341221', MAP_YEARS)).toEqual({});
  });

  it('never hands a shape-valid id to the membership test unless it has the id shape', () => {
    const seen: string[] = [];
    parseChartParams('?county=<b>x</b>', MAP_YEARS, { counties: (id) => (seen.push(id), true) });
    expect(seen).toEqual([]);
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
    expect(parseChartParams(search, YEARS, { areas: AREAS })).toEqual(expected);
  });
  it('ignores ?area= where the chart has no areas', () => expect(parseChartParams('?area=wuling', YEARS)).toEqual({}));
});

describe('parseTheme reads ?theme=light|dark and ignores anything else', () => {
  it.each([
    ['?theme=light', 'light'],
    ['?theme=dark', 'dark'],
    ['theme=dark&year=2018', 'dark'],
    ['?year=2018&theme=light', 'light'],
    ['?theme=light&theme=dark', 'light'],
    ['?theme=%6C%69%67%68%74', 'light'],
    ['', undefined],
    ['?theme=', undefined],
    ['?theme=bogus', undefined],
    ['?theme=Light', undefined],
    ['?theme=DARK', undefined],
    ['?theme=%20light', undefined],
    ['?theme=light%20', undefined],
    ['?theme=auto', undefined],
    ['?theme=light;background:red', undefined],
    ['?theme=<script>alert(1)</script>', undefined],
    ['?THEME=dark', undefined],
    ['?theme[]=dark', undefined],
  ])('%s → %s', (search, expected) => {
    expect(parseTheme(search)).toBe(expected);
  });
});
