// English names for county-level and prefecture-level units.
//
// Pure and deterministic: the same Chinese name and override table always give
// the same English name. The rule is
//
//   <Pinyin base> [<ethnic groups>] <unit type>
//
// e.g. 秀山土家族苗族自治县 → "Xiushan Tujia and Miao Autonomous County", where
// the base is written in toneless pinyin (syllables joined, first letter
// capitalised, an apostrophe before a non-initial syllable starting with a, o or
// e, ü kept as ü). Names with an established English form (Kashgar, Shigatse,
// Horqin …) or whose base contains a character that pinyin-pro reads wrongly in
// a place name (蔚县 → Yu County, 六安 → Lu'an …) are listed in the override
// table data/sources/place_name_overrides.csv, keyed by the full Chinese name.
//
// CLI: `npx tsx scripts/lib/english-names.ts --check` prints every county as
// `id name_zh → name_en`, then every prefecture as `province name_zh → name_en`,
// for review. `--reasons` tags rows that come from the override table,
// `--polyphonic` tags names containing a character with several readings.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { parseCsv } from './csv.ts';

/** Unit-type suffixes, longest first so that 自治县 wins over 县, 林区 over 区. */
export const SUFFIXES: ReadonlyArray<{ zh: string; en: string; autonomous: boolean }> = Object.freeze([
  { zh: '自治县', en: 'Autonomous County', autonomous: true },
  { zh: '自治旗', en: 'Autonomous Banner', autonomous: true },
  { zh: '自治州', en: 'Autonomous Prefecture', autonomous: true },
  { zh: '林区', en: 'Forestry District', autonomous: false },
  { zh: '特区', en: 'Special District', autonomous: false },
  { zh: '行委', en: 'Administrative Committee', autonomous: false },
  { zh: '地区', en: 'Prefecture', autonomous: false },
  { zh: '县', en: 'County', autonomous: false },
  { zh: '旗', en: 'Banner', autonomous: false },
  { zh: '市', en: 'City', autonomous: false },
  { zh: '区', en: 'District', autonomous: false },
  { zh: '盟', en: 'League', autonomous: false },
]);

/** English words that may appear as (part of) a unit type. */
export const SUFFIX_WORDS = Object.freeze([
  'Autonomous',
  'County',
  'Banner',
  'Prefecture',
  'City',
  'District',
  'Special',
  'Forestry',
  'Administrative',
  'Committee',
  'League',
]);

/** Standard English names of ethnic groups, keyed by the name with 族. */
export const ETHNIC_GROUPS: Readonly<Record<string, string>> = Object.freeze({
  土家族: 'Tujia',
  苗族: 'Miao',
  彝族: 'Yi',
  回族: 'Hui',
  藏族: 'Tibetan',
  蒙古族: 'Mongol',
  满族: 'Manchu',
  瑶族: 'Yao',
  壮族: 'Zhuang',
  侗族: 'Dong',
  布依族: 'Bouyei',
  水族: 'Shui',
  仡佬族: 'Gelao',
  哈尼族: 'Hani',
  傣族: 'Dai',
  傈僳族: 'Lisu',
  拉祜族: 'Lahu',
  佤族: 'Va',
  纳西族: 'Naxi',
  普米族: 'Pumi',
  怒族: 'Nu',
  独龙族: 'Derung',
  白族: 'Bai',
  羌族: 'Qiang',
  土族: 'Tu',
  撒拉族: 'Salar',
  东乡族: 'Dongxiang',
  保安族: 'Bonan',
  裕固族: 'Yugur',
  哈萨克族: 'Kazakh',
  塔吉克族: 'Tajik',
  柯尔克孜族: 'Kirgiz',
  锡伯族: 'Xibe',
  黎族: 'Li',
  畲族: 'She',
  毛南族: 'Maonan',
  仫佬族: 'Mulao',
  鄂伦春族: 'Oroqen',
  达斡尔族: 'Daur',
  鄂温克族: 'Ewenki',
  景颇族: 'Jingpo',
  阿昌族: 'Achang',
  布朗族: 'Blang',
  德昂族: "De'ang",
  基诺族: 'Jino',
  朝鲜族: 'Korean',
  维吾尔族: 'Uyghur',
  俄罗斯族: 'Russian',
  京族: 'Gin',
  门巴族: 'Monba',
  珞巴族: 'Lhoba',
});

/**
 * Ethnic names that official unit names use without 族 (伊犁哈萨克自治州,
 * 塔什库尔干塔吉克自治县, 察布查尔锡伯自治县, 鄂伦春自治旗 …). Only names of two
 * or more characters, so that a base name ending in 土, 回, 白 … is never
 * mistaken for an ethnic group.
 */
