/**
 * Story copy is written by people in Markdown per locale; numbers in it are never typed by
 * hand but written as placeholders that resolve to data/, e.g. {national.ruralPoor.2013}.
 * A placeholder that names an unverified value fails the build unless it asks to be marked
 * ({…|marked}), in which case the value is shown with an explicit "unverified" label.
 */
import { COUNTY_LIST_SOURCE } from './source-ids.ts';
import { statusNote, type Locale } from './i18n.ts';
import type { Area, AreaFact, County, Figure, NationalYear, Place, SourcedValue } from './schemas.ts';
import { formatArea10kKm2, formatDate, formatFigure, formatNumber, formatPercent, formatTenThousands, formatYuan } from './format.ts';
import { splitMembers } from './areas.ts';
import { EXIT_YEARS } from './years.ts';
import { escapeHtml } from './html.ts';

export interface CopyData {
  national: NationalYear[];
  figures: Figure[];
  counties: (Pick<County, 'exitYear' | 'region'> & Partial<Pick<County, 'province' | 'id'>>)[];
  areas: Pick<Area, 'id' | 'counties' | 'members' | 'complete'>[];
  /** Figures about the contiguous areas (data/area-facts.json), for {areaFact.<id>}. Optional. */
  areaFacts?: Pick<AreaFact, 'id' | 'value' | 'unit' | 'status' | 'source'>[];
  /** Dated places (inspection visits), for {date.<placeId>}. Optional: copy without dates needs none. */
  places?: Pick<Place, 'id' | 'date' | 'status' | 'source'>[];
}

export interface Resolved {
  text: string;
  status: SourcedValue['status'];
  source: string;
}

export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

