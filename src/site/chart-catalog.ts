/**
 * The embeddable charts: one entry per chart, used by the gallery, the embed pages, oEmbed and
 * the image export, so a chart's title, sources and state parameters are written once.
 */
import { COUNTY_LIST_SOURCE } from '../lib/source-ids';
import type { Locale } from '../lib/i18n';
import { national, counties, regional, provinces, figures, places, areas } from '../lib/data';
import type { Topology } from 'topojson-specification';
import countiesTopo from '../../data/geo/counties.topo.json';
import { areasMapSvg, sceneText, EXITS, OVERVIEW } from '../charts/areas-map';
import { mapHeight } from '../charts/china-map';
import { JOURNEY_ORDER } from '../lib/areas';
import { provinceExitsChart } from '../charts/province-exits';
import { formatNumber } from '../lib/format';
import { poorPopulationChart, poorPopulationPoints } from '../charts/poor-population';
import { countyExitsChart } from '../charts/county-exits';
import { regionalChart } from '../charts/regional';
import { EXIT_YEARS } from '../lib/schemas';
import { measuresChart, measureRows, measuresTable, type ChartTable } from '../charts/measures';
import { journeyChart, journeyStops, journeyTable } from '../charts/journey';
import { incomesChart, incomeSeries, incomesTable } from '../charts/incomes';
import { longViewChart, longViewPoints, longViewTable } from '../charts/long-view';
import { locatorTopology } from '../lib/locator';
import { chinaMapSvg, LIGHT } from '../charts/china-map';

import type { ChartParams } from '../lib/url-state';

export interface ChartSize {
  width: number;
  height: number;
  /** Colour key, where colour carries meaning that the axes do not. */
  legend?: { swatch: string; label: Record<Locale, string> }[];
  narrow: boolean;
}
export const WIDE: ChartSize = { width: 640, height: 360, narrow: false };
export const NARROW: ChartSize = { width: 360, height: 320, narrow: true };
export type { ChartParams };

export interface CatalogChart {
  slug: string;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  /** Allowed values of ?year=; anything else is ignored. */
  years: number[];
  /** Allowed values of ?area= (the areas map); anything else shows the overview. */
  areas?: string[];
  /**
   * A map too large to inline twice (the areas map): pages show its painted image and, with
   * JavaScript, fetch the class-based SVG that follows ?area= (src/client/areas-scenes.ts).
   */
  map?: { interactive: Record<Locale, string>; image: (locale: Locale, theme: 'light' | 'dark') => string; width: number; height: number; alt: Record<Locale, string> };
  sources: string[];
  downloads: string[];
  height: number;
  /** Colour key, where colour carries meaning that the axes do not. */
  legend?: { swatch: string; label: Record<Locale, string> }[];
  /** The numbers the chart draws, for the data table beside it (where given). */
  table?: (locale: Locale) => ChartTable;
  /**
   * 'map': a county map with its own embed (ExitsMapEmbed.astro); the gallery shows its painted
   * picture instead of drawing it inline. Absent: a chart.
   */
  kind?: 'map';
  /** The chart at a size; `narrow` is the phone drawing (fewer labels, larger relative text). */
  svg: (locale: Locale, params: ChartParams, id: string, size?: ChartSize) => string;
}

const poorYears = poorPopulationPoints(national, 2012, 2020).map((p) => p.year);
const incomes = incomeSeries(national);
const incomeYears = [...incomes.poorArea, ...incomes.allRural].map((p) => p.year);
const longPts = longViewPoints(national);