const BARE_ETHNIC: ReadonlyArray<string> = Object.freeze(['哈萨克', '塔吉克', '柯尔克孜', '锡伯', '鄂伦春', '鄂温克', '达斡尔', '维吾尔', '蒙古', '朝鲜']);

/** Ethnic names with 族, longest first, tried against the end of the name. */
const ETHNIC_LONGEST_FIRST = Object.freeze(Object.keys(ETHNIC_GROUPS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));

/** 各族 ("all ethnic groups"): goes after the unit type. */
const VARIOUS = '各族';
const VARIOUS_EN = 'of Various Ethnic Groups';

export interface PlaceNameOverride {
  nameZh: string;
  nameEn: string;
  reason: string;
}
export type OverrideTable = ReadonlyMap<string, PlaceNameOverride | string> | Readonly<Record<string, PlaceNameOverride | string>>;

export interface ParsedPlaceName {
  /** the proper name, e.g. 秀山 (may be '' as in 东乡族自治县) */
  base: string;
  /** ethnic groups in the order of the Chinese name, e.g. ['土家族', '苗族'] */
  ethnicZh: string[];
  /** true for 各族自治县 */
  various: boolean;
  /** e.g. 自治县; '' if none was recognised */
  suffixZh: string;
  /** e.g. Autonomous County; '' if none */
  suffixEn: string;
}

/** Reasons allowed in the override table. */
export const OVERRIDE_REASONS: ReadonlyArray<string> = Object.freeze([
  'established English form',
  'polyphonic character',
  'Mongolian name',
  'Uyghur name',
  'Tibetan name',
]);

/** Split a Chinese unit name into base, ethnic groups and unit type. */
export function parsePlaceName(nameZh: string): ParsedPlaceName {
  const name = String(nameZh ?? '').trim();
  // a suffix needs something in front of it: "县" alone is not a name
  const suffix = SUFFIXES.find((s) => name.endsWith(s.zh) && name.length > s.zh.length) ?? null;
  let rest = suffix ? name.slice(0, name.length - suffix.zh.length) : name;
  const ethnicZh: string[] = [];
  let various = false;
  if (suffix?.autonomous) {
    if (rest.endsWith(VARIOUS)) {
      various = true;
      rest = rest.slice(0, -VARIOUS.length);
    }
    for (;;) {
      const hit = ETHNIC_LONGEST_FIRST.find((e) => rest.endsWith(e)) ?? BARE_ETHNIC.find((e) => rest.endsWith(e));
      if (!hit) break;
      ethnicZh.unshift(hit.endsWith('族') ? hit : `${hit}族`);
      rest = rest.slice(0, rest.length - hit.length);
    }
  }
  return {
    base: rest,
    ethnicZh,
    various,
    suffixZh: suffix?.zh ?? '',
    suffixEn: suffix?.en ?? '',
  };
}

/**
 * Toneless pinyin of a Chinese proper name, syllables joined, first letter
 * capitalised, apostrophe before a non-initial syllable beginning with a, o or
 * e (Xi'an), ü written as ü (Lüliang). Non-Chinese characters are kept.
 */
