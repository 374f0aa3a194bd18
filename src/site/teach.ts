/**
 * Lesson notes: the answers to each activity are computed here from data/, never typed. The
 * notes (src/content/teach/<locale>/*.md) write `{calc.<name>}` where a computed answer goes,
 * and the story's placeholders (`{figure.poverty_line_2010}`, `{national.ruralPoor.2013}` …)
 * for sourced figures. Pure: data in, text out (tested on the real datasets).
 */
import { localized, scriptOf, strings, type Locale } from '../lib/i18n.ts';
import type { Area, County, NationalYear, Province, RegionalRow } from '../lib/schemas.ts';
import { formatYuan, formatNumber, formatPercent, formatTenThousands } from '../lib/format.ts';
import { renderCopy, type CopyData } from '../lib/copy.ts';
import { splitMembers } from '../lib/areas.ts';
import { regionName } from '../charts/regional.ts';

export interface TeachData extends CopyData {
  national: NationalYear[];
  regional: RegionalRow[];
  counties: Pick<County, 'exitYear' | 'region' | 'province'>[];
  provinces: Pick<Province, 'code' | 'nameEn' | 'nameZh'>[];
  areas: Pick<Area, 'id' | 'counties' | 'members' | 'complete'>[];
}

export class TeachError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeachError';
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function poorIn(d: TeachData, year: number): number {
  const v = d.national.find((n) => n.year === year)?.ruralPoor;
  if (!v) throw new TeachError(`no rural-poor value for ${year}`);
  if (v.status === 'unverified') throw new TeachError(`the rural-poor value for ${year} is unverified`);
  return v.value;
}

function regionalIn(d: TeachData, year: number, region: RegionalRow['region']): number {
  const r = d.regional.find((x) => x.year === year && x.region === region);
  if (!r) throw new TeachError(`no regional value for ${region} ${year}`);
  if (r.poor.status === 'unverified') throw new TeachError(`the regional value for ${region} ${year} is unverified`);
  return r.poor.value;
}