/** Resolves one placeholder key (without braces) to formatted text with its status and source. */
export function resolvePlaceholder(key: string, data: CopyData, locale: Locale): Resolved {
  const [kind, a, b] = key.split('.');
  if (kind === 'national' && a && b) {
    const y = data.national.find((n) => n.year === Number(b));
    const v = y?.[a as keyof NationalYear];
    if (!v || typeof v !== 'object') throw new CopyError(`no national value ${a} for ${b}`);
    const text =
      a === 'incidence'
        ? formatPercent(v.value, locale)
        : a === 'povertyLine' || a === 'poorAreaIncome' || a === 'ruralIncome'
          ? formatYuan(v.value, locale)
          : formatTenThousands(v.value, locale);
    return { text, status: v.status, source: v.source };
  }
  if (kind === 'figure' && a) {
    const f = data.figures.find((x) => x.id === a);
    if (!f) throw new CopyError(`no figure ${a}`);
    return { text: formatFigure(f, locale), status: f.status, source: f.source };
  }
  if (kind === 'count' && a) {
    // A bare number for running text ("14 concentrated … areas"); only for exact figures.
    const f = data.figures.find((x) => x.id === a);
    if (!f) throw new CopyError(`no figure ${a}`);
    if (f.qualifier !== 'exact') throw new CopyError(`{count.${a}} would drop the qualifier "${f.qualifier}"; use {figure.${a}}`);
    return { text: formatNumber(f.value, locale), status: f.status, source: f.source };
  }
  if (kind === 'exits' && a) {
    // Counted from the county list (derived), whose totals are checked against the official ones in tests.
    const n = a === 'total' ? data.counties.length : data.counties.filter((c) => c.exitYear === Number(a)).length;
    if (!n) throw new CopyError(`no county exits for ${a}`);
    return { text: formatNumber(n, locale), status: 'official', source: COUNTY_LIST_SOURCE };
  }
  if (kind === 'exitsIn' && a && b) {
    // Exits in one year within one region (east / central / west), counted from the county list.
    const n = data.counties.filter((c) => c.exitYear === Number(a) && c.region === b).length;
    if (!n) throw new CopyError(`no county exits in ${a} in region ${b}`);
    return { text: formatNumber(n, locale), status: 'official', source: COUNTY_LIST_SOURCE };
  }
  if (kind === 'date' && a && !b) {
    // The date of a dated figure (the day it refers to or was announced on), or of a visit in places.json.
    const f = data.figures.find((x) => x.id === a);
    if (f) {
      if (!f.date) throw new CopyError(`figure ${a} has no date`);
      return { text: formatDate(f.date, locale), status: f.status, source: f.source };
    }
    const p = data.places?.find((x) => x.id === a);
    if (p?.date) return { text: formatDate(p.date, locale), status: p.status, source: p.source };
    throw new CopyError(`no dated figure or place ${a}`);
  }
  if (kind === 'exitProvinces' && a && !b) {
    // How many provinces had counties leave the list in a year, counted from the county list.
    const provinces = new Set(data.counties.filter((c) => c.exitYear === Number(a)).map((c) => c.province));
    if (provinces.has(undefined)) throw new CopyError(`{exitProvinces.${a}} needs the counties' provinces`);
    if (!provinces.size) throw new CopyError(`no county exits for ${a}`);
    return { text: formatNumber(provinces.size, locale), status: 'official', source: COUNTY_LIST_SOURCE };
  }
  if (kind === 'area' && a && b) {
    const ar = data.areas.find((x) => x.id === a);
    if (!ar) throw new CopyError(`no area ${a}`);
    if (b === 'counties') return { text: formatNumber(ar.counties.value, locale), status: ar.counties.status, source: ar.counties.source };
    // Identified = solid members only (official/derived, high/medium confidence): "N of M identified".
    const split = splitMembers(ar.members);
    if (b === 'identified') return { text: formatNumber(split.solid.length, locale), status: 'derived', source: ar.counties.source };
    // How many counties sources link to the area without our being able to verify it (a count of our rows, not of members).
    if (b === 'unverified') return { text: formatNumber(split.unverified.length, locale), status: 'derived', source: ar.counties.source };
    if (b === 'known') throw new CopyError(`{area.${a}.known} counted unverified rows as members; use {area.${a}.identified}`);
    throw new CopyError(`unknown area field ${b}`);
  }
  if (kind === 'areaFact' && a && !b) {
    const f = data.areaFacts?.find((x) => x.id === a);
    if (!f) throw new CopyError(`no area fact ${a}`);
    return { text: formatAreaFact(f, locale), status: f.status, source: f.source };
  }
  if (kind === 'areaExits' && a && b) {
    const ar = data.areas.find((x) => x.id === a);
    if (!ar) throw new CopyError(`no area ${a}`);
    const byYear = identifiedExits([ar], data, `{areaExits.${a}.${b}}`);
    return { text: exitStat(byYear, b, locale, `{areaExits.${a}.${b}}`), status: 'derived', source: COUNTY_LIST_SOURCE };
  }
  if (kind === 'areasAll' && a) {
    const split = data.areas.map((x) => splitMembers(x.members));
    if (a === 'identified' && !b)
      return {
        text: formatNumber(
          split.reduce((s, x) => s + x.solid.length, 0),
          locale,
        ),
        status: 'derived',
        source: COUNTY_LIST_SOURCE,
      };
    if (a === 'unverified' && !b)
      return {
        text: formatNumber(
          split.reduce((s, x) => s + x.unverified.length, 0),
          locale,
        ),
        status: 'derived',
        source: COUNTY_LIST_SOURCE,
      };
    if (a === 'completeSolid' && !b) {
      const n = data.areas.filter((x, i) => split[i]!.solid.length === x.counties.value).length;
      return { text: formatNumber(n, locale), status: 'derived', source: COUNTY_LIST_SOURCE };
    }
    if (a === 'withIdentified' && !b)
      return { text: formatNumber(split.filter((x) => x.solid.length > 0).length, locale), status: 'derived', source: COUNTY_LIST_SOURCE };
    if (a === 'exits' && b) {
      const byYear = identifiedExits(data.areas, data, `{areasAll.exits.${b}}`);
      return { text: exitStat(byYear, b, locale, `{areasAll.exits.${b}}`), status: 'derived', source: COUNTY_LIST_SOURCE };
    }
    throw new CopyError(`unknown placeholder {${key}}`);
  }
  if (kind === 'areas' && a === 'complete') {
    return { text: formatNumber(data.areas.filter((x) => x.complete).length, locale), status: 'derived', source: COUNTY_LIST_SOURCE };
  }
  throw new CopyError(`unknown placeholder {${key}}`);
}

/** An area fact in its unit: percent, yuan, 10k persons, 10k km², counties. */
export function formatAreaFact(f: Pick<AreaFact, 'value' | 'unit'>, locale: Locale): string {
  if (f.unit === '10k km²') return formatArea10kKm2(f.value, locale);
  return formatFigure({ value: f.value, unit: f.unit, qualifier: 'exact' }, locale);
}

