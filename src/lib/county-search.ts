/**
 * The county finder's search: pure, no DOM, no fetch, no pinyin-pro (the pinyin key of each
 * county is computed when the data are built, see scripts/lib/english-names.ts placePinyin).
 *
 * A query is matched against each county's Chinese name, its toneless pinyin and its English
 * name, with and without the unit suffix (县/自治县/市/区/旗 …, county/xian/city/shi …), in either
 * script. Ranking: exact > prefix > substring; ties go to the shorter name, then the code.
 * Nothing found: the nearest names by edit distance, as suggestions.
 *
 * The index the browser fetches (/data/county-index.json) is built by buildCountyIndex() and read
 * back, with checks, by parseCountyIndex().
 */
import { isStatus, type Status } from './status.ts';

/** One county as the finder needs it. */
export interface FinderCounty {
  id: string;
  zh: string;
  en: string;
  /** toneless pinyin, syllables space-separated: "lin quan xian" */
  py: string;
  /** 2-digit province code */
  province: string;
  provinceZh: string;
  provinceEn: string;
  /** null for a county directly under its province */
  prefectureZh: string | null;
  prefectureEn: string | null;
  exitYear: number;
  /** the contiguous destitute area it belongs to, or null where not identified */
  area: { id: string; zh: string; en: string; status: Status } | null;
}

/** The JSON file: short keys and arrays, names of provinces and areas given once. */
export interface CountyIndexFile {
  v: 1;
  /** code → [zh, en] */
  p: Record<string, [string, string]>;
  /** id → [zh, en] */
  a: Record<string, [string, string]>;
  /** [id, zh, en, pinyin, province, prefectureZh|null, prefectureEn|null, exitYear, [areaId, status] | null] */
  c: Array<[string, string, string, string, string, string | null, string | null, number, [string, Status] | null]>;
}

/** What buildCountyIndex needs from data/ (a structural subset of the schemas' types). */
export interface IndexSources {
  counties: ReadonlyArray<{
    id: string;
    nameZh: string;
    nameEn: string;
    pinyin: string;
    province: string;
    prefectureZh: string;
    prefectureEn: string;
    exitYear: number;
    areas: ReadonlyArray<{ area: string; status: Status }>;
  }>;
  provinces: ReadonlyArray<{ code: string; nameZh: string; nameEn: string }>;
  areas: ReadonlyArray<{ id: string; nameZh: string; nameEn: string }>;
}

const HAN = /\p{Script=Han}/u;

