import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ETHNIC_GROUPS,
  OVERRIDE_REASONS,
  SUFFIXES,
  englishPlaceName,
  isPrefectureName,
  loadOverrides,
  parsePlaceName,
  pinyinName,
  placePinyin,
} from '../../scripts/lib/english-names.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';

const read = (file: string): string => readFileSync(new URL(`../../data/sources/${file}`, import.meta.url), 'utf8');

const overridesText = read('place_name_overrides.csv');
const overrides = loadOverrides(overridesText);
const counties = parseCsv(read('counties_832.csv'));

/** Prefecture name → province, in file order ("[]" = directly under the province, skipped). */
const prefectures = new Map<string, string>();
for (const c of counties) {
  const p = c.prefecture_zh ?? '';
  if (isPrefectureName(p) && !prefectures.has(p)) prefectures.set(p, c.province_zh ?? '');
}

const en = (zh: string): string => englishPlaceName(zh, overrides);

/** Names in the list without a unit suffix (none since 湄潭县 was corrected). */
const KNOWN_WITHOUT_SUFFIX = new Set<string>([]);

const SUFFIX_EN = [...new Set(SUFFIXES.map((s) => s.en))];
const endsWithUnitType = (name: string): boolean => SUFFIX_EN.some((s) => name.endsWith(` ${s}`) || name.endsWith(` ${s} of Various Ethnic Groups`));

describe('englishPlaceName: examples from the brief', () => {
  it.each([
    ['行唐县', 'Xingtang County'],
    ['青龙满族自治县', 'Qinglong Manchu Autonomous County'],
    ['秀山土家族苗族自治县', 'Xiushan Tujia and Miao Autonomous County'],
    ['科尔沁右翼前旗', 'Horqin Right Front Banner'],
    ['鄂伦春自治旗', 'Oroqen Autonomous Banner'],
    ['井冈山市', 'Jinggangshan City'],
    ['万州区', 'Wanzhou District'],
    ['六枝特区', 'Liuzhi Special District'],
    ['茫崖行委', "Mang'ai Administrative Committee"],
    ['神农架林区', 'Shennongjia Forestry District'],
    ['湘西土家族苗族自治州', 'Xiangxi Tujia and Miao Autonomous Prefecture'],
    ['喀什地区', 'Kashgar Prefecture'],
    ['海西蒙古族藏族自治州', 'Haixi Mongol and Tibetan Autonomous Prefecture'],
    ['大兴安岭地区', "Daxing'anling Prefecture"],
    ['兴安盟', 'Hinggan League'],
    ['锡林郭勒盟', 'Xilingol League'],
    ['六盘水市', 'Liupanshui City'],
    ['和田地区', 'Hotan Prefecture'],
    ['克孜勒苏柯尔克孜自治州', 'Kizilsu Kirgiz Autonomous Prefecture'],
    ['日喀则市', 'Shigatse City'],
    ['阿里地区', 'Ngari Prefecture'],
  ])('%s → %s', (zh, expected) => {
    expect(en(zh)).toBe(expected);
  });
});

describe('englishPlaceName: unit types', () => {
  it.each([
    ['新县', 'Xin County'],
    ['临夏县', 'Linxia County'],
    ['临夏市', 'Linxia City'],
    ['城步苗族自治县', 'Chengbu Miao Autonomous County'],
    ['莫力达瓦达斡尔族自治旗', 'Morin Dawa Daur Autonomous Banner'],
    ['四子王旗', 'Siziwang Banner'],
    ['正镶白旗', 'Zhengxiangbai Banner'],
    ['万山特区', 'Wanshan Special District'],
    ['冷湖行委', 'Lenghu Administrative Committee'],
    ['大柴旦行委', 'Dachaidan Administrative Committee'],
    ['延边朝鲜族自治州', 'Yanbian Korean Autonomous Prefecture'],
    ['伊犁哈萨克自治州', 'Ili Kazakh Autonomous Prefecture'],
    ['塔城地区', 'Tacheng Prefecture'],
    ['重庆市', 'Chongqing City'],
  ])('%s → %s', (zh, expected) => {
    expect(en(zh)).toBe(expected);
  });
});

