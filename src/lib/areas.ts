/**
 * Pure helpers for the 14 contiguous destitute areas: what a step card about one area may say.
 * Data in (records of data/areas.json, data/counties.json, data/area-facts.json), plain values out;
 * no imports of data/, so they are tested on small tables.
 *
 * Vocabulary (the same everywhere on the site):
 * - official count: the area's number of counties in the 2012 list (areas.json `counties`, sourced, with status).
 * - solid members: memberships with status official or derived and confidence high or medium.
 *   Only these are "identified" as fact.
 * - unverified members: status unverified, confidence high or medium. Shown apart and marked
 *   (hatched on the map), never counted as fact.
 * - low-confidence members: confidence low (always status unverified). Kept as leads; never counted
 *   in any figure, listed only where the reader asks for the evidence.
 */
import type { Area, AreaFact, AreaMember, County, Status } from './schemas.ts';
import { EXIT_YEARS } from './years.ts';
import { EXITS, OVERVIEW } from './scenes.ts';

export type MemberClass = 'solid' | 'unverified' | 'low';

/** Sorts one membership into solid / unverified / low (see the vocabulary above). */
export function memberClass(m: Pick<AreaMember, 'status' | 'confidence'>): MemberClass {
  if (m.confidence === 'low') return 'low';
  return m.status === 'unverified' ? 'unverified' : 'solid';
}

export interface AreaMembersSplit {
  solid: AreaMember[];
  unverified: AreaMember[];
  low: AreaMember[];
}

export function splitMembers(members: AreaMember[]): AreaMembersSplit {
  const out: AreaMembersSplit = { solid: [], unverified: [], low: [] };
  for (const m of members) out[memberClass(m)].push(m);
  return out;
}

export interface ExitsInYear {
  year: number;
  /** Solid members that left the poverty list in that year. */
  solid: number;
  /** Unverified (high/medium) members that left in that year; shown apart, marked. */
  unverified: number;
}

export interface FactToShow {
  fact: AreaFact;
  /** True for an unverified figure: it may be shown only with a visible "unverified" mark. */
  marked: boolean;
}

export interface AreaSummary {
  id: string;
  nameEn: string;
  nameZh: string;
  /** The official county count (2012 list) with its own status and source. */
  official: { value: number; status: Status; source: string };
  /** Number of solid members: "N of M identified" uses this N and official.value as M. */
  identified: number;
  /** Unverified (high/medium) members, shown apart. */
  unverified: number;
  /** Low-confidence leads: never counted on a page. */
  low: number;
  /** True when the solid members alone make up the whole official list. */
  completeSolid: boolean;
  /** True when every county of the 2012 list has a membership row (any status), as areas.json `complete`. */
  complete: boolean;
  members: AreaMembersSplit;
  /** Province codes (2-digit) of the solid members, then of the unverified ones, each sorted. */
  provinces: { solid: string[]; unverified: string[] };
  /** Provinces the area spans in English, as listed for the area (with their own status). */
  provincesEn: { names: string[]; status: Status };
  /** Exits per year, 2016–2020, of the identified members (solid) and, apart, of the unverified ones. */
  exits: ExitsInYear[];
  /** Up to three figures to show: verified first; unverified ones only flagged (marked). */
  facts: FactToShow[];
}

type AreaIn = Pick<Area, 'id' | 'nameEn' | 'nameZh' | 'counties' | 'members' | 'complete' | 'provincesEn' | 'provincesStatus'>;
type CountyIn = Pick<County, 'id' | 'province' | 'exitYear'>;

/**
 * Which facts a card shows, in this order of metrics; one figure per metric (the latest year).
 * Metrics that cover only part of an area (…_sichuan_part, plan_counties_guangxi) are never picked:
 * they would read as the whole area's figure.
 */
export const FACT_PRIORITY: readonly AreaFact['metric'][] = [
  'poor_population',
  'incidence',
  'rural_income',
  'population',
  'land_area',
  'poor_lifted_cumulative',
  'key_counties',
  'plan_counties',
  'rural_net_income',
  'rural_population',
];

const verified = (s: Status) => s !== 'unverified';

/** The 1–3 figures to show for an area (or for 'all'): verified first, then unverified ones marked. */
export function factsToShow(areaId: string, facts: AreaFact[], max = 3): FactToShow[] {
  const own = facts.filter((f) => f.area === areaId && FACT_PRIORITY.includes(f.metric));
  const pick = (ok: (s: Status) => boolean) =>
    FACT_PRIORITY.flatMap((metric) => {
      const c = own.filter((f) => f.metric === metric && ok(f.status)).sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
      return c.length ? [c[0]!] : [];
    });
  const first = pick(verified);
  const shownMetrics = new Set(first.map((f) => f.metric));
  const then = pick((s) => !verified(s)).filter((f) => !shownMetrics.has(f.metric));
  return [...first, ...then].slice(0, max).map((fact) => ({ fact, marked: fact.status === 'unverified' }));
}

