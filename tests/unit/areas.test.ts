import { describe, expect, it } from 'vitest';
import { areaSummary, exitsByYear, factSeries, factsToShow, journeyOrder, memberClass, splitMembers } from '../../src/lib/areas';
import type { Area, AreaFact, AreaMember } from '../../src/lib/schemas';

const member = (county: string, status: AreaMember['status'], confidence: AreaMember['confidence']): AreaMember => ({
  county,
  status,
  confidence,
  sourceKind: 'test',
  sources: ['s'],
});
const fact = (id: string, area: string, metric: AreaFact['metric'], year: number | null, status: AreaFact['status'], value = 1): AreaFact => ({
  id,
  area,
  metric,
  year,
  value,
  unit: 'u',
  status,
  source: 's',
  ...(status === 'derived' ? { derivedFrom: 'x' } : {}),
});

describe('memberClass', () => {
  it.each([
    ['official', 'high', 'solid'],
    ['official', 'medium', 'solid'],
    ['derived', 'high', 'solid'],
    ['derived', 'medium', 'solid'],
    ['unverified', 'high', 'unverified'],
    ['unverified', 'medium', 'unverified'],
    ['unverified', 'low', 'low'],
    ['derived', 'low', 'low'],
    ['official', 'low', 'low'],
  ] as const)('%s / %s → %s', (status, confidence, out) => {
    expect(memberClass({ status, confidence })).toBe(out);
  });
});

const counties = [
  { id: 'a1', province: '11', exitYear: 2016 },
  { id: 'a2', province: '11', exitYear: 2018 },
  { id: 'a3', province: '12', exitYear: 2018 },
  { id: 'a4', province: '13', exitYear: 2020 },
  { id: 'a5', province: '14', exitYear: 2019 },
];
const area: Pick<Area, 'id' | 'nameEn' | 'nameZh' | 'counties' | 'members' | 'complete' | 'provincesEn' | 'provincesStatus'> = {
  id: 'test',
  nameEn: 'Test Mountains',
  nameZh: '测试山区',
  counties: { value: 6, unit: 'counties', status: 'official', source: 's' },
  members: [
    member('a1', 'official', 'high'),
    member('a2', 'derived', 'medium'),
    member('a3', 'unverified', 'high'),
    member('a4', 'unverified', 'medium'),
    member('a5', 'unverified', 'low'),
  ],
  complete: false,
  provincesEn: ['A', 'B'],
  provincesStatus: 'unverified',
};

describe('areaSummary', () => {
  const s = areaSummary(area, counties, []);
  it.each([
    ['identified (solid only)', s.identified, 2],
    ['unverified apart', s.unverified, 2],
    ['low-confidence leads', s.low, 1],
    ['official count', s.official.value, 6],
  ] as const)('%s', (_, got, want) => expect(got).toBe(want));
  it('keeps the official count’s status and source', () => expect(s.official).toEqual({ value: 6, status: 'official', source: 's' }));
  it('is complete on solid members only when they make up the whole list', () => {
    expect(s.completeSolid).toBe(false);
    const full = { ...area, counties: { ...area.counties, value: 2 } };
    expect(areaSummary(full, counties, []).completeSolid).toBe(true);
  });
  it('lists provinces of solid members, then provinces only unverified members add; never from low ones', () => {
    expect(s.provinces).toEqual({ solid: ['11'], unverified: ['12', '13'] });
  });
  it('counts exits per year for solid and unverified members apart, leaving low ones out', () => {
    expect(s.exits).toEqual([
      { year: 2016, solid: 1, unverified: 0 },
      { year: 2017, solid: 0, unverified: 0 },
      { year: 2018, solid: 1, unverified: 1 },
      { year: 2019, solid: 0, unverified: 0 },
      { year: 2020, solid: 0, unverified: 1 },
    ]);
  });
  it('fails on a member that is not one of the counties', () => {
    expect(() => exitsByYear(splitMembers([member('zz', 'official', 'high')]), counties)).toThrow(/zz/);
  });
});

describe('factsToShow', () => {
  const facts = [
    fact('p11', 'x', 'poor_population', 2011, 'official', 793),
    fact('p19', 'x', 'poor_population', 2019, 'official', 49),
    fact('i14', 'x', 'incidence', 2014, 'unverified'),
    fact('l', 'x', 'land_area', null, 'unverified'),
    fact('r18', 'x', 'rural_income', 2018, 'derived'),
    fact('part', 'x', 'poor_population_sichuan_part', 2019, 'official'),
    fact('other', 'y', 'incidence', 2019, 'official'),
  ];
  it.each([
    ['verified first, one per metric (latest year), then unverified marked', 3, ['p19:false', 'r18:false', 'i14:true']],
    ['a shorter list when asked', 1, ['p19:false']],
    ['all candidates when there are fewer than max', 9, ['p19:false', 'r18:false', 'i14:true', 'l:true']],
  ] as const)('%s', (_, max, want) => {
    expect(factsToShow('x', facts, max).map((f) => `${f.fact.id}:${f.marked}`)).toEqual(want);
  });
  it('never picks a figure that covers only part of an area', () => {
    expect(factsToShow('z', [fact('part', 'z', 'poor_population_sichuan_part', 2019, 'official')])).toEqual([]);
  });
  it('does not show an unverified figure for a metric already shown verified', () => {
    const f = [fact('a', 'x', 'incidence', 2018, 'official'), fact('b', 'x', 'incidence', 2019, 'unverified')];
    expect(factsToShow('x', f).map((x) => x.fact.id)).toEqual(['a']);
  });
});

describe('factSeries', () => {
  it('sorts by year, drops undated figures, marks unverified ones', () => {
    const f = [
      fact('c', 'all', 'incidence', 2016, 'unverified'),
      fact('a', 'all', 'incidence', 2012, 'unverified'),
      fact('d', 'all', 'incidence', 2018, 'derived'),
      fact('u', 'all', 'incidence', null, 'official'),
    ];
    expect(factSeries('all', 'incidence', f).map((x) => `${x.fact.year}:${x.marked}`)).toEqual(['2012:true', '2016:true', '2018:false']);
  });
});

describe('journeyOrder', () => {
  const lon: Record<string, number> = { w1: 80, w2: 90, m1: 100, e1: 120, far: 70 };
  it.each([
    [
      'west to east by mean member longitude',
      [
        { id: 'east', members: [member('e1', 'official', 'high')] },
        { id: 'west', members: [member('w1', 'official', 'high'), member('w2', 'unverified', 'medium')] },
      ],
      ['west', 'east'],
    ],
    [
      'low-confidence leads do not move an area',
      [
        { id: 'b', members: [member('m1', 'official', 'high'), member('far', 'unverified', 'low')] },
        { id: 'a', members: [member('w2', 'official', 'high')] },
      ],
      ['a', 'b'],
    ],
    [
      'areas without located members go last, by id',
      [
        { id: 'z', members: [] },
        { id: 'y', members: [member('nowhere', 'official', 'high')] },
        { id: 'x', members: [member('e1', 'official', 'high')] },
      ],
      ['x', 'y', 'z'],
    ],
  ] as const)('%s', (_, areas, want) => {
    expect(journeyOrder(areas as unknown as Pick<Area, 'id' | 'members'>[], (id) => lon[id])).toEqual(want);
  });
});
