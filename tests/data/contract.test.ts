/**
 * The data contract as tests: the invariants that every committed dataset must keep.
 * These read data/ only (never ../shared), exactly as the site does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS, validateDataset, type DatasetName } from '../../src/lib/schemas';
import { checkReferences, type Datasets } from '../../scripts/data/build-datasets';
import { countyExitCounts } from '../../src/charts/county-exits';
import { fillPlaceholders, strayNumbers } from '../../src/lib/copy';
import { AREA_SCENES, JOURNEY_ORDER, splitMembers } from '../../src/lib/areas';
import { EXIT_YEARS } from '../../src/lib/years';

const root = new URL('../../', import.meta.url);
const load = <N extends DatasetName>(n: N) => validateDataset(n, JSON.parse(readFileSync(new URL(DATASETS[n].file, root), 'utf8')));
const d = Object.fromEntries((Object.keys(DATASETS) as DatasetName[]).map((n) => [n, load(n)])) as unknown as Datasets;
const figure = (id: string) => d.figures.find((f) => f.id === id)!;

describe('every dataset', () => {
  it.each(Object.keys(DATASETS))('%s matches its schema', (name) => {
    expect(() => load(name as DatasetName)).not.toThrow();
  });
  it('cites only sources that exist, and names only counties, places and areas that exist', () => {
    expect(checkReferences(d)).toEqual([]);
  });
  it('gives every source a publisher, a title and either a URL or a note saying why there is none', () => {
    for (const s of d.sources) expect(s.url !== null || s.note !== null, s.id).toBe(true);
  });
});

describe('the 832 counties', () => {
  it('are 832, with unique ids and unique codes', () => {
    expect(d.counties).toHaveLength(832);
    expect(new Set(d.counties.map((c) => c.id)).size).toBe(832);
    const codes = d.counties.map((c) => c.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it('left the list 28 / 125 / 283 / 344 / 52 per year, as officially announced', () => {
    const counts = countyExitCounts(d.counties);
    expect(counts.map((c) => c.count)).toEqual([28, 125, 283, 344, 52]);
    for (const c of counts) expect(c.count).toBe(figure(`counties_exited_${c.year}`).value);
    expect(counts.at(-1)!.remaining).toBe(0);
  });
  it('sum to the official total of 832', () => {
    expect(d.counties.length).toBe(figure('poor_counties').value);
  });
  it('belong to provinces whose counts add up', () => {
    expect(d.provinces.reduce((s, p) => s + p.counties, 0)).toBe(832);
  });
  it('have English names without Chinese characters', () => {
    for (const c of d.counties) expect(c.nameEn, c.id).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the national series', () => {
  const byYear = new Map(d.national.map((y) => [y.year, y]));
  it('runs 98.99 million (2012) → 82.49 million (2013) → 55.75 million (2015) → 5.51 million (2019) → zero (2020)', () => {
    expect([2012, 2013, 2015, 2019, 2020].map((y) => byYear.get(y)?.ruralPoor?.value)).toEqual([9899, 8249, 5575, 551, 0]);
  });
  it('equals the previous year minus the reported reduction, every year from 2013 to 2020', () => {
    for (let y = 2013; y <= 2020; y++) {
      const prev = byYear.get(y - 1)!.ruralPoor!.value;
      const cur = byYear.get(y)!.ruralPoor!.value;
      expect(cur, String(y)).toBe(prev - byYear.get(y)!.reduction!.value);
    }
  });
  it('is official for every rural-poor value from 2011 on', () => {
    for (const y of d.national.filter((n) => n.year >= 2011)) expect(y.ruralPoor?.status, String(y.year)).toBe('official');
  });
  it('adds up: the lifted-out total equals the 2012 count', () => {
    expect(figure('rural_poor_lifted').value).toBe(byYear.get(2012)!.ruralPoor!.value - byYear.get(2020)!.ruralPoor!.value);
  });
});

describe('the regions', () => {
  it('sum to the national count in each year', () => {
    for (const year of [2016, 2017, 2018, 2019]) {
      const sum = d.regional.filter((r) => r.year === year).reduce((s, r) => s + r.poor.value, 0);
      expect(sum, String(year)).toBe(d.national.find((n) => n.year === year)!.ruralPoor!.value);
    }
  });
});

describe('the 14 contiguous areas', () => {
  it('are 14 and their 2012-list counts sum to 680', () => {
    expect(d.areas).toHaveLength(figure('contiguous_areas').value);
    expect(d.areas.reduce((s, a) => s + a.counties.value, 0)).toBe(680);
    expect(figure('contiguous_area_counties').value).toBe(680);
  });
  it('say honestly whether their county list is complete', () => {
    for (const a of d.areas) {
      expect(a.members.length, a.id).toBeLessThanOrEqual(a.counties.value);
      expect(a.complete, a.id).toBe(a.members.length === a.counties.value);
    }
    expect(d.areas.filter((a) => a.complete).map((a) => a.id).sort()).toEqual(['four_prov_tibetan', 'luoxiao', 'south_xinjiang', 'tibet', 'wuling']);
  });
  it('list each member county once per area, and every member is one of the 832', () => {
    for (const a of d.areas) expect(new Set(a.members.map((m) => m.county)).size, a.id).toBe(a.members.length);
  });
  it('give incomplete areas an approximate extent where sources name the prefectures', () => {
    const withExtent = d.areas.filter((a) => !a.complete && a.prefectures.length > 0);
    expect(withExtent.length).toBeGreaterThan(0);
  });
});

describe('claims the story makes in words', () => {
  const exits = countyExitCounts(d.counties);
  const count = (y: number) => exits.find((e) => e.year === y)!.count;
  it('2018 saw more than twice the exits of 2017', () => expect(count(2018)).toBeGreaterThan(2 * count(2017)));
  it('2019 was the largest batch', () => expect(Math.max(...exits.map((e) => e.count))).toBe(count(2019)));
  it('every 2020 exit was in the West', () => {
    expect(d.counties.filter((c) => c.exitYear === 2020).every((c) => c.region === 'west')).toBe(true);
  });
  it('the last counties to leave were in Guizhou, and no more of them than left in 2020', () => {
    const guizhou2020 = d.counties.filter((c) => c.exitYear === 2020 && c.province === '52').length;
    expect(guizhou2020).toBeGreaterThanOrEqual(figure('last_exit_counties').value);
  });
  it('2019 had the smallest reduction of 2013–2019 ("at least" that much every year)', () => {
    const r = d.national.filter((y) => y.year >= 2013 && y.year <= 2019).map((y) => y.reduction!.value);
    expect(Math.min(...r)).toBe(d.national.find((y) => y.year === 2019)!.reduction!.value);
  });
  it('the West had the most rural poor in every year of the regional series', () => {
    for (const year of [2016, 2017, 2018, 2019]) {
      const rows = d.regional.filter((r) => r.year === year);
      expect(Math.max(...rows.map((r) => r.poor.value)), String(year)).toBe(rows.find((r) => r.region === 'west')!.poor.value);
    }
  });
});


describe('claims the areas steps make in words', () => {
  const area = (id: string) => d.areas.find((a) => a.id === id)!;
  const byId = new Map(d.counties.map((c) => [c.id, c]));
  const solidProvinces = (id: string) => [...new Set(splitMembers(area(id).members).solid.map((m) => byId.get(m.county)!.province))].sort();
  it('Tibet forms an area by itself: all of Tibet’s poverty counties, identified, and no other', () => {
    const tibet = d.counties.filter((c) => c.province === '54').map((c) => c.id).sort();
    expect(splitMembers(area('tibet').members).solid.map((m) => m.county).sort()).toEqual(tibet);
    expect(area('tibet').counties.value).toBe(tibet.length);
  });
  it.each([
    ['wuling', ['43']],
    ['luoxiao', ['36', '43']],
    ['yanshan_taihang', ['13', '15']],
    ['daxinganling', ['15', '22', '23']],
  ])('the identified counties of %s lie in the provinces the step names', (id, provinces) => {
    expect(solidProvinces(id)).toEqual(provinces);
  });
  it('the areas the steps call unidentified have no identified member', () => {
    for (const id of ['dianxi', 'wumeng', 'liupan', 'dianguiqian', 'qinba', 'lvliang', 'dabie']) expect(splitMembers(area(id).members).solid, id).toEqual([]);
  });
  it('most areas are named for mountains (山)', () => {
    expect(d.areas.filter((a) => a.nameZh.includes('山')).length).toBeGreaterThan(d.areas.length / 2);
  });
  it('south Xinjiang’s last identified counties left in 2020, the year the step names', () => {
    const years = splitMembers(area('south_xinjiang').members).solid.map((m) => byId.get(m.county)!.exitYear);
    expect(Math.max(...years)).toBe(2020);
  });
  it('Luoxiao and south Xinjiang are identified in full', () => {
    for (const id of ['luoxiao', 'south_xinjiang']) expect(splitMembers(area(id).members).solid.length, id).toBe(area(id).counties.value);
  });
  it('2019 was the largest year of exits among the identified area counties', () => {
    const years = d.areas.flatMap((a) => splitMembers(a.members).solid.map((m) => byId.get(m.county)!.exitYear));
    const n = (y: number) => years.filter((x) => x === y).length;
    for (const y of EXIT_YEARS.filter((x) => x !== 2019)) expect(n(2019)).toBeGreaterThan(n(y));
  });
  it('Liupan’s 2018 rural income is the figure Xinhua called the lowest of the areas', () => {
    expect(d.areaFacts.find((f) => f.id === 'liupan_rural_income_2018')!.note).toMatch(/lowest of the 14 areas/);
  });
});

describe('story copy', () => {
  const dir = new URL('src/content/story/', root);
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'));
  it('exists in both languages, step for step', () => {
    const en = files.filter((f) => f.startsWith('en/')).map((f) => f.slice(3));
    const zh = files.filter((f) => f.startsWith('zh/')).map((f) => f.slice(3));
    expect(en.length).toBeGreaterThan(0);
    expect(zh).toEqual(en);
  });
  it('walks the areas section as overview, one step per area in journey order, then exits', () => {
    for (const locale of ['en', 'zh']) {
      const scenes = files
        .filter((f) => f.startsWith(`${locale}/`))
        .sort()
        .map((f) => readFileSync(new URL(f, dir), 'utf8'))
        .filter((t) => /^section: areas$/m.test(t))
        .map((t) => t.match(/^scene: "?([^"\n]+)"?$/m)![1]);
      expect(scenes, locale).toEqual(AREA_SCENES);
    }
  });
  it.each(JOURNEY_ORDER)('names the area %s by its official names', (id) => {
    const a = d.areas.find((x) => x.id === id)!;
    const step = (locale: string) => {
      const f = files.find((x) => x.startsWith(`${locale}/`) && new RegExp(`-areas-${id}\\.md$`).test(x));
      expect(f, `${locale} step for ${id}`).toBeDefined();
      return readFileSync(new URL(f!, dir), 'utf8');
    };
    expect(step('en')).toContain(a.nameEn);
    expect(step('en')).toContain(a.nameZh);
    expect(step('zh')).toContain(a.nameZh);
  });
  it.each(files)('%s takes every number from data/ and shows nothing unverified as fact', (f) => {
    const body = readFileSync(new URL(f, dir), 'utf8').replace(/^---[\s\S]*?---/, '');
    expect(strayNumbers(body)).toEqual([]);
    expect(() => fillPlaceholders(body, d, f.startsWith('zh/') ? 'zh' : 'en', f)).not.toThrow();
  });
});
