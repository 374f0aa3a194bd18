/**
 * The catalogue: the list of chart definitions (each exported by its chart module, shape in
 * src/charts/definition.ts), bound to the validated datasets. The story's figures, the gallery,
 * the embeds, oEmbed, the SVG and PNG downloads, the social cards and the lesson notes all read
 * it, so a chart's title, data, sources, table and notes are written once, in its module.
 *
 * Adding a chart: export a definition from its module and add it to DEFINITIONS (see README).
 */
import type { Topology } from 'topojson-specification';
import countiesTopo from '../../data/geo/counties.topo.json';
import { areaFacts, areas, counties, figures, national, places, provinces, quotes, regional, sources } from '../lib/data';
import { LOCALES, type Locale } from '../lib/i18n';
import { locatorTopology } from '../lib/locator';
import { WIDE, NARROW, type ChartDefinition, type ChartInputs, type ChartParams, type ChartSize, type ChartTable, type Headline } from '../charts/definition';
import { poorPopulation } from '../charts/poor-population';
import { countyExits } from '../charts/county-exits';
import { regional as regionalChart } from '../charts/regional';
import { provinceExits } from '../charts/province-exits';
import { measures } from '../charts/measures';
import { journey } from '../charts/journey';
import { incomes } from '../charts/incomes';
import { longView } from '../charts/long-view';
import { countyExitsMap } from '../charts/china-map';
import { contiguousAreas } from '../charts/areas-map';

export { WIDE, NARROW };
export type { ChartParams, ChartSize, ChartTable };

/** The catalogue, in gallery order. */
export const DEFINITIONS: readonly ChartDefinition<any>[] = [
  poorPopulation,
  countyExits,
  regionalChart,
  provinceExits,
  measures,
  journey,
  incomes,
  longView,
  countyExitsMap,
  contiguousAreas,
];

/** Everything a chart may draw from: the datasets of data/ and the geometry. */
export const INPUTS: ChartInputs = {
  sources,
  national,
  regional,
  provinces,
  counties,
  areas,
  areaFacts,
  places,
  quotes,
  figures,
  countiesTopo: countiesTopo as unknown as Topology,
  locatorTopo: locatorTopology,
};

const perLocale = (f: (l: Locale) => string): Record<Locale, string> => Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, string>;

/** A definition bound to its data: what pages read (titles per locale, the drawing at a size). */
export interface CatalogChart {
  slug: string;
  definition: ChartDefinition<unknown>;
  kind?: 'map';
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  /** Allowed values of ?year=; anything else is ignored. */
  years: number[];
  /** Allowed values of ?area= (the areas map); anything else shows the overview. */
  areas?: string[];
  /** A map shown as its painted image (see MapImages in src/charts/definition.ts). */
  map?: {
    interactive: Record<Locale, string>;
    image: (locale: Locale, theme: 'light' | 'dark') => string;
    width: number;
    height: number;
    alt: Record<Locale, string>;
  };
  sources: string[];
  downloads: string[];
  /** Embed iframe height, px. */
  height: number;
  /** Colour key, where colour carries meaning that the axes do not. */
  legend?: { swatch: string; label: Record<Locale, string> }[];
  /** A note after the source line. */
  note?: Record<Locale, string>;
  /** The numbers the chart draws, as a table. */
  table?: (locale: Locale) => ChartTable;
  /** The headline figure of its social card. */
  headline: (locale: Locale) => Headline;
  /** The chart at a size (WIDE unless given); `id` prefixes its element ids. */
  svg: (locale: Locale, params: ChartParams, id: string, size?: ChartSize) => string;
}

/** A definition with its data computed once from `inputs`. */
export function bindChart<D>(def: ChartDefinition<D>, inputs: ChartInputs = INPUTS): CatalogChart {
  const data = def.data(inputs);
  const legend = def.legend ? LOCALES.map((l) => def.legend!(l, data)) : undefined;
  return {
    slug: def.id,
    definition: def as ChartDefinition<unknown>,
    kind: def.kind,
    title: perLocale((l) => def.title(l, data)),
    summary: perLocale((l) => def.summary(l, data)),
    years: def.years?.(data) ?? [],
    areas: def.areas?.(data),
    map: def.map && {
      interactive: perLocale(def.map.interactive),
      image: def.map.image,
      width: def.map.width,
      height: def.map.height,
      alt: perLocale((l) => def.alt?.(l, data) ?? def.summary(l, data)),
    },
    sources: def.sources(data),
    downloads: def.downloads,
    height: def.embedHeight,
    legend: legend?.[0]?.map((k, i) => ({
      swatch: k.swatch,
      label: Object.fromEntries(LOCALES.map((l, j) => [l, legend[j]![i]!.label])) as Record<Locale, string>,
    })),
    note: def.note && perLocale(def.note),
    table: def.table && ((l) => def.table!(l, data)),
    headline: (l) => def.headline(l, data),
    svg: (locale, params, id, size = WIDE) => def.draw(data, { locale, id, size, params }),
  };
}

export const CHARTS: CatalogChart[] = DEFINITIONS.map((d) => bindChart(d));

export function chartBySlug(slug: string): CatalogChart | undefined {
  return CHARTS.find((c) => c.slug === slug);
}
