/**
 * The step card of one contiguous destitute area, as an HTML string (pure: data in, markup out;
 * the page passes the data and a source lookup). Every number comes from the records given:
 * the official county count, how many are identified here (solid members) and how many rest on
 * unverified sources, when the identified counties left the list (an exit strip drawn at build
 * time), and a source line for each kind of figure on the step, the figures its copy cites
 * included (unverified ones marked). Without JavaScript the card carries the area's static small map.
 */
import type { AreaSummary } from '../lib/areas.ts';
import type { AreaFact, Province, Source, Status } from '../lib/schemas.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { formatNumber, formatPercent, formatTenThousands, formatYuan } from '../lib/format.ts';
import { localePath, type Locale } from '../lib/i18n.ts';

const METRIC: Record<AreaFact['metric'], Record<Locale, string>> = {
  poor_population: { en: 'Rural poor', zh: '农村贫困人口' },
  incidence: { en: 'Poverty incidence', zh: '贫困发生率' },
  rural_income: { en: 'Per-capita disposable income of rural residents', zh: '农村居民人均可支配收入' },
  population: { en: 'Population', zh: '人口' },
  land_area: { en: 'Land area', zh: '面积' },
  poor_lifted_cumulative: { en: 'People lifted out of poverty, cumulative', zh: '累计脱贫人口' },
  key_counties: { en: 'Key counties for poverty alleviation', zh: '国家扶贫开发工作重点县' },
  plan_counties: { en: 'Counties in the area’s development plan', zh: '片区规划范围内的县' },
  rural_net_income: { en: 'Per-capita net income of rural residents', zh: '农民人均纯收入' },
  rural_population: { en: 'Rural population', zh: '农村人口' },
  plan_counties_guangxi: { en: 'Counties in the plan (Guangxi part)', zh: '片区规划范围内的县（广西部分）' },
  poor_population_sichuan_part: { en: 'Rural poor (Sichuan part)', zh: '农村贫困人口（四川部分）' },
  incidence_sichuan_part: { en: 'Poverty incidence (Sichuan part)', zh: '贫困发生率（四川部分）' },
};

/** A fact's value in the reader's language, with its unit. */
export function formatFact(f: Pick<AreaFact, 'value' | 'unit'>, locale: Locale): string {
  const zh = locale === 'zh';
  if (f.unit === '10k persons') return formatTenThousands(f.value, locale) + (zh ? '人' : ' people');
  if (f.unit === 'percent') return formatPercent(f.value, locale);
  if (f.unit.startsWith('yuan')) return formatYuan(f.value, locale);
  if (f.unit === '10k km²') return zh ? `${formatNumber(f.value, 'zh')}万平方公里` : `${formatNumber(Math.round(f.value * 10000), 'en', 0)} km²`;
  if (f.unit === 'counties') return zh ? `${formatNumber(f.value, 'zh', 0)}个` : formatNumber(f.value, 'en', 0);
  throw new Error(`formatFact: unknown unit "${f.unit}"`);
}

const MARK: Record<Exclude<Status, 'official'>, Record<Locale, string>> = {
  derived: { en: 'derived', zh: '推算' },
  unverified: { en: 'unverified', zh: '未经核实' },
};
const badge = (s: Status, locale: Locale) => (s === 'official' ? '' : ` <span class="status-badge ${s}">${MARK[s][locale]}</span>`);

const sourceLink = (src: Source, locale: Locale) =>
  `<a href="${localePath(locale, '/sources/')}#src-${esc(src.id)}">${esc(src.publisher)}</a>${src.date ? ` (${esc(src.date)})` : ''}`;

/** "2011 and 2019" / "2011、2019年": the years of a group of figures ('' when none is stated). */
function yearsText(years: (number | null)[], locale: Locale): string {
  const ys = [...new Set(years.filter((y): y is number => y !== null))].sort();
  if (!ys.length) return '';
  if (locale === 'zh') return `（${ys.join('、')}年）`;
  return `, ${ys.length > 1 ? `${ys.slice(0, -1).join(', ')} and ${ys.at(-1)}` : ys[0]}`;
}