export function buildCountyIndex(src: IndexSources): CountyIndexFile {
  const used = new Set(src.counties.map((c) => c.province));
  const p: CountyIndexFile['p'] = {};
  for (const x of [...src.provinces].sort((a, b) => a.code.localeCompare(b.code))) if (used.has(x.code)) p[x.code] = [x.nameZh, x.nameEn];
  const a: CountyIndexFile['a'] = {};
  for (const x of src.areas) a[x.id] = [x.nameZh, x.nameEn];
  const c: CountyIndexFile['c'] = [...src.counties]
    .sort((x, y) => x.id.localeCompare(y.id))
    .map((x) => {
      const pref = HAN.test(x.prefectureZh);
      const m = x.areas[0];
      return [
        x.id,
        x.nameZh,
        x.nameEn,
        x.pinyin,
        x.province,
        pref ? x.prefectureZh : null,
        pref ? x.prefectureEn : null,
        x.exitYear,
        m ? [m.area, m.status] : null,
      ];
    });
  return { v: 1, p, a, c };
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isPair = (x: unknown): x is [string, string] => Array.isArray(x) && x.length === 2 && isStr(x[0]) && isStr(x[1]);

/** Reads the index file; rows that do not have the expected shape are skipped, never thrown on. */
export function parseCountyIndex(json: unknown): FinderCounty[] {
  if (!json || typeof json !== 'object') return [];
  const f = json as Partial<CountyIndexFile>;
  if (f.v !== 1 || !Array.isArray(f.c) || !f.p || typeof f.p !== 'object' || !f.a || typeof f.a !== 'object') return [];
  const out: FinderCounty[] = [];
  for (const row of f.c as unknown[]) {
    if (!Array.isArray(row) || row.length !== 9) continue;
    const [id, zh, en, py, prov, pfZh, pfEn, year, area] = row as unknown[];
    if (!isStr(id) || !isStr(zh) || !isStr(en) || !isStr(py) || !isStr(prov) || typeof year !== 'number') continue;
    const pName = Object.prototype.hasOwnProperty.call(f.p, prov) ? (f.p as Record<string, unknown>)[prov] : undefined;
    if (!isPair(pName)) continue;
    let a: FinderCounty['area'] = null;
    if (Array.isArray(area) && isStr(area[0]) && isStatus(area[1])) {
      const aName = Object.prototype.hasOwnProperty.call(f.a, area[0]) ? (f.a as Record<string, unknown>)[area[0]] : undefined;
      if (isPair(aName)) a = { id: area[0], zh: aName[0], en: aName[1], status: area[1] };
    }
    out.push({
      id,
      zh,
      en,
      py,
      province: prov,
      provinceZh: pName[0],
      provinceEn: pName[1],
      prefectureZh: isStr(pfZh) ? pfZh : null,
      prefectureEn: isStr(pfEn) ? pfEn : null,
      exitYear: year,
      area: a,
    });
  }
  return out;
}

// ------------------------------------------------------------------ normalisation ---------

/** Longest query the finder reads; the rest is ignored (no name is half as long). */
export const MAX_QUERY = 64;
/** Most suggestions shown. */
export const MAX_RESULTS = 8;
/** Most "did you mean" suggestions when nothing matches. */
export const MAX_NEAREST = 5;

/** Chinese unit suffixes, longest first. */
const ZH_SUFFIXES = ['自治县', '自治旗', '林区', '特区', '行委', '县', '旗', '市', '区'];
/** Latin suffix words (English and pinyin), as separate words at the end of a query. */
const LATIN_SUFFIX_WORDS = new Set(['county', 'xian', 'district', 'qu', 'city', 'shi', 'banner', 'qi', 'tequ', 'linqu', 'xingwei', 'zizhixian', 'zizhiqi']);
/** Words that may stand before a suffix word ("Autonomous County", "zi zhi xian", "Special District"). */
const LATIN_PRE_SUFFIX = new Set(['autonomous', 'zizhi', 'special', 'forestry', 'administrative']);
/** Suffixes written without a space ("linquanxian"), longest first; only stripped when a name remains. */
const LATIN_GLUED_SUFFIXES = ['zizhixian', 'zizhiqi', 'county', 'xian', 'shi', 'qu', 'qi'];

export interface NormalisedQuery {
  /** the text as read: trimmed, at most MAX_QUERY characters, without control characters */
  text: string;
  /** 'han' when it contains a Chinese character, 'latin' when letters, 'digits' for a code, 'empty' */
  kind: 'han' | 'latin' | 'digits' | 'empty';
  /** comparable forms, tried in order until one matches: as typed, then without the unit suffix */
  forms: string[];
}

/** Folds a Latin string: lower case, ü/v → u, accents and everything but letters removed. */
export function foldLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/v/g, 'u')
    .replace(/[^a-z]/g, '');
}

/** Han characters of a string, nothing else. */
const hanOnly = (s: string): string => [...s].filter((ch) => HAN.test(ch)).join('');

function stripZhSuffix(s: string): string {
  const hit = ZH_SUFFIXES.find((x) => s.endsWith(x) && s.length > x.length);
  return hit ? s.slice(0, s.length - hit.length) : s;
}

export function normaliseQuery(raw: unknown): NormalisedQuery {
  let text = typeof raw === 'string' ? raw : '';
  text = text.slice(0, MAX_QUERY * 2).normalize('NFKC');
  // control and format characters (including bidi marks) out; whitespace kept as a space
  text = text
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = [...text].slice(0, MAX_QUERY).join('');
  if (HAN.test(text)) {
    const zh = hanOnly(text);
    return { text, kind: 'han', forms: unique([zh, stripZhSuffix(zh)]) };
  }
  const digits = text.replace(/\s/g, '');
  if (/^\d{2,6}$/.test(digits)) return { text, kind: 'digits', forms: [digits] };
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-zü]+/)
    .filter(Boolean);
  const full = foldLatin(words.join(''));
  if (!full) return { text, kind: 'empty', forms: [] };
  let w = words;
  if (w.at(-1) === 'committee') w = w.slice(0, -1);
  if (w.length > 1 && LATIN_SUFFIX_WORDS.has(w.at(-1)!)) w = w.slice(0, -1);
  if (w.at(-1) === 'zhi' && w.at(-2) === 'zi') w = w.slice(0, -2);
  if (w.length > 1 && LATIN_PRE_SUFFIX.has(w.at(-1)!)) w = w.slice(0, -1);
  let stripped = foldLatin(w.join(''));
  if (w.length === 1) {
    const glued = LATIN_GLUED_SUFFIXES.find((x) => stripped.endsWith(x) && stripped.length - x.length >= 2);
    if (glued) stripped = stripped.slice(0, stripped.length - glued.length);
  }
  return { text, kind: 'latin', forms: unique([full, stripped]) };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

