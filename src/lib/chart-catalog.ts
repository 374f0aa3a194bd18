/**
 * The embeddable charts: one entry per chart, used by the gallery, the embed pages, oEmbed and
 * the image export, so a chart's title, sources and state parameters are written once.
 */
import type { Locale } from './i18n';
import { national, counties, regional, provinces, areas } from './data';
import type { Topology } from 'topojson-specification';
import countiesTopo from '../../data/geo/counties.topo.json';
import { areasMapSvg, sceneText, EXITS, OVERVIEW } from '../charts/areas-map';
import { mapHeight } from '../charts/china-map';
import { JOURNEY_ORDER } from './areas';
import { provinceExitsChart } from '../charts/province-exits';
import { formatNumber } from './format';
import { poorPopulationChart, poorPopulationPoints } from '../charts/poor-population';
import { countyExitsChart } from '../charts/county-exits';
import { regionalChart } from '../charts/regional';
import { EXIT_YEARS } from './schemas';

import type { ChartParams } from './url-state';

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
   * JavaScript, fetch the class-based SVG that follows ?area= (src/scripts/areas-scenes.ts).
   */
  map?: { interactive: Record<Locale, string>; image: (locale: Locale, theme: 'light' | 'dark') => string; width: number; height: number; alt: Record<Locale, string> };
  sources: string[];
  downloads: string[];
  height: number;
  /** Colour key, where colour carries meaning that the axes do not. */
  legend?: { swatch: string; label: Record<Locale, string> }[];
  /** The chart at a size; `narrow` is the phone drawing (fewer labels, larger relative text). */
  svg: (locale: Locale, params: ChartParams, id: string, size?: ChartSize) => string;
}

const poorYears = poorPopulationPoints(national, 2012, 2020).map((p) => p.year);

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
    sources: ['county-list-832'],
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
    sources: ['county-list-832'],
    downloads: ['counties'],
    height: 680,
    legend: EXIT_YEARS.map((y) => ({ swatch: `sw-${y}`, label: { en: `left in ${y}`, zh: `${y}年摘帽` } })),
    svg: (locale, _p, id, size = WIDE) => provinceExitsChart(counties, provinces, { locale, id, width: size.width }),
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

