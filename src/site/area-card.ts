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
import { formatArea10kKm2, formatNumber, formatPercent, formatTenThousands, formatYuan } from '../lib/format.ts';
import { publisherOf } from '../lib/citation.ts';
import { localePath, localized, statusLabel, strings, t, type Locale } from '../lib/i18n.ts';

/** A fact's value in the reader's language, with its unit. */
export function formatFact(f: Pick<AreaFact, 'value' | 'unit'>, locale: Locale): string {
  const c = strings(locale).areaCard;
  if (f.unit === '10k persons') return c.people(formatTenThousands(f.value, locale));
  if (f.unit === 'percent') return formatPercent(f.value, locale);
  if (f.unit.startsWith('yuan')) return formatYuan(f.value, locale);
  if (f.unit === '10k km²') return formatArea10kKm2(f.value, locale);
  if (f.unit === 'counties') return c.counties(formatNumber(f.value, locale, 0));
  throw new Error(`formatFact: unknown unit "${f.unit}"`);
}

const badge = (s: Status, locale: Locale) => (s === 'official' ? '' : ` <span class="status-badge ${s}">${statusLabel(s, locale)}</span>`);

const sourceLink = (src: Source, locale: Locale) =>
  `<a href="${localePath(locale, '/sources/')}#src-${esc(src.id)}">${esc(publisherOf(src, locale))}</a>${src.date ? esc(strings(locale).sourceDate(src.date)) : ''}`;

/** "2011 and 2019" / "2011、2019年": the years of a group of figures ('' when none is stated). */
function yearsText(years: (number | null)[], locale: Locale): string {
  const ys = [...new Set(years.filter((y): y is number => y !== null))].sort();
  return ys.length ? strings(locale).areaCard.years(ys.map(String)) : '';
}

/**
 * One source line per kind of figure on the step: the area's name and provinces, its county count,
 * the exit years, and each figure the step's copy cites (grouped by metric and source).
 */
function sourceLines(o: AreaCardInput): string {
  const { locale } = o;
  const c = strings(locale).areaCard;
  const count = o.summary.official;
  const lines: { label: string; source: string; status?: Status }[] = [
    { label: c.nameSource, source: o.nameSource },
    { label: c.countSource, source: count.source, status: count.status },
  ];
  lines.push({ label: c.exitsSource, source: o.exitsSource });
  const groups = new Map<string, AreaFact[]>();
  for (const f of o.cited) groups.set(`${f.metric} ${f.source}`, [...(groups.get(`${f.metric} ${f.source}`) ?? []), f]);
  for (const fs of groups.values()) {
    const f = fs[0]!;
    const worst: Status = fs.some((x) => x.status === 'unverified') ? 'unverified' : fs.some((x) => x.status === 'derived') ? 'derived' : 'official';
    lines.push({
      label:
        c.metric[f.metric] +
        yearsText(
          fs.map((x) => x.year),
          locale,
        ),
      source: f.source,
      status: worst,
    });
  }
  const sep = t(locale, 'colon');
  return `<ul class="figure-source area-sources">${lines
    .map((l) => `<li>${esc(l.label)}${sep}${sourceLink(o.sourceOf(l.source), locale)}${l.status ? badge(l.status, locale) : ''}</li>`)
    .join('')}</ul>`;
}

export interface AreaCardInput {
  summary: AreaSummary;
  locale: Locale;
  provinces: Pick<Province, 'nameEn' | 'nameZh'>[];
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
  const str = strings(locale);
  const c = str.areaCard;
  const provinceName = (en: string) => {
    const p = o.provinces.find((x) => x.nameEn === en);
    return p ? localized(p, 'name', locale) : en;
  };
  const provinces = s.provincesEn.names.map(provinceName).join(str.enumSep);
  const exitsTotal = s.exits.reduce((t, e) => t + e.solid + e.unverified, 0);
  // when the identified counties left the list: the count per year, 2016–2020 (unverified ones after a plus)
  const strip = exitsTotal
    ? `<p class="area-exits">${c.exitsLead}${s.exits
        .map((e) => `<span class="y${e.year}"><b>${e.year}</b> ${e.solid}${e.unverified ? `+${e.unverified}` : ''}</span>`)
        .join(' ')}${s.unverified ? c.plusNote : ''}</p>`
    : '';
  const m = o.smallMap;
  const fallback = `<noscript><picture class="area-small-map"><source srcset="${esc(m.dark)}" media="(prefers-color-scheme: dark)"><img src="${esc(m.light)}" width="${m.width}" height="${m.height}" loading="lazy" decoding="async" alt="${esc(m.alt)}"></picture></noscript>`;
  // The step's copy (src/content/story/<locale>/11*-areas-*.md) names the area in both languages,
  // says how many of its counties are identified and cites its figures; the card adds the
  // provinces, the year-by-year strip, a source line per kind of figure, and the no-JS small map.
  return `<div class="area-card" data-area-card="${esc(s.id)}"><p class="area-provinces">${c.provinces}${esc(provinces)}${badge(s.provincesEn.status, locale)}</p>${strip}${sourceLines(o)}${fallback}</div>`;
}
