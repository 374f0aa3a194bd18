/** The areas' step cards (src/site/area-card.ts) and the areas steps' copy. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, DATASETS, type DatasetName } from '../../src/lib/schemas';
import { AREA_SCENES, areaSummary } from '../../src/lib/areas';
import { areaCardHtml, formatFact } from '../../src/site/area-card';
import { strayNumbers } from '../../src/lib/copy';

const load = <N extends DatasetName>(n: N) => validateDataset(n, JSON.parse(readFileSync(new URL(`../../${DATASETS[n].file}`, import.meta.url), 'utf8')));
const areas = load('areas');
const counties = load('counties');
const provinces = load('provinces');
const facts = load('areaFacts');
const sources = load('sources');
const sourceOf = (id: string) => sources.find((s) => s.id === id)!;
const card = (id: string, locale: 'en' | 'zh') => {
  const a = areas.find((x) => x.id === id)!;
  return areaCardHtml({
    summary: areaSummary(a, counties, facts),
    locale,
    provinces,
    sourceOf,
    nameSource: a.nameSource,
    exitsSource: 'county-list-832',
    cited: facts.filter((f) => f.area === id),
    smallMap: { light: `/l/${id}.svg`, dark: `/d/${id}.svg`, width: 320, height: 240, alt: 'map' },
  });
};

describe('area cards', () => {
  it('carry provinces, the exit strip, the sources and the no-JS small map', () => {
    for (const a of areas) {
      const s = areaSummary(a, counties, facts);
      const en = card(a.id, 'en');
      const zh = card(a.id, 'zh');
      expect(en).toContain(`Provinces: ${a.provincesEn.join(', ')}`);
      expect(zh).toContain('省份：');
      if (s.exits.some((e) => e.solid + e.unverified > 0))
        for (const e of s.exits) expect(en).toContain(`<span class="y${e.year}"><b>${e.year}</b> ${e.solid}${e.unverified ? `+${e.unverified}` : ''}</span>`);
      for (const id of [a.nameSource, a.counties.source, 'county-list-832', ...facts.filter((f) => f.area === a.id).map((f) => f.source)])
        expect(en).toContain(`#src-${id}"`);
      // one source line per kind of figure: name, county count, exit years, then one per cited metric and source
      const groups = new Set(facts.filter((f) => f.area === a.id).map((f) => `${f.metric} ${f.source}`));
      expect(en.match(/<li>/g)?.length, a.id).toBe(3 + groups.size);
      if (a.counties.status === 'unverified')
        expect(en).toMatch(/Counties in the 2012 list: <a [^>]+>[^<]+<\/a>[^<]*<span class="status-badge unverified">unverified<\/span>/);
      expect(en).toMatch(new RegExp(`<noscript><picture[^>]*><source srcset="/d/${a.id}.svg"`));
    }
  });
  it('give each cited figure its own source line, with its years', () => {
    const w = facts.filter((f) => f.id.startsWith('wuling_') && (f.metric === 'poor_population' || f.metric === 'incidence'));
    const html = areaCardHtml({
      summary: areaSummary(areas.find((x) => x.id === 'wuling')!, counties, facts),
      locale: 'en',
      provinces,
      sourceOf,
      nameSource: 'county-list-832',
      exitsSource: 'county-list-832',
      cited: w,
      smallMap: { light: '/l.svg', dark: '/d.svg', width: 1, height: 1, alt: 'm' },
    });
    const years = (m: string) => [...new Set(w.filter((f) => f.metric === m).map((f) => f.year))].sort().join(' and ');
    expect(html).toContain(`<li>Rural poor, ${years('poor_population')}: <a href="/sources/#src-`);
    expect(html).toContain(`<li>Poverty incidence, ${years('incidence')}: <a href="/sources/#src-`);
    expect(
      areaCardHtml({
        ...{
          summary: areaSummary(areas[0]!, counties, facts),
          locale: 'zh',
          provinces,
          sourceOf,
          nameSource: 'county-list-832',
          exitsSource: 'county-list-832',
          cited: w.slice(0, 1),
          smallMap: { light: '/l.svg', dark: '/d.svg', width: 1, height: 1, alt: 'm' },
        },
      }),
    ).toMatch(/<li>农村贫困人口（\d{4}年）：<a href="\/zh\/sources\/#src-/);
  });
  it('format every unit the facts use', () => {
    for (const f of facts) for (const l of ['en', 'zh'] as const) expect(formatFact(f, l)).toMatch(/\d/);
    expect(() => formatFact({ value: 1, unit: 'furlongs' }, 'en')).toThrow(/unknown unit/);
  });
});

describe('areas steps', () => {
  for (const locale of ['en', 'zh'] as const) {
    const dir = new URL(`../../src/content/story/${locale}/`, import.meta.url);
    const steps = readdirSync(dir)
      .sort()
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .filter((t) => /section: areas/.test(t))
      .map((t) => ({ scene: /scene: (\S+)/.exec(t)![1]!, body: t.split('---').slice(2).join('---') }));
    it(`${locale}: overview, the 14 areas in journey order, then the closing scene`, () => {
      expect(steps.map((s) => s.scene)).toEqual(AREA_SCENES);
    });
    it(`${locale}: every area is named in its step's text, with no typed number`, () => {
      for (const s of steps.filter((x) => areas.some((a) => a.id === x.scene))) {
        const a = areas.find((x) => x.id === s.scene)!;
        const stem =
          locale === 'zh'
            ? a.nameZh.replace(/^新疆/, '')
            : a.nameEn
                .replace(/^(the|regions at the|border mountainous regions in|desertified \(karst\) regions in|three prefectures in)\s+/i, '')
                .split(/[ (]/)[0]!;
        expect(s.body.toLowerCase(), `${locale} ${a.id}`).toContain(stem.toLowerCase());
        expect(strayNumbers(s.body)).toEqual([]);
      }
    });
  }
});