export const CHARTS: CatalogChart[] = [
  {
    slug: 'poor-population',
    title: { en: 'Rural poor population, 2012–2020', zh: '农村贫困人口，2012—2020年' },
    summary: {
      en: 'The official count of rural residents below the 2010 poverty line, at the end of each year.',
      zh: '按2010年贫困标准，官方统计的每年年末农村贫困人口。',
    },
    years: poorYears,
    sources: [...new Set(poorYears.map((y) => national.find((n) => n.year === y)!.ruralPoor!.source))],
    downloads: ['national'],
    height: 520,
    svg: (locale, p, id, size = WIDE) =>
      poorPopulationChart(national, { locale, id, revealTo: p.year, width: size.width, height: size.height, labelYears: size.narrow ? [2012, 2013, 2020] : [2012, 2013, 2015, 2019, 2020] }),
  },
  {
    slug: 'county-exits',
    title: { en: 'Poverty-stricken counties leaving the list, 2016–2020', zh: '贫困县逐年摘帽，2016—2020年' },
    summary: {
      en: `How many of the ${formatNumber(counties.length, 'en')} national poverty-stricken counties left the list in each year.`,
      zh: `${formatNumber(counties.length, 'zh')}个国家级贫困县每年摘帽的数量。`,
    },
    years: [...EXIT_YEARS],
    sources: [COUNTY_LIST_SOURCE],
    downloads: ['counties'],
    height: 500,
    svg: (locale, p, id, size = WIDE) => countyExitsChart(counties, { locale, id, revealTo: p.year, width: size.width, height: size.height }),
  },
  {
    slug: 'regional',
    title: { en: 'Rural poor by region, 2016–2019', zh: '分地区农村贫困人口，2016—2019年' },
    summary: {
      en: 'The rural poor in China’s East, Central and West regions; 2018 values are derived.',
      zh: '东部、中部、西部的农村贫困人口；2018年数值为推算值。',
    },
    years: [],
    sources: [...new Set(regional.map((r) => r.poor.source))],
    downloads: ['regional'],
    height: 500,
    svg: (locale, _p, id, size = WIDE) => regionalChart(regional, { locale, id, width: size.width, height: size.height }),
  },
  {
    slug: 'province-exits',
    title: { en: 'Counties leaving the list, by province, 2016–2020', zh: '各省份贫困县摘帽，2016—2020年' },
    summary: {
      en: `The ${formatNumber(counties.length, 'en')} poverty-stricken counties by province, each bar split by the year its counties left the list.`,
      zh: `${formatNumber(counties.length, 'zh')}个贫困县按省份分布，每个条形按摘帽年份分段。`,
    },
    years: [],
    sources: [COUNTY_LIST_SOURCE],
    downloads: ['counties'],
    height: 680,
    legend: EXIT_YEARS.map((y) => ({ swatch: `sw-${y}`, label: { en: `left in ${y}`, zh: `${y}年摘帽` } })),
    svg: (locale, _p, id, size = WIDE) => provinceExitsChart(counties, provinces, { locale, id, width: size.width }),
  },
  {
    slug: 'measures',
    title: { en: 'The measures, counted in people', zh: '各项举措惠及的人数' },
    summary: {
      en: 'Relocation, forest-ranger jobs, subsistence allowances and disability subsidies as one square per 100,000 people; the ethnic groups lifted out as a whole as one circle per group.',
      zh: '易地搬迁、生态护林员、低保和特困供养、残疾人补贴，每个方块代表10万人；整族脱贫的人口较少民族，每个圆点代表一个民族。',
    },
    years: [],
    sources: [...new Set(measureRows(figures).map((r) => r.figure.source))],
    downloads: ['figures'],
    height: 600,
    table: (locale) => measuresTable(figures, locale),
    svg: (locale, _p, id, size = WIDE) => measuresChart(figures, { locale, id, width: size.width, narrow: size.narrow }),
  },
  {
    slug: 'journey',
    title: { en: 'The inspection visits, in date order', zh: '考察足迹（按时间顺序）' },
    summary: {
      en: 'The inspection visits named in the source article, numbered in date order on a map of China; markers sit at the centre of each place’s county.',
      zh: '报道提到的考察地点，按时间顺序编号标在中国地图上；标记位于所在县的中心。',
    },
    years: [],
    sources: [...new Set(journeyStops(places, counties).map((s) => s.place.source))],
    downloads: ['places'],
    height: 560,
    table: (locale) => journeyTable(journeyStops(places, counties), counties, locale),
    svg: (locale, _p, id, size = WIDE) => journeyChart(locatorTopology, places, { locale, id, width: size.width }),
  },
  {
    slug: 'incomes',
    title: { en: `Rural incomes in poor areas, ${Math.min(...incomeYears)}–${Math.max(...incomeYears)}`, zh: `贫困地区农村居民收入，${Math.min(...incomeYears)}—${Math.max(...incomeYears)}年` },
    summary: {
      en: 'Per-capita disposable income of rural residents in poor areas and of all rural residents, in yuan at current prices; hollow points are unverified values.',
      zh: '贫困地区农村居民和全国农村居民人均可支配收入，按当年价格计算；空心点为未经核实的数值。',
    },
    years: [],
    sources: [...new Set([...incomes.poorArea, ...incomes.allRural].map((p) => p.source))],
    downloads: ['national'],
    height: 520,
    table: (locale) => incomesTable(incomes, locale),
    svg: (locale, _p, id, size = WIDE) => incomesChart(incomes, { locale, id, width: size.width, height: size.height, narrow: size.narrow }),
  },
  {
    slug: 'long-view',
    title: { en: `The rural poor, ${longPts[0]!.year}–${longPts.at(-1)!.year}`, zh: `农村贫困人口，${longPts[0]!.year}—${longPts.at(-1)!.year}年` },
    summary: {
      en: 'The rural poor under the 2010 standard over four decades; most values before 2011 are unverified yearbook values, drawn hollow and dashed.',
      zh: '按2010年标准计算的四十多年农村贫困人口；2011年以前的数值大多为未经核实的年鉴数值，以空心点和虚线表示。',
    },
    years: [],
    sources: [...new Set(longPts.map((p) => national.find((n) => n.year === p.year)!.ruralPoor!.source))],
    downloads: ['national'],
    height: 520,
    table: (locale) => longViewTable(national, locale),
    svg: (locale, _p, id, size = WIDE) => longViewChart(national, { locale, id, width: size.width, height: size.height, narrow: size.narrow }),
  },
  // Maps (maps-teach): the 832 counties by exit year, with a year control, ?year= and ?county=.
  {
    slug: 'county-exits-map',
    kind: 'map',
    title: { en: 'Map: the 832 counties by the year they left the list, 2016–2020', zh: '地图：832个贫困县的摘帽年份，2016—2020年' },
    summary: {
      en: `Each of the ${formatNumber(counties.length, 'en')} national poverty-stricken counties, coloured by the year it left the list; step through the years from 2015, when all were on it.`,
      zh: `${formatNumber(counties.length, 'zh')}个国家级贫困县按摘帽年份着色；可从全部在列的2015年起逐年查看。`,
    },
    years: [2015, ...EXIT_YEARS],
    sources: [COUNTY_LIST_SOURCE],
    downloads: ['counties'],
    height: 900,
    legend: EXIT_YEARS.map((y) => ({ swatch: `sw-${y}`, label: { en: `left in ${y}`, zh: `${y}年摘帽` } })),
    svg: (locale, p, id) =>
      chinaMapSvg(countiesTopo as unknown as Topology, counties, areas, {
        id,
        width: 800,
        state: { kind: 'exits', year: p.year ?? 2020 },
        paint: LIGHT,
        title: locale === 'zh' ? `贫困县摘帽地图（截至${p.year ?? 2020}年）` : `Poverty-stricken counties that had left the list by ${p.year ?? 2020}`,
      }),
  },
];