describe('englishPlaceName: ethnic groups', () => {
  it.each([
    ['威宁彝族回族苗族自治县', 'Weining Yi, Hui and Miao Autonomous County'],
    ['双江拉祜族佤族布朗族傣族自治县', 'Shuangjiang Lahu, Va, Blang and Dai Autonomous County'],
    ['镇沅彝族哈尼族拉祜族自治县', 'Zhenyuan Yi, Hani and Lahu Autonomous County'],
    ['贡山独龙族怒族自治县', 'Gongshan Derung and Nu Autonomous County'],
    ['兰坪白族普米族自治县', 'Lanping Bai and Pumi Autonomous County'],
    ['大通回族土族自治县', 'Datong Hui and Tu Autonomous County'],
    ['互助土族自治县', 'Huzhu Tu Autonomous County'],
    ['循化撒拉族自治县', 'Xunhua Salar Autonomous County'],
    ['东乡族自治县', 'Dongxiang Autonomous County'],
    ['积石山自治县', 'Jishishan Bonan, Dongxiang and Salar Autonomous County'],
    ['塔什库尔干塔吉克自治县', 'Taxkorgan Tajik Autonomous County'],
    ['察布查尔锡伯自治县', 'Qapqal Xibe Autonomous County'],
    ['巴里坤哈萨克自治县', 'Barkol Kazakh Autonomous County'],
    ['罗城仫佬族自治县', 'Luocheng Mulao Autonomous County'],
    ['环江毛南族自治县', 'Huanjiang Maonan Autonomous County'],
    ['道真仡佬族苗族自治县', 'Daozhen Gelao and Miao Autonomous County'],
    ['镇宁布依族苗族自治县', 'Zhenning Bouyei and Miao Autonomous County'],
    ['三都水族自治县', 'Sandu Shui Autonomous County'],
    ['保亭黎族苗族自治县', 'Baoting Li and Miao Autonomous County'],
    ['德宏傣族景颇族自治州', 'Dehong Dai and Jingpo Autonomous Prefecture'],
    ['孟连傣族拉祜族佤族自治县', 'Menglian Dai, Lahu and Va Autonomous County'],
    ['围场满族蒙古族自治县', 'Weichang Manchu and Mongol Autonomous County'],
    ['龙胜各族自治县', 'Longsheng Autonomous County of Various Ethnic Groups'],
    ['隆林各族自治县', 'Longlin Autonomous County of Various Ethnic Groups'],
  ])('%s → %s', (zh, expected) => {
    expect(en(zh)).toBe(expected);
  });
});

describe('englishPlaceName: pinyin rules and polyphonic characters', () => {
  it.each([
    // apostrophe before a non-initial a/o/e syllable
    ['西安市', "Xi'an City"],
    ['怀安县', "Huai'an County"],
    ['宁洱哈尼族彝族自治县', "Ning'er Hani and Yi Autonomous County"],
    ['宣恩县', "Xuan'en County"],
    // ü kept as ü
    ['吕梁市', 'Lüliang City'],
    ['绿春县', 'Lüchun County'],
    ['略阳县', 'Lüeyang County'],
    // polyphonic characters read right by pinyin-pro
    ['长顺县', 'Changshun County'],
    ['乐业县', 'Leye County'],
    ['六安市', "Lu'an City"],
    ['六枝特区', 'Liuzhi Special District'],
    ['宿州市', 'Suzhou City'],
    ['长治市', 'Changzhi City'],
    ['大名县', 'Daming County'],
    ['柞水县', 'Zhashui County'],
    ['佛坪县', 'Foping County'],
    ['朝天区', 'Chaotian District'],
    // polyphonic characters fixed in the override table
    ['都安瑶族自治县', "Du'an Yao Autonomous County"],
    ['于都县', 'Yudu County'],
    ['武都区', 'Wudu District'],
    ['蔚县', 'Yu County'],
    ['繁峙县', 'Fanshi County'],
    ['吴堡县', 'Wubu County'],
    ['宕昌县', 'Tanchang County'],
    ['牟定县', 'Mouding County'],
    ['乌什县', 'Wushi County'],
  ])('%s → %s', (zh, expected) => {
    expect(en(zh)).toBe(expected);
  });

  it('writes pinyin without tones, joined, capitalised', () => {
    expect(pinyinName('井冈山')).toBe('Jinggangshan');
    expect(pinyinName('')).toBe('');
  });

  it('uses the override only for the exact full name', () => {
    expect(englishPlaceName('喀什地区', new Map())).toBe('Kashen Prefecture');
    expect(englishPlaceName('喀什地区', { 喀什地区: 'Kashgar Prefecture' })).toBe('Kashgar Prefecture');
    expect(englishPlaceName('喀什地区')).toBe('Kashen Prefecture');
  });

  it('parses base, ethnic groups and unit type', () => {
    expect(parsePlaceName('秀山土家族苗族自治县')).toEqual({
      base: '秀山',
      ethnicZh: ['土家族', '苗族'],
      various: false,
      suffixZh: '自治县',
      suffixEn: 'Autonomous County',
    });
    expect(parsePlaceName('鄂伦春自治旗')).toMatchObject({ base: '', ethnicZh: ['鄂伦春族'] });
    expect(parsePlaceName('神农架林区')).toMatchObject({ base: '神农架', suffixZh: '林区' });
    expect(parsePlaceName('大兴安岭地区')).toMatchObject({ base: '大兴安岭', suffixZh: '地区' });
  });
});