/** Exits per year (2016–2020) of the identified (solid) members of some areas; fails when there are none. */
function identifiedExits(areas: CopyData['areas'], data: CopyData, where: string): { year: number; n: number }[] {
  const byId = new Map(data.counties.map((c) => [c.id, c]));
  if (byId.has(undefined)) throw new CopyError(`${where} needs the counties' ids`);
  const years = areas.flatMap((ar) =>
    splitMembers(ar.members).solid.map((m) => {
      const c = byId.get(m.county);
      if (!c) throw new CopyError(`${where}: member ${m.county} of ${ar.id} is not in the county list`);
      return c.exitYear;
    }),
  );
  if (!years.length) throw new CopyError(`${where}: no identified member counties, so no exit years to state as fact`);
  return EXIT_YEARS.map((year) => ({ year, n: years.filter((y) => y === year).length }));
}

/** first / last / peak (a year), peakCount, or a year (the count that year) from exits per year. */
function exitStat(byYear: { year: number; n: number }[], stat: string, locale: Locale, where: string): string {
  const withExits = byYear.filter((x) => x.n > 0);
  if (stat === 'first') return String(withExits[0]!.year);
  if (stat === 'last') return String(withExits[withExits.length - 1]!.year);
  if (stat === 'peak' || stat === 'peakCount') {
    const max = Math.max(...byYear.map((x) => x.n));
    const top = byYear.filter((x) => x.n === max);
    if (top.length > 1) throw new CopyError(`${where}: ${top.map((x) => x.year).join(' and ')} tie, so there is no single peak year`);
    return stat === 'peak' ? String(top[0]!.year) : formatNumber(max, locale);
  }
  const y = byYear.find((x) => String(x.year) === stat);
  if (!y) throw new CopyError(`${where}: unknown exit statistic ${stat}`);
  if (!y.n) throw new CopyError(`${where}: no identified member left the list in ${stat}`);
  return formatNumber(y.n, locale);
}

const PLACEHOLDER = /\{([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)(\|marked)?\}/g;

/** Replaces every placeholder in a text; unverified values need |marked and get a visible label. */
export function fillPlaceholders(text: string, data: CopyData, locale: Locale, where = 'copy'): string {
  return text.replace(PLACEHOLDER, (_, key: string, marked?: string) => {
    const r = resolvePlaceholder(key, data, locale);
    if (r.status === 'unverified') {
      if (!marked) throw new CopyError(`${where}: {${key}} is unverified and may not appear as fact; write {${key}|marked} to show it marked`);
      // " (unverified)" / "（未经核实）": the edition's own brackets (statusNote).
      return `${r.text}<span class="status-unverified">${statusNote('unverified', locale)}</span>`;
    }
    return r.text;
  });
}

/**
 * The small Markdown the story uses: paragraphs, **strong**, *em*, [links](/path/),
 * and "> " block quotes. Anything else is escaped text.
 */
export function renderMarkdown(md: string): string {
  const inline = (s: string) =>
    escapeHtml(s)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\*(.+?)\*/g, '<em>$1</em>')
      .replace(/\[(.+?)\]\(((?:\/|#|https?:\/\/)[^)\s]*)\)/g, '<a href="$2">$1</a>');
  return md
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.trim().split('\n');
      if (lines.every((l) => l.startsWith('>'))) {
        return `<blockquote><p>${inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '))}</p></blockquote>`;
      }
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
}

/** Markdown with placeholders → HTML. Placeholders are filled after escaping, so their markup survives. */
export function renderCopy(md: string, data: CopyData, locale: Locale, where?: string): string {
  return fillPlaceholders(renderMarkdown(md), data, locale, where);
}

/** The placeholders a text uses, in order of first use (without `|marked`). */
export function placeholderKeys(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Digits in copy that are not dates: numbers must come from placeholders. */
export function strayNumbers(md: string): string[] {
  // Years, and Chinese month/day numbers (11月, 3日), are dates, not figures.
  const withoutPlaceholders = md.replace(PLACEHOLDER, '').replace(/\d{1,2}(?=[月日])/g, '');
  return (withoutPlaceholders.match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => !/^(19[5-9]\d|20[0-2]\d)$/.test(n));
}