const areasTopo = countiesTopo as unknown as Topology;
CHARTS.push({
  slug: 'contiguous-areas',
  title: {
    en: `The ${formatNumber(areas.length, 'en')} contiguous destitute areas`,
    zh: `${formatNumber(areas.length, 'zh')}个集中连片特困地区`,
  },
  summary: {
    en: 'Each area’s identified counties (hatched where the source is unverified) and, for areas whose county list is incomplete, the prefectures they span.',
    zh: '各片区已确认的县（来源未经核实的以斜线显示）；名单不完整的片区，以虚线标出其所涉地级行政区。',
  },
  years: [],
  areas: [...JOURNEY_ORDER, EXITS],
  sources: [...new Set(areas.flatMap((a) => [a.nameSource, a.counties.source, ...a.members.flatMap((m) => m.sources)]))],
  downloads: ['areas'],
  height: 760,
  map: {
    interactive: { en: '/maps/areas/en.svg', zh: '/maps/areas/zh.svg' },
    image: (locale, theme) => `/maps/areas/${OVERVIEW}-${locale}-${theme}.svg`,
    width: 800,
    height: mapHeight(800),
    alt: { en: sceneText(OVERVIEW, areas, 'en').desc, zh: sceneText(OVERVIEW, areas, 'zh').desc },
  },
  // the painted scene (export, and any page that inlines the chart)
  svg: (locale, p, id) => areasMapSvg(areasTopo, counties, areas, { locale, id, paint: 'light', scene: p.area ?? OVERVIEW, provinces }),
});

export function chartBySlug(slug: string): CatalogChart | undefined {
  return CHARTS.find((c) => c.slug === slug);
}