export function pinyinName(zh: string): string {
  if (!zh) return '';
  const syllables = rawSyllables(zh);
  let out = '';
  syllables.forEach((s, i) => {
    if (i > 0 && /^[aoe]/.test(s)) out += "'";
    out += s;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Toneless syllables as pinyin-pro reads them in context, lower case, ü kept as ü. */
function rawSyllables(zh: string): string[] {
  return (
    pinyin(zh, { toneType: 'none', type: 'array', v: false, nonZh: 'consecutive' })
      // pinyin-pro writes ü as "ü" with v: false; normalise a stray "v" (lv → lü)
      .map((s) => s.toLowerCase().replace(/^([ln])v/, '$1ü'))
  );
}

/**
 * Readings that pinyin-pro takes from common words and that place names never use: 什 is shí in
 * 喀什, 阿图什, 塔什库尔干 (pinyin-pro says shén, as in 什么), 都 is dū in 昌都 (pinyin-pro: dōu).
 * Applied to the pinyin search key only where no override spells the name.
 */
export const PLACE_READINGS: Readonly<Record<string, string>> = Object.freeze({ 什: 'shi', 都: 'du' });

/** Every toneless reading pinyin-pro knows for one character. */
function readingsOf(ch: string): string[] {
  const all = pinyin(ch, { multiple: true, type: 'array', toneType: 'none', v: false }) as string[];
  return [...new Set(all.map((s) => s.toLowerCase().replace(/^([ln])v/, '$1ü')))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** One reading per character whose concatenation is exactly `target`, or null. */
function spellWithReadings(chars: string[], target: string): string[] | null {
  const go = (i: number, pos: number): string[] | null => {
    if (i === chars.length) return pos === target.length ? [] : null;
    for (const r of readingsOf(chars[i]!)) {
      if (!target.startsWith(r, pos)) continue;
      const rest = go(i + 1, pos + r.length);
      if (rest) return [r, ...rest];
    }
    return null;
  };
  return go(0, 0);
}

/** Letters of a pinyin spelling: "Du'an" → "duan", "Lüliang" → "lüliang". */
const letters = (s: string): string => s.toLowerCase().replace(/[^a-zü]/g, '');

/**
 * The toneless hanyu pinyin of a whole Chinese unit name, syllables separated by one space,
 * lower case, ü as ü: 临泉县 → "lin quan xian", 秀山土家族苗族自治县 → "xiu shan tu jia zu miao
 * zu zi zhi xian". This is the search key of the county finder, so it is the pinyin of the
 * Chinese name even where the English name is not pinyin (喀什市 → "ka shi shi", Kashgar City).
 *
 * Where the override table gives the base a pinyin spelling that differs from pinyin-pro's
 * reading (a polyphonic character: 蔚县 → Yu County), the base's syllables are the readings of
 * its characters that spell the override (蔚 → "yu", so "yu xian"); for an override with the
 * reason "polyphonic character" no such reading is an error. Other names use pinyin-pro's
 * reading, with PLACE_READINGS.
 */
export function placePinyin(nameZh: string, overrides?: OverrideTable | null): string {
  const name = String(nameZh ?? '').trim();
  if (!name) return '';
  const parsed = parsePlaceName(name);
  const base = name.slice(0, parsed.base.length);
  const restSyllables = rawSyllables(name.slice(base.length));
  const chars = [...base];
  let baseSyllables: string[] | null = null;
  const override = lookupOverride(overrides, name);
  if (override !== undefined && base) {
    const plain = englishPlaceName(name);
    const tail = plain.slice(pinyinName(base).length);
    if (override.endsWith(tail)) {
      const spelled = override.slice(0, override.length - tail.length);
      baseSyllables = spellWithReadings(chars, letters(spelled));
      // a reading pinyin-pro does not know (茫崖 Mang'ai: 崖 ái), marked off by the apostrophe
      const parts = spelled.split(/['’ -]+/).map(letters);
      if (!baseSyllables && /['’]/.test(spelled) && parts.length === chars.length && parts.every(Boolean)) baseSyllables = parts;
    }
    const reason = overrides instanceof Map ? (overrides.get(name) as PlaceNameOverride | string | undefined) : undefined;
    if (!baseSyllables && typeof reason === 'object' && reason.reason === 'polyphonic character') {
      throw new Error(`english-names: no reading of the characters of ${name} spells the override "${override}"`);
    }
  }
  if (!baseSyllables) {
    baseSyllables = base ? rawSyllables(base) : [];
    if (baseSyllables.length === chars.length) baseSyllables = baseSyllables.map((s, i) => PLACE_READINGS[chars[i]!] ?? s);
  }
  return [...baseSyllables, ...restSyllables].join(' ');
}

/** Join ethnic names: "A", "A and B", "A, B and C". */
function joinAnd(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function lookupOverride(overrides: OverrideTable | undefined | null, key: string): string | undefined {
  if (!overrides) return undefined;
  const hit: unknown =
    overrides instanceof Map
      ? overrides.get(key)
      : Object.prototype.hasOwnProperty.call(overrides, key)
        ? (overrides as Record<string, unknown>)[key]
        : undefined;
  if (typeof hit === 'string') return hit;
  if (hit && typeof hit === 'object' && 'nameEn' in hit) return String(hit.nameEn);
  return undefined;
}

/**
 * English name of a county-level or prefecture-level unit.
 * An override (keyed by the full Chinese name) wins; otherwise the name is
 * built from the pinyin of the base, the English names of the ethnic groups
 * and the English unit type.
 * @param nameZh  e.g. 秀山土家族苗族自治县
 * @param overrides  as returned by loadOverrides()
 * @returns e.g. "Xiushan Tujia and Miao Autonomous County"
 */
export function englishPlaceName(nameZh: string, overrides?: OverrideTable | null): string {
  const name = String(nameZh ?? '').trim();
  if (!name) return '';
  const override = lookupOverride(overrides, name);
  if (override !== undefined) return override;

  const p = parsePlaceName(name);
  const ethnicEn = p.ethnicZh.map((e) => {
    const en = ETHNIC_GROUPS[e];
    if (!en) throw new Error(`english-names: no English name for ethnic group ${e} in ${name}`);
    return en;
  });
  const parts = [pinyinName(p.base), joinAnd(ethnicEn), p.suffixEn, p.various ? VARIOUS_EN : ''].filter(Boolean);
  return parts.join(' ');
}

/**
 * Parse the override table (columns name_zh,name_en,reason).
 * Throws on a missing column, an empty field, an unknown reason or a
 * duplicate name_zh. Keyed by name_zh.
 */
export function loadOverrides(csvText: string): Map<string, PlaceNameOverride> {
  const rows = parseCsv(csvText);
  const map = new Map<string, PlaceNameOverride>();
  rows.forEach((r, i) => {
    const line = i + 2;
    const nameZh = (r.name_zh ?? '').trim();
    const nameEn = (r.name_en ?? '').trim();
    const reason = (r.reason ?? '').trim();
    if (!nameZh || !nameEn || !reason) {
      throw new Error(`place_name_overrides.csv line ${line}: name_zh, name_en and reason are required`);
    }
    if (!OVERRIDE_REASONS.includes(reason)) {
      throw new Error(`place_name_overrides.csv line ${line}: unknown reason "${reason}"`);
    }
    if (map.has(nameZh)) {
      throw new Error(`place_name_overrides.csv line ${line}: duplicate name_zh ${nameZh}`);
    }
    map.set(nameZh, { nameZh, nameEn, reason });
  });
  return map;
}

/**
 * Names that contain a character pinyin-pro knows several readings of: the
 * candidates to check by hand. Returns [character, reading used, all readings].
 */
export function polyphonicCharacters(zh: string): Array<[string, string, string[]]> {
  const base = parsePlaceName(zh).base;
  if (!base) return [];
  return pinyin(base, { type: 'all', toneType: 'none' })
    .filter((d) => d.isZh && new Set(d.polyphonic.map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).size > 1)
    .map((d): [string, string, string[]] => [d.origin, d.pinyin, d.polyphonic]);
}

// ---------------------------------------------------------------- CLI --------

async function main() {
  const { readFile } = await import('node:fs/promises');
  const args = process.argv.slice(2);
  if (!args.includes('--check')) {
    process.stderr.write('usage: npx tsx scripts/lib/english-names.ts --check [--reasons] [--polyphonic]\n');
    process.exitCode = 2;
    return;
  }
  const root = new URL('../../data/sources/', import.meta.url);
  const counties = parseCsv(await readFile(new URL('counties_832.csv', root), 'utf8'));
  const overrides = loadOverrides(await readFile(new URL('place_name_overrides.csv', root), 'utf8'));
  const showPoly = args.includes('--polyphonic');
  const showReasons = args.includes('--reasons');
  const mark = (zh: string): string => {
    const tags: string[] = [];
    if (showReasons && overrides.has(zh)) tags.push(`[override: ${overrides.get(zh)?.reason}]`);
    if (showPoly) {
      const poly = polyphonicCharacters(zh);
      if (poly.length) tags.push(`[polyphonic: ${poly.map(([c, r, all]) => `${c}=${r} of ${all.join('/')}`).join(', ')}]`);
    }
    return tags.length ? `  ${tags.join(' ')}` : '';
  };
  const out: string[] = [];
  const prefectures = new Map<string, string>();
  for (const c of counties) {
    out.push(`${c.id} ${c.name_zh} → ${englishPlaceName(c.name_zh ?? '', overrides)}${mark(c.name_zh ?? '')}`);
    const pref = c.prefecture_zh ?? '';
    if (isPrefectureName(pref) && !prefectures.has(pref)) prefectures.set(pref, c.province_zh ?? '');
  }
  out.push('', `# prefectures (${prefectures.size})`);
  for (const [pref, prov] of prefectures) {
    out.push(`${prov} ${pref} → ${englishPlaceName(pref, overrides)}${mark(pref)}`);
  }
  const unused = [...overrides.keys()].filter((k) => !counties.some((c) => c.name_zh === k) && !prefectures.has(k));
  if (unused.length) out.push('', `# overrides not used by any county or prefecture: ${unused.join(' ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * True for a real prefecture name in counties_832.csv (not the "[]" used for
 * counties directly under a province, not empty).
 */
export function isPrefectureName(name: string): boolean {
  return /\p{Script=Han}/u.test(name);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
