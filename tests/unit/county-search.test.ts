import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, gzipSize, kb } from '../../scripts/lib/budgets.ts';
import {
  MAX_QUERY,
  MAX_RESULTS,
  buildCountyIndex,
  buildOutsideNames,
  buildSearchKeys,
  parseOutsideNames,
  editDistance,
  normaliseQuery,
  parseCountyIndex,
  parseCountyParam,
  searchCounties,
  type FinderCounty,
} from '../../src/lib/county-search';
import { FINDER_STRINGS, fill } from '../../src/i18n/finder';

const load = (f: string): any[] => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
const counties = load('counties.json');
const provinces = load('provinces.json');
const areas = load('areas.json');
const file = buildCountyIndex({ counties, provinces, areas });
const index = parseCountyIndex(JSON.parse(JSON.stringify(file)));
const keys = buildSearchKeys(index);

const first = (q: string): FinderCounty | undefined => searchCounties(keys, q).matches[0]?.county;
const ids = (q: string): string[] => searchCounties(keys, q).matches.map((m) => m.county.id);

describe('the index', () => {
  it('round-trips every county with the fields the finder needs', () => {
    expect(index).toHaveLength(832);
    const c = index.find((x) => x.zh === '临泉县')!;
    expect(c).toEqual({
      id: '341221',
      zh: '临泉县',
      en: 'Linquan County',
      py: 'lin quan xian',
      province: '34',
      provinceZh: '安徽省',
      provinceEn: 'Anhui',
      prefectureZh: '阜阳市',
      prefectureEn: 'Fuyang City',
      exitYear: 2019,
      area: null,
    });
  });

  it('carries the area membership and its status, and null where none is identified', () => {
    const withArea = counties.filter((c: any) => c.areas.length);
    expect(index.filter((c) => c.area).length).toBe(withArea.length);
    const sample = withArea[0];
    const got = index.find((c) => c.id === sample.id)!;
    expect(got.area?.id).toBe(sample.areas[0].area);
    expect(got.area?.status).toBe(sample.areas[0].status);
    expect(got.area?.zh).toBe(areas.find((a: any) => a.id === sample.areas[0].area).nameZh);
  });

  it('has no prefecture for a county directly under its province', () => {
    const direct = counties.filter((c: any) => !/\p{Script=Han}/u.test(c.prefectureZh));
    expect(direct.length).toBeGreaterThan(0);
    for (const d of direct) expect(index.find((c) => c.id === d.id)?.prefectureZh).toBeNull();
  });

  it(`is small (at most ${kb(BUDGETS.countyIndex)} KB gzipped)`, () => {
    expect(gzipSize(JSON.stringify(file))).toBeLessThanOrEqual(BUDGETS.countyIndex);
  });

  it('skips malformed rows and malformed files without throwing', () => {
    expect(parseCountyIndex(null)).toEqual([]);
    expect(parseCountyIndex('x')).toEqual([]);
    expect(parseCountyIndex({ v: 2, p: {}, a: {}, c: [] })).toEqual([]);
    const bad = { ...file, c: [['1'], file.c[0], [1, 2, 3, 4, 5, 6, 7, 8, 9], ['x', 'a', 'b', 'c', '99', null, null, 2019, null]] };
    expect(parseCountyIndex(bad).map((c) => c.id)).toEqual([file.c[0]![0]]);
  });
});

describe('normaliseQuery', () => {
  it.each([
    ['临泉', 'han', ['临泉']],
    ['临泉县', 'han', ['临泉县', '临泉']],
    [' 临 泉 县 ', 'han', ['临泉县', '临泉']],
    ['linquan', 'latin', ['linquan']],
    ['Lin Quan', 'latin', ['linquan']],
    ['Linquan County', 'latin', ['linquancounty', 'linquan']],
    ['lin quan xian', 'latin', ['linquanxian', 'linquan']],
    ['linquanxian', 'latin', ['linquanxian', 'linquan']],
    ['ＬＩＮＱＵＡＮ', 'latin', ['linquan']],
    ["Xi'an", 'latin', ['xian']],
    ['Lüchun', 'latin', ['luchun']],
    ['lvchun', 'latin', ['luchun']],
    ['Lǜchūn', 'latin', ['luchun']],
    ['Gongshan Derung and Nu Autonomous County', 'latin', ['gongshanderungandnuautonomouscounty', 'gongshanderungandnu']],
    ['341221', 'digits', ['341221']],
    ['', 'empty', []],
    ['   ', 'empty', []],
    ['🙂🙂', 'empty', []],
  ] as const)('%j → %s %j', (q, kind, forms) => {
    const n = normaliseQuery(q);
    expect(n.kind).toBe(kind);
    expect(n.forms).toEqual(forms);
  });

  it('caps the length and drops control characters', () => {
    expect([...normaliseQuery('临'.repeat(500)).text].length).toBe(MAX_QUERY);
    expect(normaliseQuery('lin\u0000quan\u202e').forms).toEqual(['linquan']);
    expect(normaliseQuery(undefined).kind).toBe('empty');
    expect(normaliseQuery(42).kind).toBe('empty');
  });
});

