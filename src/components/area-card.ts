/**
 * The step card of one contiguous destitute area, as an HTML string (pure: data in, markup out;
 * the page passes the data and a source lookup). Every number comes from the records given:
 * the official county count, how many are identified here (solid members) and how many rest on
 * unverified sources, when the identified counties left the list (an exit strip drawn at build
 * time), and up to three figures from data/area-facts.json, unverified ones visibly marked, each
 * with its source line. Without JavaScript the card carries the area's static small map.
 */
import type { AreaSummary, FactToShow } from '../lib/areas.ts';
import type { AreaFact, Province, Source, Status } from '../lib/schemas.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { formatNumber, formatPercent, formatTenThousands, formatYuan } from '../lib/format.ts';
import { localePath, type Locale } from '../lib/i18n.ts';
import { exitStripSvg } from '../charts/areas-map.ts';

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

function sourceLine(ids: string[], sourceOf: (id: string) => Source, locale: Locale): string {
  const zh = locale === 'zh';
  const list = [...new Set(ids)].map(sourceOf);
  const label = zh ? '来源：' : list.length > 1 ? 'Sources: ' : 'Source: ';
  return `<p class="figure-source">${label}${list
    .map((s) => `<a href="${localePath(locale, '/sources/')}#src-${esc(s.id)}">${esc(s.publisher)}</a>${s.date ? ` (${esc(s.date)})` : ''}`)
    .join(zh ? '；' : '; ')}</p>`;
}

export interface AreaCardInput {
  summary: AreaSummary;
  locale: Locale;
  provinces: Pick<Province, 'nameEn' | 'shortZh'>[];
  sourceOf: (id: string) => Source;
  /** The area's own source ids (name and county count). */
  sources: string[];
  /** The static small map for readers without JavaScript. */
  smallMap: { light: string; dark: string; width: number; height: number; alt: string };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function areaCardHtml(o: AreaCardInput): string {
  const { summary: s, locale } = o;
  const zh = locale === 'zh';
  const n = (x: number) => formatNumber(x, locale, 0);
  const provinceName = (en: string) => (zh ? (o.provinces.find((p) => p.nameEn === en)?.shortZh ?? en) : en);
  const provinces = s.provincesEn.names.map(provinceName).join(zh ? '、' : ', ');
  const title = zh
    ? `<h2 class="area-name">${esc(s.nameZh)} <span class="area-name-other" lang="en">${esc(cap(s.nameEn))}</span></h2>`
    : `<h2 class="area-name">${esc(cap(s.nameEn))} <span class="area-name-other" lang="zh-Hans">${esc(s.nameZh)}</span></h2>`;
  const official = `${n(s.official.value)}${zh ? '个' : ''}${badge(s.official.status, locale)}`;
  const ident = zh
    ? `2012年名单中的县：${official}。本站确认${n(s.identified)}个（共${n(s.official.value)}个）`
    : `Counties in the 2012 list: ${official}. Identified here: ${n(s.identified)} of ${n(s.official.value)}`;
  const unverified = s.unverified
    ? zh
      ? `；另有${n(s.unverified)}个仅见于未经核实的来源（地图上以斜线显示）`
      : `, and ${n(s.unverified)} more on unverified sources only (hatched on the map)`
    : '';
  const why = s.completeSolid
    ? zh
      ? '名单完整。'
      : 'The list is complete.'
    : s.complete
      ? zh
        ? '每个县都有归属记录，但部分来源未经核实。'
        : 'Every county of the list has a membership record, but some rest on unverified sources.'
      : zh
        ? '未找到官方的2012年县名单：地图以虚线标出该片区所涉地级行政区，作为大致范围。'
        : 'The official 2012 county list was not found: a dashed line on the map marks the prefectures the area spans, as an approximate extent.';
  const exitsTotal = s.exits.reduce((t, e) => t + e.solid + e.unverified, 0);
  const strip = exitsTotal
    ? `<figure class="area-exits"><figcaption>${zh ? '已确认的县退出贫困县名单的年份' : 'When the identified counties left the poverty list'}${
        s.unverified ? (zh ? '（空心点：来源未经核实）' : ' (rings: source unverified)') : ''
      }</figcaption>${exitStripSvg(
        s.exits.map((e) => ({ year: e.year, solid: e.solid, unverified: e.unverified })),
        { locale, id: `strip-${s.id}-${locale}`, title: zh ? `${s.nameZh}：已确认的县摘帽年份` : `${cap(s.nameEn)}: when the identified counties left the list` },
      )}</figure>`
    : '';
  // Facts, each with its source; where they share one source, it is said once after them.
  const factSources = [...new Set(s.facts.map((f) => f.fact.source))];
  const shared = factSources.length === 1;
  const facts = s.facts.length
    ? `<ul class="area-facts">${s.facts
        .map(({ fact: f, marked }: FactToShow) => {
          const year = f.year === null ? '' : zh ? `（${f.year}年）` : ` (${f.year})`;
          return `<li><span class="fact-label">${esc(METRIC[f.metric][locale])}${year}${zh ? '：' : ': '}</span><span class="fact-value">${esc(formatFact(f, locale))}</span>${
            marked ? badge('unverified', locale) : badge(f.status, locale)
          }${shared ? '' : sourceLine([f.source], o.sourceOf, locale)}</li>`;
        })
        .join('')}</ul>${shared ? sourceLine(factSources, o.sourceOf, locale) : ''}`
    : '';
  const m = o.smallMap;
  const fallback = `<noscript><picture class="area-small-map"><source srcset="${esc(m.dark)}" media="(prefers-color-scheme: dark)"><img src="${esc(m.light)}" width="${m.width}" height="${m.height}" loading="lazy" decoding="async" alt="${esc(m.alt)}"></picture></noscript>`;
  return `<div class="area-card" data-area-card="${esc(s.id)}">${title}<p class="area-provinces">${zh ? '省份：' : 'Provinces: '}${esc(provinces)}${badge(s.provincesEn.status, locale)}</p><p class="area-counties">${ident}${unverified}${zh ? '。' : '. '}${why}</p>${sourceLine(o.sources, o.sourceOf, locale)}${strip}${facts}${fallback}</div>`;
}
