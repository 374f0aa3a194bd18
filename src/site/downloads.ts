/** The datasets offered for download, as JSON (the contract files) and flat CSV for spreadsheets. */
import { csvFormat } from 'd3-dsv';
import type { Datasets, SourcedValue } from '../lib/schemas';

export const DOWNLOADS = ['national', 'regional', 'counties', 'areas', 'places', 'quotes', 'figures', 'sources', 'provinces'] as const;
export type Download = (typeof DOWNLOADS)[number];

const flat = (prefix: string, v: SourcedValue | null) =>
  v
    ? {
        [prefix]: v.value,
        [`${prefix}_unit`]: v.unit,
        [`${prefix}_status`]: v.status,
        [`${prefix}_source`]: v.source,
        [`${prefix}_derived_from`]: v.derivedFrom ?? '',
      }
    : { [prefix]: '', [`${prefix}_unit`]: '', [`${prefix}_status`]: '', [`${prefix}_source`]: '', [`${prefix}_derived_from`]: '' };

/**
 * UTF-8 byte-order mark: without it Excel on Windows reads a CSV in the system code page and
 * garbles the Chinese names. Spreadsheet apps, d3-dsv's callers here (scripts/lib/csv.ts strips
 * it) and Python's utf-8-sig skip it.
 */
export const CSV_BOM = '\uFEFF';

/** A CSV download: the table of `toCsv` behind a byte-order mark. */
export function csvFile(name: Download, d: Datasets): string {
  return CSV_BOM + toCsv(name, d);
}

/** One flat table per dataset; nested lists become ";"-joined cells. */
export function toCsv(name: Download, d: Datasets): string {
  switch (name) {
    case 'national':
      return csvFormat(
        d.national.map((y) => ({
          year: y.year,
          ...flat('rural_poor_10k', y.ruralPoor),
          ...flat('incidence_pct', y.incidence),
          ...flat('reduction_10k', y.reduction),
          ...flat('poverty_line_yuan', y.povertyLine),
          ...flat('poor_area_income_yuan', y.poorAreaIncome),
          ...flat('rural_income_yuan', y.ruralIncome ?? null),
        })),
      );
    case 'regional':
      return csvFormat(d.regional.map((r) => ({ year: r.year, region: r.region, ...flat('rural_poor_10k', r.poor) })));
    case 'counties':
      return csvFormat(
        d.counties.map((c) => ({
          id: c.id,
          code: c.code ?? '',
          name_zh: c.nameZh,
          name_en: c.nameEn,
          province: c.province,
          prefecture_zh: c.prefectureZh,
          prefecture_en: c.prefectureEn,
          region: c.region,
          exit_year: c.exitYear,
          areas: c.areas.map((a) => `${a.area}:${a.status}`).join(';'),
          status: c.status,
          source: c.source,
        })),
      );
    case 'areas':
      return csvFormat(
        d.areas.flatMap((a) =>
          a.members.map((m) => {
            const c = d.counties.find((x) => x.id === m.county);
            const p = d.provinces.find((x) => x.code === c?.province);
            return {
              area: a.id,
              area_en: a.nameEn,
              area_zh: a.nameZh,
              county: m.county,
              county_zh: c?.nameZh ?? '',
              county_en: c?.nameEn ?? '',
              province: p?.nameEn ?? '',
              province_zh: p?.nameZh ?? '',
              status: m.status,
              confidence: m.confidence,
              sources: m.sources.join(';'),
            };
          }),
        ),
      );
    case 'places':
      return csvFormat(d.places.map(({ note, ...p }) => ({ ...p, note: note ?? '' })));
    case 'quotes':
      return csvFormat(d.quotes);
    case 'figures':
      return csvFormat(d.figures.map(({ note, ...f }) => ({ ...f, note: note ?? '' })));
    case 'sources':
      // Per-edition texts as one column per language, as in data/sources/sources.csv.
      return csvFormat(
        d.sources.map((x) => ({
          id: x.id,
          publisher_en: x.publisher.en,
          publisher_zh: x.publisher.zh,
          title: x.title ?? '',
          description_en: x.description?.en ?? '',
          description_zh: x.description?.zh ?? '',
          date: x.date ?? '',
          url: x.url ?? '',
          language: x.language,
          as_reported_by_en: x.asReportedBy?.en ?? '',
          as_reported_by_zh: x.asReportedBy?.zh ?? '',
          note_en: x.note?.en ?? '',
          note_zh: x.note?.zh ?? '',
        })),
      );
    case 'provinces':
      return csvFormat(d.provinces);
  }
}