// ------------------------------------------------------------------ matching --------------

/** Comparable keys of one county, computed once. */
export interface SearchKeys {
  county: FinderCounty;
  han: string[];
  latin: string[];
}

/** Unit suffix words at the end of an English name ("Autonomous County", "Special District" …). */
const EN_SUFFIX =
  /\s+(?:Autonomous\s+)?(?:County|Banner|City|District|Special District|Forestry District|Administrative Committee)(?:\s+of Various Ethnic Groups)?$/;

export function searchKeys(c: FinderCounty): SearchKeys {
  const zhBase = stripZhSuffix(c.zh);
  const syl = c.py.split(' ').filter(Boolean);
  // one syllable per character: the base's pinyin is the first |base| syllables
  const baseLen = [...zhBase].length;
  const pyBase = syl.length === [...c.zh].length ? syl.slice(0, baseLen).join('') : syl.join('');
  const enBase = c.en.replace(EN_SUFFIX, '');
  return {
    county: c,
    han: unique([c.zh, zhBase]),
    latin: unique([foldLatin(c.py), foldLatin(pyBase), foldLatin(c.en), foldLatin(enBase)]),
  };
}

export function buildSearchKeys(counties: readonly FinderCounty[]): SearchKeys[] {
  return counties.map(searchKeys);
}

export type MatchKind = 'exact' | 'prefix' | 'substring';
const RANK: Record<MatchKind, number> = { exact: 3, prefix: 2, substring: 1 };

export interface Match {
  county: FinderCounty;
  kind: MatchKind;
}

export interface SearchResult {
  query: NormalisedQuery;
  /** at most MAX_RESULTS, best first */
  matches: Match[];
  /** how many counties match in all */
  total: number;
  /** when nothing matches: the nearest names, best first (at most MAX_NEAREST), each county once */
  nearest: FinderCounty[];
  /**
   * A real county-level unit that is not one of the 832, when the query names one (its name as in
   * the boundary file, e.g. 海淀区): the finder says so instead of suggesting look-alikes. Else null.
   */
  outside: string | null;
}

function matchOne(forms: readonly string[], keys: readonly string[], minSubstring: number): { kind: MatchKind; len: number } | null {
  let best: { kind: MatchKind; len: number } | null = null;
  for (const f of forms) {
    for (const k of keys) {
      let kind: MatchKind | null = null;
      if (k === f) kind = 'exact';
      else if (k.startsWith(f)) kind = 'prefix';
      else if (f.length >= minSubstring && k.includes(f)) kind = 'substring';
      if (!kind) continue;
      if (!best || RANK[kind] > RANK[best.kind] || (RANK[kind] === RANK[best.kind] && k.length < best.len)) best = { kind, len: k.length };
    }
  }
  return best;
}

/**
 * Search the index. Never throws: any input gives a result, possibly empty. `outside` (from
 * outsideNames()) names the county-level units that are not among the 832, so that a query naming
 * one is answered as such rather than with look-alikes.
 */
export function searchCounties(keys: readonly SearchKeys[], raw: unknown, limit = MAX_RESULTS, outside: OutsideNames | null = null): SearchResult {
  const query = normaliseQuery(raw);
  const empty: SearchResult = { query, matches: [], total: 0, nearest: [], outside: null };
  if (query.kind === 'empty' || !query.forms.length) return empty;
  let hits: Array<{ county: FinderCounty; kind: MatchKind; len: number }> = [];
  // the query as typed first; the form without the suffix only when that finds nothing
  // ("临泉市" → 临泉, "Linquan Qu" → linquan), so that "xi xian" does not count every "xi…"
  for (const [i, form] of query.forms.entries()) {
    // a full name with its suffix that is a unit outside the 832 (和平区) is that unit, not a look-alike (和平县)
    if (i > 0 && query.kind === 'han' && outside?.full.has(query.forms[0]!)) return { ...empty, outside: query.forms[0]! };
    for (const k of keys) {
      const m =
        query.kind === 'han' ? matchOne([form], k.han, 1) : query.kind === 'digits' ? matchOne([form], [k.county.id], 99) : matchOne([form], k.latin, 3);
      if (m) hits.push({ county: k.county, ...m });
    }
    if (hits.length) break;
    hits = [];
  }
  hits.sort((a, b) => RANK[b.kind] - RANK[a.kind] || a.len - b.len || a.county.id.localeCompare(b.county.id));
  hits = uniqueBy(hits, (h) => h.county.id);
  const matches = hits.slice(0, Math.max(0, limit)).map(({ county, kind }) => ({ county, kind }));
  if (hits.length) return { query, matches, total: hits.length, nearest: [], outside: null };
  const out = outsideName(outside, query);
  return { query, matches, total: 0, nearest: out ? [] : nearest(keys, query), outside: out };
}