describe('searchCounties: Chinese characters', () => {
  it.each([
    ['临泉', '341221'],
    ['临泉县', '341221'],
    ['临泉市', '341221'], // wrong suffix: falls back to the name without it
    ['蔚县', '130726'],
    ['秀山', '500241'],
    ['喀什', '653101'],
  ])('%s → %s first', (q, id) => {
    expect(first(q)?.id).toBe(id);
  });

  it('ranks exact before prefix before substring', () => {
    const r = searchCounties(keys, '临', 1000);
    const order = ['exact', 'prefix', 'substring'];
    const kinds = r.matches.map((m) => m.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // 临县 is exactly 临 without its suffix; 临泉县, 临洮县 … start with it
    expect(r.matches[0]).toMatchObject({ kind: 'exact', county: { zh: '临县' } });
    expect(kinds).toContain('prefix');
    const shan = searchCounties(keys, '山', 1000).matches;
    expect(shan.map((m) => m.kind)).toContain('substring');
    for (const m of shan) expect(m.county.zh.startsWith('山'), m.county.zh).toBe(m.kind !== 'substring');
    expect(r.total).toBe(r.matches.length);
  });

  it('matches a county exactly before one that merely starts with the same name', () => {
    // 和田县 and 和田市: typing 和田县 gives the county first
    expect(first('和田县')?.zh).toBe('和田县');
    expect(first('和田市')?.zh).toBe('和田市');
  });
});

describe('searchCounties: pinyin', () => {
  it.each([
    ['linquan', '341221'],
    ['lin quan', '341221'],
    ['Lin Quan', '341221'],
    ['LINQUAN', '341221'],
    ['lin quan xian', '341221'],
    ['linquanxian', '341221'],
    ['lin-quan', '341221'],
    ["lin'quan", '341221'],
    ['ｌｉｎｑｕａｎ', '341221'],
    ['xiushan', '500241'],
    ['luchun', '532531'],
    ['lvchun', '532531'],
    ['lüchun', '532531'],
  ])('%j → %s first', (q, id) => {
    expect(first(q)?.id).toBe(id);
  });

  it.each([
    // polyphones: the reading of the override table, not pinyin-pro's default
    ['yu xian', '蔚县'],
    ['yuxian', '蔚县'],
    ['fan shi', '繁峙县'],
    ['wubu', '吴堡县'],
    ['tanchang', '宕昌县'],
    ['mouding', '牟定县'],
    ['du an', '都安瑶族自治县'],
    ['changshun', '长顺县'],
    ['leye', '乐业县'],
  ])('polyphone %j → %s', (q, zh) => {
    expect(searchCounties(keys, q).matches.map((m) => m.county.zh)).toContain(zh);
  });

  it('does not find 蔚县 under pinyin-pro’s wrong reading as an exact match', () => {
    expect(
      searchCounties(keys, 'wei xian')
        .matches.filter((m) => m.kind === 'exact')
        .map((m) => m.county.zh),
    ).not.toContain('蔚县');
  });
});

describe('searchCounties: English names and non-Han names', () => {
  it.each([
    ['Linquan County', '341221'],
    ['linquan county', '341221'],
    ['Xiushan Tujia and Miao Autonomous County', '500241'],
    ['Kashgar', '653101'],
    ['Kashgar City', '653101'],
    ['ka shi shi', '653101'], // hanyu pinyin of 喀什市
    ['Gyantse', '540222'],
    ['jiang zi', '540222'], // 江孜县
    ['Horqin Right Front Banner', '152221'],
    ['ke er qin you yi qian qi', '152221'],
    ['Taxkorgan', '653131'],
    ['ta shi ku er gan', '653131'],
  ])('%j → %s first', (q, id) => {
    expect(first(q)?.id).toBe(id);
  });

  it('finds every county by its Chinese name, its pinyin and its English name', () => {
    const missed: string[] = [];
    for (const c of index) {
      for (const q of [c.zh, c.py, c.en]) if (!ids(q).includes(c.id)) missed.push(`${c.id} ${q}`);
    }
    expect(missed).toEqual([]);
  });

  it('finds a county by its code', () => {
    expect(first('341221')?.zh).toBe('临泉县');
  });
});

describe('searchCounties: the cap, unknown input and suggestions', () => {
  it('caps the suggestions but counts every match', () => {
    const r = searchCounties(keys, 'xian');
    expect(r.matches.length).toBe(MAX_RESULTS);
    expect(r.total).toBeGreaterThan(MAX_RESULTS);
  });

  it('suggests the nearest names when nothing matches', () => {
    const r = searchCounties(keys, 'linquam');
    expect(r.total).toBe(0);
    expect(r.nearest.map((c) => c.zh)).toContain('临泉县');
    const z = searchCounties(keys, '临全');
    expect(z.total).toBe(0);
    expect(z.nearest.map((c) => c.zh)).toContain('临泉县');
  });

  it.each([
    'qqqqqqqqzzzz',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '🙂🙂🙂',
    '\u0000\u0001\u001f',
    '\u202e县',
    'x'.repeat(100_000),
    '临'.repeat(100_000),
    '   ',
  ])('never throws on %j', (q) => {
    const r = searchCounties(keys, q);
    expect(r.matches.length).toBeLessThanOrEqual(MAX_RESULTS);
  });

  it('finds nothing for garbage', () => {
    expect(searchCounties(keys, 'qqqqqqqqzzzz')).toMatchObject({ total: 0, nearest: [] });
    expect(searchCounties(keys, '🙂').total).toBe(0);
    expect(searchCounties(keys, '').total).toBe(0);
  });
});

describe('units outside the 832 and duplicates', () => {
  const topo = JSON.parse(readFileSync(new URL('../../data/geo/counties.topo.json', import.meta.url), 'utf8'));
  const outsideRaw: string[] = topo.objects.counties.geometries.filter((g: any) => String(g.id).startsWith('x-')).map((g: any) => g.properties.n);
  const namesFile = buildOutsideNames(
    outsideRaw,
    counties.map((c: any) => c.nameZh),
  );
  const outside = parseOutsideNames(JSON.parse(JSON.stringify(namesFile)))!;

  it('ships every name once, sorted, without the names of the 832', () => {
    const list = namesFile.n.split(',');
    expect(list).toEqual([...new Set(list)].sort());
    expect(list).toContain('海淀区');
    expect(list).not.toContain('临泉县');
    expect(list.length).toBeGreaterThan(1900);
    expect(gzipSize(JSON.stringify(namesFile))).toBeLessThanOrEqual(BUDGETS.data);
  });

  it.each<[string, string | null, string[]]>([
    // [query, the unit outside the 832 it names, the 832 it finds]
    ['海淀区', '海淀区', []],
    ['海淀', '海淀区', []],
    ['龙山区', '龙山区', []], // a district of Liaoyuan, not 龙山县 of the 832
    ['龙山', null, ['433130']], // the bare name finds the county among the 832
    ['临泉县', null, ['341221']],
    ['临全', null, []], // a misspelling: look-alikes, not a unit outside
    ['haidian', null, []], // names outside the 832 are known in Chinese only
  ])('%s', (q, name, found) => {
    const r = searchCounties(keys, q, MAX_RESULTS, outside);
    expect(r.outside).toBe(name);
    if (found.length) expect(r.matches.map((m) => m.county.id)).toEqual(expect.arrayContaining(found));
    if (name) expect({ matches: r.matches, nearest: r.nearest }).toEqual({ matches: [], nearest: [] });
  });

  it('“did you mean” offers each county once, and a match lists each county once', () => {
    const twice = buildSearchKeys([...index, ...index.filter((c) => c.zh === '临泉县' || c.zh === '临潭县')]);
    const r = searchCounties(twice, '临全');
    expect(r.nearest.length).toBeGreaterThan(0);
    expect(new Set(r.nearest.map((c) => c.id)).size).toBe(r.nearest.length);
    const m = searchCounties(twice, '临泉');
    expect(m.matches.map((x) => x.county.id)).toEqual(['341221']);
    expect(m.total).toBe(1);
  });

  it('reads a malformed names file as none', () => {
    for (const bad of [null, 'x', { v: 2, n: '' }, { v: 1, n: 3 }]) expect(parseOutsideNames(bad)).toBeNull();
    expect(searchCounties(keys, '海淀区', MAX_RESULTS, null).outside).toBeNull();
  });
});

describe('editDistance and parseCountyParam', () => {
  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('临泉', '临全')).toBe(1);
  });

  it.each([
    ['341221', '341221'],
    [' 341221 ', '341221'],
    ['HX-LENGHU', 'HX-LENGHU'],
    ['34122', null],
    ['3412210', null],
    ['<script>', null],
    ['341221<script>', null],
    ['', null],
    [null, null],
  ])('%j → %j', (raw, want) => {
    expect(parseCountyParam(raw)).toBe(want);
  });
});

describe('finder strings', () => {
  it('has the same keys in both locales, none empty', () => {
    expect(Object.keys(FINDER_STRINGS.zh).sort()).toEqual(Object.keys(FINDER_STRINGS.en).sort());
    for (const l of ['en', 'zh'] as const) for (const v of Object.values(FINDER_STRINGS[l])) expect(v.trim()).not.toBe('');
  });

  it('uses the same placeholders in both locales and types no figure', () => {
    const ph = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of Object.keys(FINDER_STRINGS.en) as Array<keyof typeof FINDER_STRINGS.en>) {
      expect(ph(FINDER_STRINGS.zh[k]), k).toEqual(ph(FINDER_STRINGS.en[k]));
      for (const l of ['en', 'zh'] as const) expect(FINDER_STRINGS[l][k].replace(/\{\w+\}/g, ''), `${l}.${k}`).not.toMatch(/\d{2,}/);
    }
    expect(fill('{n} of {m}', { n: 3 })).toBe('3 of {m}');
  });
});