describe('loadOverrides', () => {
  it('parses name_zh,name_en,reason with quoted fields', () => {
    const m = loadOverrides('name_zh,name_en,reason\n甲县,"A, B County",established English form\n');
    expect(m.get('甲县')).toEqual({ nameZh: '甲县', nameEn: 'A, B County', reason: 'established English form' });
  });

  it('rejects duplicate keys, unknown reasons and empty fields', () => {
    expect(() => loadOverrides('name_zh,name_en,reason\n甲县,A,polyphonic character\n甲县,B,polyphonic character\n')).toThrow(/duplicate/);
    expect(() => loadOverrides('name_zh,name_en,reason\n甲县,A,guess\n')).toThrow(/unknown reason/);
    expect(() => loadOverrides('name_zh,name_en,reason\n甲县,,polyphonic character\n')).toThrow(/required/);
  });
});

describe('override table data/sources/place_name_overrides.csv', () => {
  const rows = parseCsv(overridesText);

  it('has the header name_zh,name_en,reason', () => {
    expect(overridesText.split(/\r?\n/)[0]).toBe('name_zh,name_en,reason');
  });

  it('has no duplicate keys', () => {
    const keys = rows.map((r) => r.name_zh);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
    expect(overrides.size).toBe(rows.length);
  });

  it('uses only the allowed reasons', () => {
    expect(rows.filter((r) => !OVERRIDE_REASONS.includes(r.reason ?? ''))).toEqual([]);
  });

  it('has no unused keys (every key is a county or a prefecture in counties_832.csv)', () => {
    const known = new Set([...counties.map((c) => c.name_zh), ...prefectures.keys()]);
    const unused = [...overrides.keys()].filter((k) => !known.has(k));
    expect(unused, `unused overrides: ${unused.join(' ')}`).toEqual([]);
  });

  it('differs from the pinyin rule for every entry (no redundant rows)', () => {
    const redundant = [...overrides.values()].filter((o) => englishPlaceName(o.nameZh) === o.nameEn);
    expect(redundant.map((o) => o.nameZh)).toEqual([]);
  });
});

// ASCII letters, space, apostrophe, hyphen, ü/Ü; a comma only in a list of
// three or more ethnic groups ("Yi, Hui and Miao").
const NAME_CHARS = /^[A-Za-z\u00fc\u00dc' ,-]+$/;

function checkName(zh: string): void {
  const name = en(zh);
  expect(name).not.toBe('');
  expect(name).not.toMatch(/undefined|null|NaN/);
  expect(name).not.toMatch(/\p{Script=Han}/u);
  expect(name, name).toMatch(NAME_CHARS);
  expect(name).not.toMatch(/ {2}|^ | $/);
  expect(name).not.toMatch(/,(?! )/);
  if (name.includes(',')) expect(parsePlaceName(zh).ethnicZh.length >= 3 || overrides.has(zh)).toBe(true);
  expect(name.charAt(0)).toMatch(/[A-ZÜ]/);
  if (!KNOWN_WITHOUT_SUFFIX.has(zh)) {
    expect(endsWithUnitType(name), `${zh} → ${name} has no unit type`).toBe(true);
  }
  const p = parsePlaceName(zh);
  if (p.suffixZh.startsWith('自治')) {
    // every ethnic group found, nothing with 族 left in the base
    expect(p.base, zh).not.toMatch(/族/);
    for (const e of p.ethnicZh) expect(ETHNIC_GROUPS, e).toHaveProperty(e);
    expect(name).toMatch(/Autonomous/);
  }
}

describe('every county in counties_832.csv', () => {
  it('has 832 rows', () => {
    expect(counties).toHaveLength(832);
  });

  it.each(counties.map((c) => [c.id, c.name_zh ?? ''] as const))('%s %s', (_id, zh) => {
    checkName(zh);
  });

  it('lists every county with its unit suffix (湄潭县 was once 湄潭)', () => {
    expect(counties.some((c) => c.name_zh === '湄潭')).toBe(false);
  });

  it('gives names that are unique within each prefecture', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of counties) {
      const key = `${c.province_zh}/${c.prefecture_zh}/${en(c.name_zh ?? '')}`;
      const prev = seen.get(key);
      if (prev) clashes.push(`${prev} & ${c.name_zh} → ${en(c.name_zh ?? '')}`);
      seen.set(key, c.name_zh ?? '');
    }
    expect(clashes).toEqual([]);
  });
});