/** Every computed answer, by name, formatted for the locale. */
export function teachCalcs(d: TeachData, locale: Locale): Record<string, string> {
  const n = (x: number) => formatNumber(x, locale);
  const province = (code: string) => {
    const p = d.provinces.find((x) => x.code === code);
    if (!p) throw new TeachError(`unknown province ${code}`);
    return localized(p, 'name', locale);
  };
  const list = (xs: string[]) => xs.join(strings(locale).enumSep);

  // The national series: the average yearly fall from the end of 2013 to the end of 2020.
  const from = 2013;
  const to = 2020;
  const fall = poorIn(d, from) - poorIn(d, to);
  const avgFall = round2(fall / (to - from));
  const yearsWithReduction = d.national
    .filter((y) => y.year > from && y.year <= to && y.reduction && y.reduction.status !== 'unverified')
    .map((y) => ({ year: y.year, value: y.reduction!.value }));
  const biggest = [...yearsWithReduction].sort((a, b) => b.value - a.value || a.year - b.year)[0];
  if (!biggest) throw new TeachError('no yearly reductions 2014–2020');

  // Counties: exits per year, the peak year, and which provinces still had counties on the list in the last year.
  const exitYears = [...new Set(d.counties.map((c) => c.exitYear))].sort();
  const perYear = exitYears.map((y) => ({ year: y, count: d.counties.filter((c) => c.exitYear === y).length }));
  const peak = [...perYear].sort((a, b) => b.count - a.count || a.year - b.year)[0]!;
  const lastYear = exitYears.at(-1)!;
  const lastCodes = [...new Set(d.counties.filter((c) => c.exitYear === lastYear).map((c) => c.province))].sort();
  const byProvince = new Map<string, number>();
  for (const c of d.counties) byProvince.set(c.province, (byProvince.get(c.province) ?? 0) + 1);
  const provinceRank = [...byProvince.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [topCode, topCount] = provinceRank[0]!;
  const provincesWithCounties = byProvince.size;
  const leftBy2018 = d.counties.filter((c) => c.exitYear <= 2018).length;

  // Regions: the West's share of the rural poor, first and last year of the series.
  const regYears = [...new Set(d.regional.map((r) => r.year))].sort();
  const rFirst = regYears[0]!;
  const rLast = regYears.at(-1)!;
  const share = (y: number) => {
    const total = (['east', 'central', 'west'] as const).reduce((s, r) => s + regionalIn(d, y, r), 0);
    return round2((regionalIn(d, y, 'west') / total) * 100);
  };
  const westFall = round2(((regionalIn(d, rFirst, 'west') - regionalIn(d, rLast, 'west')) / regionalIn(d, rFirst, 'west')) * 100);
  const eastFall = round2(((regionalIn(d, rFirst, 'east') - regionalIn(d, rLast, 'east')) / regionalIn(d, rFirst, 'east')) * 100);

  // Areas: how many of the listed counties are identified here.
  const identified = d.areas.reduce((s, a) => s + splitMembers(a.members as Area['members']).solid.length, 0);
  const unverified = d.areas.reduce((s, a) => s + splitMembers(a.members as Area['members']).unverified.length, 0);
  const listed = d.areas.reduce((s, a) => s + a.counties.value, 0);

  // Measures: one square per 100,000 people (figures in 10k persons), rounded down as the chart draws them.
  const verifiedFigure = (id: string) => {
    const f = d.figures.find((x) => x.id === id);
    if (!f) throw new TeachError(`no figure ${id}`);
    if (f.status === 'unverified') throw new TeachError(`the figure ${id} is unverified`);
    return f;
  };
  const squares = (id: string) => Math.floor(verifiedFigure(id).value / 10);

  // Journey: the dated inspection visits named in the article.
  const visits = (d.places ?? []).filter((p) => p.date && (p as { kind?: string }).kind === 'visit' && p.status !== 'unverified');
  const visitYears = visits.map((v) => Number(v.date!.slice(0, 4)));
  if (!visitYears.length) throw new TeachError('no dated visits');

  // Incomes: the latest year in which both series are verified (official, or derived from official ratios).
  const incomeLast = d.national
    .filter((y) => y.poorAreaIncome && y.ruralIncome && y.poorAreaIncome.status !== 'unverified' && y.ruralIncome.status !== 'unverified')
    .sort((a, b) => a.year - b.year)
    .at(-1);
  if (!incomeLast) throw new TeachError('no year with both income series verified');

  // Long view: how many values of the series are official, and where it starts.
  const withPoor = d.national.filter((y) => y.ruralPoor);
  const countStatus = (st: string) => withPoor.filter((y) => y.ruralPoor!.status === st).length;

  return {
    relocatedSquares: n(squares('relocated')),
    rangerSquares: n(squares('forest_rangers')),
    dibaoSquares: n(squares('dibao_special_hardship')),
    disabilitySquares: n(squares('disability_subsidies')),
    ethnicGroups: n(verifiedFigure('small_ethnic_groups').value),
    visitCount: n(visits.length),
    firstVisitYear: String(Math.min(...visitYears)),
    lastVisitYear: String(Math.max(...visitYears)),
    incomeYear: String(incomeLast.year),
    incomePoorArea: formatYuan(incomeLast.poorAreaIncome!.value, locale),
    incomeAllRural: formatYuan(incomeLast.ruralIncome!.value, locale),
    incomeSharePct: formatPercent(round2((incomeLast.poorAreaIncome!.value / incomeLast.ruralIncome!.value) * 100), locale),
    seriesFirstYear: String(Math.min(...withPoor.map((y) => y.year))),
    seriesOfficialCount: n(countStatus('official')),
    seriesUnverifiedCount: n(countStatus('unverified')),
    fromYear: String(from),
    toYear: String(to),
    spanYears: n(to - from),
    fall: formatTenThousands(fall, locale),
    avgFall: formatTenThousands(avgFall, locale),
    avgFall10k: n(avgFall),
    biggestFallYear: String(biggest.year),
    biggestFall: formatTenThousands(biggest.value, locale),
    peakExitYear: String(peak.year),
    peakExitCount: n(peak.count),
    firstExitYear: String(exitYears[0]),
    firstExitCount: n(perYear[0]!.count),
    leftBy2018: n(leftBy2018),
    lastExitYear: String(lastYear),
    lastExitCount: n(perYear.at(-1)!.count),
    lastExitProvinceCount: n(lastCodes.length),
    lastExitProvinces: list(lastCodes.map(province)),
    topProvince: province(topCode),
    topProvinceCount: n(topCount),
    provincesWithCounties: n(provincesWithCounties),
    regionFirstYear: String(rFirst),
    regionLastYear: String(rLast),
    westShareFirst: formatPercent(share(rFirst), locale),
    westShareLast: formatPercent(share(rLast), locale),
    westFallPct: formatPercent(westFall, locale),
    eastFallPct: formatPercent(eastFall, locale),
    west: regionName('west', locale),
    east: regionName('east', locale),
    areasIdentified: n(identified),
    areasUnverified: n(unverified),
    areasListed: n(listed),
    areasIdentifiedPct: formatPercent(round2((identified / listed) * 100), locale),
  };
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_GAP = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'gu');

const CALC = /\{calc\.([a-zA-Z0-9]+)\}/g;

/** Names of the {calc.*} placeholders in a text. */
export function calcNames(md: string): string[] {
  return [...md.matchAll(CALC)].map((m) => m[1]!);
}

/**
 * Lesson-note Markdown → HTML: {calc.*} answers first (escaped, as text), then the story's
 * placeholders and its small Markdown (renderCopy). An unknown name fails the build.
 */
export function renderTeach(md: string, d: TeachData, locale: Locale, where = 'teach', calcs = teachCalcs(d, locale)): string {
  // Folded YAML joins lines with a space, which Chinese text does not want between characters.
  const text = scriptOf(locale) === 'han' ? md.replace(CJK_GAP, '$1') : md;
  const filled = text.replace(CALC, (_, name: string) => {
    const v = calcs[name];
    if (v === undefined) throw new TeachError(`${where}: unknown {calc.${name}}`);
    // Markdown would read * and _ in a value; computed values have none, but make sure.
    return v.replace(/[*[\]()]/g, '');
  });
  // `code` (column names), which the story's small Markdown does not know; the text is escaped already.
  return renderCopy(filled, d, locale, where).replace(/`([^`<>]+)`/g, '<code>$1</code>');
}
