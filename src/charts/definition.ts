/**
 * The one contract of a chart. Each chart module exports its definition (what it draws from, how
 * it is titled, described, drawn, tabulated and cited); src/site/chart-catalog.ts lists them, and
 * everything else reads the catalogue: the story's figures (src/components/ChartFigure.astro), the
 * gallery, the embeds, oEmbed, the SVG and PNG downloads, the social cards and the lesson notes.
 *
 * Pure: the datasets come in as an argument (src/site/ passes the validated data/), so a module
 * never reads files, and the tests can hand it a fixture.
 */
import type { Topology } from 'topojson-specification';
import type { Locale } from '../lib/i18n.ts';
import type { Datasets } from '../lib/schemas.ts';
import type { ChartParams } from '../lib/url-state.ts';

export type { ChartParams };

/** A chart's numbers as a table (the accessible twin beside every drawing). */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
  numeric: boolean[];
}

/** What a chart may draw from: the validated datasets and the two geometries. */
export interface ChartInputs extends Datasets {
  /** data/geo/counties.topo.json: every county, for the county maps. */
  countiesTopo: Topology;
  /** data/geo/locator.topo.json: simplified provinces, for locator maps. */
  locatorTopo: Topology;
}

export interface ChartSize {
  width: number;
  height: number;
  /** The phone drawing: fewer labels, larger relative text. */
  narrow: boolean;
}
/** Every chart is drawn twice, wide and narrow (src/components/ChartSvg.astro); exports use WIDE. */
export const WIDE: ChartSize = { width: 640, height: 360, narrow: false };
export const NARROW: ChartSize = { width: 360, height: 320, narrow: true };

export interface DrawOptions {
  locale: Locale;
  /** Id prefix, unique on the page (title/desc ids, patterns). */
  id: string;
  size: ChartSize;
  /** URL state (?year=, ?area=); {} for the static drawing. */
  params: ChartParams;
}

/** One entry of a colour key: a swatch class of global.css (`sw-2016`) and its words. */
export interface LegendEntry {
  swatch: string;
  label: string;
}

/**
 * A map too large to inline twice (the areas map): pages show its painted image and, with
 * JavaScript, fetch the class-based SVG that follows ?area= (src/client/areas-scenes.ts).
 */
export interface MapImages {
  interactive: (locale: Locale) => string;
  image: (locale: Locale, theme: 'light' | 'dark') => string;
  width: number;
  height: number;
}

export interface ChartDefinition<D> {
  /** The slug: /embed/<id>/, /charts/<id>-<locale>.svg, #<id> in the gallery, lesson notes file name. */
  id: string;
  /** 'map': a county map with its own embed (ExitsMapEmbed.astro) shown as a painted picture in the gallery. */
  kind?: 'map';
  /** The numbers the chart draws, computed once from the datasets. */
  data: (inputs: ChartInputs) => D;
  /** The catalogue title (gallery, embed heading, image title, oEmbed). */
  title: (locale: Locale, data: D) => string;
  /** One sentence on what it shows (gallery, embed, image, alt text of a card). */
  summary: (locale: Locale, data: D) => string;
  /** The chart as an SVG string, with its own <title> and <desc>. */
  draw: (data: D, o: DrawOptions) => string;
  /** Source ids (data/sources.json) of every value drawn. */
  sources: (data: D) => string[];
  /** Datasets offered for download beside it (names in src/site/downloads.ts). */
  downloads: string[];
  /** Allowed values of ?year=; anything else is ignored. */
  years?: (data: D) => number[];
  /** Allowed values of ?area= (the areas map). */
  areas?: (data: D) => string[];
  /** Height of the embed iframe, px. */
  embedHeight: number;
  /** Colour key, where colour carries meaning that the axes do not. */
  legend?: (locale: Locale, data: D) => LegendEntry[];
  /** The accessible twin: the numbers drawn, as a table. */
  table?: (locale: Locale, data: D) => ChartTable;
  /** A note after the source line (how a value was derived, a unit). */
  note?: (locale: Locale) => string;
  /** The headline figure of its social card: a value from the data, stated as fact (never an unverified one). */
  headline: (locale: Locale, data: D) => Headline;
  /** Alt text of the painted image, for a chart shown as one (maps). */
  alt?: (locale: Locale, data: D) => string;
  map?: MapImages;
}

/** A headline figure: the value, formatted for the locale, and the words after it. */
export interface Headline {
  value: string;
  label: string;
}

/** A headline states a value as fact: an unverified one must never be one (the build stops). */
export function statedAsFact<T extends { status: string }>(v: T, what: string): T {
  if (v.status === 'unverified') throw new Error(`social card: ${what} is unverified and cannot be a headline figure`);
  return v;
}

/** A definition with its data type inferred (a module writes `export const x = defineChart({ … })`). */
export function defineChart<D>(def: ChartDefinition<D>): ChartDefinition<D> {
  return def;
}