/** A yearly series of one metric for one area (or 'all'), sorted by year; undated figures are left out. */
export function factSeries(areaId: string, metric: AreaFact['metric'], facts: AreaFact[]): FactToShow[] {
  return facts
    .filter((f) => f.area === areaId && f.metric === metric && f.year !== null)
    .sort((a, b) => a.year! - b.year!)
    .map((fact) => ({ fact, marked: fact.status === 'unverified' }));
}

/** Counts, per exit year (EXIT_YEARS), the solid and the unverified members that left the list then. */
export function exitsByYear(split: AreaMembersSplit, counties: CountyIn[]): ExitsInYear[] {
  const byId = new Map(counties.map((c) => [c.id, c]));
  const year = (m: AreaMember) => {
    const c = byId.get(m.county);
    if (!c) throw new Error(`area member ${m.county} is not one of the 832 counties`);
    return c.exitYear;
  };
  return EXIT_YEARS.map((y) => ({
    year: y,
    solid: split.solid.filter((m) => year(m) === y).length,
    unverified: split.unverified.filter((m) => year(m) === y).length,
  }));
}

function provincesOf(members: AreaMember[], counties: CountyIn[]): string[] {
  const byId = new Map(counties.map((c) => [c.id, c.province]));
  return [...new Set(members.map((m) => byId.get(m.county)).filter((p): p is string => Boolean(p)))].sort();
}

/** Everything a step card about one area needs. */
export function areaSummary(area: AreaIn, counties: CountyIn[], facts: AreaFact[]): AreaSummary {
  const members = splitMembers(area.members);
  const solidProv = provincesOf(members.solid, counties);
  return {
    id: area.id,
    nameEn: area.nameEn,
    nameZh: area.nameZh,
    official: { value: area.counties.value, status: area.counties.status, source: area.counties.source },
    identified: members.solid.length,
    unverified: members.unverified.length,
    low: members.low.length,
    completeSolid: members.solid.length === area.counties.value,
    complete: area.complete,
    members,
    provinces: { solid: solidProv, unverified: provincesOf(members.unverified, counties).filter((p) => !solidProv.includes(p)) },
    provincesEn: { names: area.provincesEn, status: area.provincesStatus },
    exits: exitsByYear(members, counties),
    facts: factsToShow(area.id, facts),
  };
}

/**
 * The order in which the story visits the areas: west to east, by the mean longitude of the
 * centroids of each area's solid and unverified (high/medium) members; low-confidence leads do not
 * move an area. Ties, and areas with no located member, fall back to the id. `lonOf` gives a county's
 * centroid longitude (e.g. from countyCentroid on data/geo/counties.topo.json).
 */
export function journeyOrder(areas: Pick<Area, 'id' | 'members'>[], lonOf: (countyId: string) => number | undefined): string[] {
  const mean = (a: Pick<Area, 'id' | 'members'>) => {
    const lons = a.members
      .filter((m) => memberClass(m) !== 'low')
      .map((m) => lonOf(m.county))
      .filter((x): x is number => x !== undefined && Number.isFinite(x));
    return lons.length ? lons.reduce((s, x) => s + x, 0) / lons.length : Infinity;
  };
  return areas
    .map((a) => ({ id: a.id, lon: mean(a) }))
    .sort((x, y) => x.lon - y.lon || x.id.localeCompare(y.id))
    .map((x) => x.id);
}

/**
 * journeyOrder() computed on the committed data (tests/data/areas.test.ts recomputes it from
 * data/geo/counties.topo.json and fails if it drifts): south Xinjiang first, the Greater Hinggan
 * southern foothills last.
 */
export const JOURNEY_ORDER: readonly string[] = [
  'south_xinjiang',
  'tibet',
  'dianxi',
  'four_prov_tibetan',
  'wumeng',
  'liupan',
  'dianguiqian',
  'qinba',
  'wuling',
  'lvliang',
  'luoxiao',
  'yanshan_taihang',
  'dabie',
  'daxinganling',
];

/** The areas section's scenes, in order: the overview, one per area in journey order, the closing exits scene. */
export const AREA_SCENES: readonly string[] = [OVERVIEW, ...JOURNEY_ORDER, EXITS];