/**
 * One source line per kind of figure on the step: the area's name and provinces, its county count,
 * the exit years, and each figure the step's copy cites (grouped by metric and source).
 */
function sourceLines(o: AreaCardInput): string {
  const { locale } = o;
  const zh = locale === 'zh';
  const count = o.summary.official;
  const lines: { label: string; source: string; status?: Status }[] = [
    { label: zh ? '名称与省份' : 'Name and provinces', source: o.nameSource },
    { label: zh ? '2012年名单中的县数' : 'Counties in the 2012 list', source: count.source, status: count.status },
  ];
  lines.push({ label: zh ? '各县摘帽年份' : 'Years the counties left the list', source: o.exitsSource });
  const groups = new Map<string, AreaFact[]>();
  for (const f of o.cited) groups.set(`${f.metric} ${f.source}`, [...(groups.get(`${f.metric} ${f.source}`) ?? []), f]);
  for (const fs of groups.values()) {
    const f = fs[0]!;
    const worst: Status = fs.some((x) => x.status === 'unverified') ? 'unverified' : fs.some((x) => x.status === 'derived') ? 'derived' : 'official';
    lines.push({ label: METRIC[f.metric][locale] + yearsText(fs.map((x) => x.year), locale), source: f.source, status: worst });
  }
  const sep = zh ? '：' : ': ';
  return `<ul class="figure-source area-sources">${lines
    .map((l) => `<li>${esc(l.label)}${sep}${sourceLink(o.sourceOf(l.source), locale)}${l.status ? badge(l.status, locale) : ''}</li>`)
    .join('')}</ul>`;
}

export interface AreaCardInput {
  summary: AreaSummary;
  locale: Locale;
  provinces: Pick<Province, 'nameEn' | 'shortZh'>[];
  sourceOf: (id: string) => Source;
  /** Source ids of the area's name and provinces, and of the exit years (the county count's is in the summary). */
  nameSource: string;
  exitsSource: string;
  /** The area figures the step's copy cites: each gets a source line. */
  cited: AreaFact[];
  /** The static small map for readers without JavaScript. */
  smallMap: { light: string; dark: string; width: number; height: number; alt: string };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function areaCardHtml(o: AreaCardInput): string {
  const { summary: s, locale } = o;
  const zh = locale === 'zh';
  const provinceName = (en: string) => (zh ? (o.provinces.find((p) => p.nameEn === en)?.shortZh ?? en) : en);
  const provinces = s.provincesEn.names.map(provinceName).join(zh ? '、' : ', ');
  const exitsTotal = s.exits.reduce((t, e) => t + e.solid + e.unverified, 0);
  // when the identified counties left the list: the count per year, 2016–2020 (unverified ones after a plus)
  const strip = exitsTotal
    ? `<p class="area-exits">${zh ? '已确认的县摘帽年份：' : 'Identified counties leaving the list: '}${s.exits
        .map((e) => `<span class="y${e.year}"><b>${e.year}</b> ${e.solid}${e.unverified ? `+${e.unverified}` : ''}</span>`)
        .join(' ')}${s.unverified ? (zh ? '（+：来源未经核实）' : ' (+: source unverified)') : ''}</p>`
    : '';
  const m = o.smallMap;
  const fallback = `<noscript><picture class="area-small-map"><source srcset="${esc(m.dark)}" media="(prefers-color-scheme: dark)"><img src="${esc(m.light)}" width="${m.width}" height="${m.height}" loading="lazy" decoding="async" alt="${esc(m.alt)}"></picture></noscript>`;
  // The step's copy (src/content/story/<locale>/11*-areas-*.md) names the area in both languages,
  // says how many of its counties are identified and cites its figures; the card adds the
  // provinces, the year-by-year strip, a source line per kind of figure, and the no-JS small map.
  return `<div class="area-card" data-area-card="${esc(s.id)}"><p class="area-provinces">${zh ? '省份：' : 'Provinces: '}${esc(provinces)}${badge(s.provincesEn.status, locale)}</p>${strip}${sourceLines(o)}${fallback}</div>`;
}