/** The first of each key, in order. */
function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true));
}

// ------------------------------------------------------------------ units outside the 832 --

/**
 * The county-level units of mainland China that are not among the 832 (the boundary file's names,
 * data/geo/counties.topo.json, ids `x-…`), as the browser fetches them: /data/county-names.json,
 * `{ v: 1, n: "东城区,丰台区,…" }`, one string, sorted, each name once.
 */
export interface OutsideNamesFile {
  v: 1;
  n: string;
}

export function buildOutsideNames(names: Iterable<string>, exclude: Iterable<string> = []): OutsideNamesFile {
  const skip = new Set(exclude);
  const list = [...new Set([...names].map((n) => hanOnly(n)).filter((n) => n && !skip.has(n)))].sort();
  return { v: 1, n: list.join(',') };
}

/** Lookup of the units outside the 832: each full name, and each name without its suffix → the full names. */
export interface OutsideNames {
  full: Set<string>;
  base: Map<string, string[]>;
}

export function parseOutsideNames(json: unknown): OutsideNames | null {
  if (!json || typeof json !== 'object') return null;
  const f = json as Partial<OutsideNamesFile>;
  if (f.v !== 1 || typeof f.n !== 'string') return null;
  const full = new Set(f.n.split(',').map(hanOnly).filter(Boolean));
  const base = new Map<string, string[]>();
  for (const n of full) {
    const b = stripZhSuffix(n);
    base.set(b, [...(base.get(b) ?? []), n]);
  }
  return { full, base };
}

/** The unit outside the 832 that a Chinese query names (with or without its suffix), or null. */
export function outsideName(outside: OutsideNames | null, query: NormalisedQuery): string | null {
  if (!outside || query.kind !== 'han') return null;
  for (const f of query.forms) {
    if (outside.full.has(f)) return f;
    const b = outside.base.get(f);
    // a bare name shared by several units (鼓楼 → 鼓楼区 in four cities) is named once, by its first
    if (b?.length) return b[0]!;
  }
  return null;
}

/** Levenshtein distance on code points (small strings only). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/**
 * The nearest names to a query that matched nothing: smallest edit distance to the name without
 * its suffix (Chinese for a Chinese query, pinyin or English otherwise), within a third of the
 * query's length (at least 1, at most 3).
 */
export function nearest(keys: readonly SearchKeys[], query: NormalisedQuery, n = MAX_NEAREST): FinderCounty[] {
  if (query.kind !== 'han' && query.kind !== 'latin') return [];
  const q = query.forms[query.forms.length - 1]!;
  const len = [...q].length;
  if (len < 2) return [];
  const max = Math.min(3, Math.max(1, Math.floor(len / 3)));
  const scored: Array<{ county: FinderCounty; d: number; p: number }> = [];
  const common = (a: string, b: string): number => {
    const x = [...a];
    const y = [...b];
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    return i;
  };
  for (const k of keys) {
    const cands = query.kind === 'han' ? k.han : k.latin;
    let d = Infinity;
    let p = 0;
    for (const c of cands) {
      p = Math.max(p, common(q, c));
      // compare with a prefix of the same length too, so that a misspelt start still finds a long name
      d = Math.min(d, editDistance(q, c), editDistance(q, [...c].slice(0, len).join('')) + 1);
    }
    if (d <= max) scored.push({ county: k.county, d, p });
  }
  // nearest first; among equals, the one that shares the longer start with the query; each county once
  scored.sort((a, b) => a.d - b.d || b.p - a.p || a.county.id.localeCompare(b.county.id));
  return uniqueBy(scored, (s) => s.county.id)
    .slice(0, n)
    .map((s) => s.county);
}

/** A county id as the finder accepts it in ?county= (6 digits or HX-…); anything else is null. */
export function parseCountyParam(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const v = raw.trim();
  return /^(\d{6}|HX-[A-Z]{1,20})$/.test(v) ? v : null;
}
