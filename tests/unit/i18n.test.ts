import { describe, expect, it } from 'vitest';
import { localeFiles, localeOf, localePath, localeStaticPaths, splitLocaleFile, stripLocale, LOCALES } from '../../src/lib/i18n';

describe('locale paths', () => {
  it.each([
    ['en', '/', '/'],
    ['zh', '/', '/zh/'],
    ['en', '/sources/', '/sources/'],
    ['zh', '/sources/', '/zh/sources/'],
    ['zh', 'sources/', '/zh/sources/'],
  ] as const)('localePath(%s, %s) → %s', (l, p, out) => expect(localePath(l, p)).toBe(out));
  it.each([
    ['/zh/', '/', 'zh'],
    ['/zh', '/', 'zh'],
    ['/zh/sources/', '/sources/', 'zh'],
    ['/', '/', 'en'],
    ['/sources/', '/sources/', 'en'],
    ['/zhongguo/', '/zhongguo/', 'en'],
  ] as const)('%s → path %s, locale %s', (p, stripped, l) => {
    expect(stripLocale(p)).toBe(stripped);
    expect(localeOf(p)).toBe(l);
  });
  it('every locale round-trips through its path, and the default one sits at the root', () => {
    for (const l of LOCALES) {
      expect(localeOf(localePath(l, '/charts/'))).toBe(l);
      expect(stripLocale(localePath(l, '/charts/'))).toBe('/charts/');
    }
    expect(localeStaticPaths().map((p) => p.params.locale)).toEqual(LOCALES.map((l) => (l === 'en' ? undefined : l)));
  });
  it('per-locale file names round-trip', () => {
    expect(localeFiles('regional').map((f) => f.file)).toEqual(LOCALES.map((l) => `regional-${l}`));
    expect(localeFiles('regional', false).map((f) => f.file)).toEqual(LOCALES.map((l) => (l === 'en' ? 'regional' : `regional-${l}`)));
    for (const always of [true, false])
      for (const { file, locale } of localeFiles('county-exits', always)) expect(splitLocaleFile(file, always)).toEqual({ stem: 'county-exits', locale });
    expect(splitLocaleFile('county-exits')).toBeNull();
  });
});

import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { strings, t } from '../../src/lib/i18n';

/** Every leaf of a strings object, as [dotted key, value]. */
function leaves(o: object, prefix = ''): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]): [string, unknown][] => (v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]));
}
/** Sample arguments for an interpolating string: a marker per parameter, so an ignored one shows. */
const SAMPLE: Record<string, unknown[]> = {
  yearParam: [[2016, 2017]],
  mapParams: [[2015, 2016]],
  methodNational: [{ first: 2011, last: 2012 }],
  'areaCard.years': [['2011', '2019']],
  cardAlt: ['title', 'value', 'label'],
};
const call = (k: string, f: (...a: never[]) => string) =>
  (f as (...a: unknown[]) => string)(...(SAMPLE[k] ?? Array.from({ length: f.length }, (_, i) => (i % 2 ? 'ARG' : 2016))));
// On /zh/ quotes are the Chinese originals, so no translation mark follows them; bibGap is a space in English, nothing in Chinese.
const MAY_BE_EMPTY = new Set(['zh:quoteOwnTranslation', 'zh:quoteOfficialTranslation', 'zh:bibGap', 'en:bibGap']);

describe('interface strings (src/i18n)', () => {
  const locales = { en, zh };
  it('both locales have exactly the same keys, of the same kind', () => {
    const shape = (o: object) =>
      leaves(o)
        .map(([k, v]) => `${k}:${typeof v}${typeof v === 'function' ? (v as () => string).length : ''}`)
        .sort();
    expect(shape(zh)).toEqual(shape(en));
  });
  it.each(Object.entries(locales))('%s: no value is empty', (l, s) => {
    const empty = leaves(s)
      .filter(([k]) => !MAY_BE_EMPTY.has(`${l}:${k}`))
      .filter(([k, v]) => (typeof v === 'function' ? call(k, v as () => string) : String(v)).trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });
  it('an interpolating string uses every argument it is given', () => {
    for (const [l, s] of Object.entries(locales)) {
      for (const [k, v] of leaves(s)) {
        if (typeof v !== 'function' || k in SAMPLE) continue;
        const out = call(k, v as () => string);
        const n = (v as () => string).length;
        if (n > 0) expect(out, `${l}:${k}`).toContain(n > 1 ? 'ARG' : '2016');
      }
    }
  });
  it('t() and strings() read the locale files', () => {
    expect(t('zh', 'year')).toBe(zh.year);
    expect(t('en', 'navSources')).toBe('Sources & method');
    expect(strings('zh').legendLeftIn(2018)).toBe('2018年摘帽');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { strayNumbers } from '../../src/lib/copy';

describe('prose blocks (src/content/blocks)', () => {
  const dir = (l: string) => new URL(`../../src/content/blocks/${l}/`, import.meta.url);
  const names = (l: string) =>
    readdirSync(dir(l))
      .filter((f) => f.endsWith('.md'))
      .sort();
  it('both locales have the same blocks', () => {
    expect(names('zh')).toEqual(names('en'));
    expect(names('en').length).toBeGreaterThan(0);
  });
  it.each(['en', 'zh'].flatMap((l) => names(l).map((f) => [l, f])))('%s/%s: numbers only as placeholders, not empty', (l, f) => {
    const md = readFileSync(new URL(f, dir(l)), 'utf8');
    expect(md.trim()).not.toBe('');
    expect(strayNumbers(md)).toEqual([]);
  });
});