describe('every prefecture in counties_832.csv', () => {
  it('has the prefectures', () => {
    expect(prefectures.size).toBeGreaterThan(150);
  });

  it.each([...prefectures].map(([p, prov]) => [prov, p] as const))('%s %s', (_prov, zh) => {
    checkName(zh);
  });

  it('gives names that are unique within each province', () => {
    const byProv = new Map<string, Set<string>>();
    const clashes: string[] = [];
    for (const [p, prov] of prefectures) {
      const set = byProv.get(prov) ?? new Set<string>();
      if (set.has(en(p))) clashes.push(`${prov} ${p} → ${en(p)}`);
      set.add(en(p));
      byProv.set(prov, set);
    }
    expect(clashes).toEqual([]);
  });
});

describe('placePinyin: the search key of the county finder', () => {
  const py = (zh: string): string => placePinyin(zh, overrides);

  it.each([
    ['临泉县', 'lin quan xian'],
    ['秀山土家族苗族自治县', 'xiu shan tu jia zu miao zu zi zhi xian'],
    ['井冈山市', 'jing gang shan shi'],
    ['绿春县', 'lü chun xian'],
    ['略阳县', 'lüe yang xian'],
    ['宣恩县', 'xuan en xian'],
    ['冷湖行委', 'leng hu xing wei'],
  ])('%s → %s', (zh, expected) => {
    expect(py(zh)).toBe(expected);
  });

  it.each([
    // polyphonic characters that pinyin-pro reads right in context
    ['长顺县', 'chang shun xian'],
    ['乐业县', 'le ye xian'],
    ['六枝特区', 'liu zhi te qu'],
    ['柞水县', 'zha shui xian'],
    ['佛坪县', 'fo ping xian'],
    ['朝天区', 'chao tian qu'],
    // polyphonic characters fixed by the override table: the readings that spell the override
    ['蔚县', 'yu xian'],
    ['繁峙县', 'fan shi xian'],
    ['吴堡县', 'wu bu xian'],
    ['宕昌县', 'tan chang xian'],
    ['牟定县', 'mou ding xian'],
    ['都安瑶族自治县', 'du an yao zu zi zhi xian'],
    ['于都县', 'yu du xian'],
    ['乐都县', 'le du xian'],
    // a reading pinyin-pro does not know, marked off by the override's apostrophe
    ['茫崖行委', 'mang ai xing wei'],
  ])('polyphone %s → %s', (zh, expected) => {
    expect(py(zh)).toBe(expected);
  });

  it.each([
    // non-Han names: the hanyu pinyin of the Chinese name, not the English name
    ['喀什市', 'ka shi shi'],
    ['阿图什市', 'a tu shi shi'],
    ['塔什库尔干塔吉克自治县', 'ta shi ku er gan ta ji ke zi zhi xian'],
    ['江孜县', 'jiang zi xian'],
    ['莎车县', 'sha che xian'],
    ['科尔沁右翼前旗', 'ke er qin you yi qian qi'],
  ])('non-Han name %s → %s', (zh, expected) => {
    expect(py(zh)).toBe(expected);
  });

  it('without the override table, the polyphones fall back to pinyin-pro (so the table is what fixes them)', () => {
    expect(placePinyin('蔚县')).toBe('wei xian');
    expect(placePinyin('')).toBe('');
  });

  it('rejects a polyphonic-character override that no reading of the characters spells', () => {
    const bad = loadOverrides('name_zh,name_en,reason\n蔚县,Zzz County,polyphonic character\n');
    expect(() => placePinyin('蔚县', bad)).toThrow(/no reading of the characters of 蔚县/);
  });

  it('agrees with the English name for every county whose name is not overridden', () => {
    const letters = (s: string): string => s.toLowerCase().replace(/[^a-zü]/g, '');
    const clashes: string[] = [];
    for (const c of counties) {
      const zh = c.name_zh ?? '';
      if (overrides.has(zh)) continue;
      const base = parsePlaceName(zh).base;
      const key = placePinyin(zh, overrides)
        .split(' ')
        .slice(0, [...base].length)
        .join('');
      if (key !== letters(pinyinName(base))) clashes.push(`${zh}: ${key} vs ${pinyinName(base)}`);
    }
    expect(clashes).toEqual([]);
  });

  it('gives every county lower-case toneless syllables, one space apart', () => {
    for (const c of counties) expect(placePinyin(c.name_zh ?? '', overrides)).toMatch(/^[a-zü]+( [a-zü]+)+$/);
  });
});
