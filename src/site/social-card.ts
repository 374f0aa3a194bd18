/**
 * Images drawn at build time around the chart SVGs: a chart's PNG export (title, chart, colour
 * key, source line, site name, licence) and the 1200×630 social cards (og:image) of the story,
 * the gallery and each embed (chart plus its headline figure, formatted per locale from data/).
 *
 * Pure: (chart, locale, site) in, SVG string out; src/site/png.ts turns it into a PNG.
 */
import { parseHTML } from 'linkedom';
import { CHARTS, chartBySlug, type CatalogChart } from './chart-catalog';
import { STANDALONE_STYLE } from '../charts/standalone';
import { areas, counties, figure, figures, national, places, provinces, regional, sourceOf } from '../lib/data';
import { formatFigure, formatNumber, formatTenThousands, formatYuan } from '../lib/format';
import { escapeHtml as esc } from '../lib/html';
import { localePath, type Locale } from '../lib/i18n';
import { siteTitle } from '../lib/site';
import { LICENCE } from './licence';
import { poorPopulationPoints } from '../charts/poor-population';
import { measureRows } from '../charts/measures';
import { journeyStops } from '../charts/journey';
import { incomeSeries } from '../charts/incomes';

// ---------------------------------------------------------------- palette (from the standalone style)

function styleValue(selector: string, prop: string): string {
  const rule = STANDALONE_STYLE.split('}').find((r) => r.trim().startsWith(`${selector}{`));
  const m = rule && new RegExp(`(?:^|[{;])${prop}:([^;]+)`).exec(rule.slice(rule.indexOf('{')));
  if (!m) throw new Error(`social-card: no ${prop} for "${selector}" in STANDALONE_STYLE`);
  return m[1]!.trim();
}
export const PALETTE = {
  bg: styleValue('svg', 'background'),
  text: styleValue('.value-label,.panel-title', 'fill'),
  muted: styleValue('text', 'fill'),
  rule: styleValue('.grid', 'stroke'),
  accent: styleValue('.seg', 'stroke'),
};
/** Legend swatch colour: `sw-2016` → the fill of `.y2016` in the province chart. */
function swatchColour(swatch: string): string {
  const year = /^sw-(\d{4})$/.exec(swatch)?.[1];
  if (!year) throw new Error(`social-card: unknown swatch ${swatch}`);
  return styleValue(`.chart-province-exits .y${year}`, 'fill');
}

// ---------------------------------------------------------------- text layout (no text measuring in resvg: estimate)

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Estimated advance of a string in em: generous, so that wrapped lines never overflow. */
export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (CJK.test(ch)) w += 1;
    else if (ch === ' ') w += 0.3;
    else if (/[A-Z0-9→]/.test(ch)) w += ch === '→' ? 1 : 0.68;
    else if (/[mwMW]/.test(ch)) w += 0.9;
    else if (/[a-z]/.test(ch)) w += 0.58;
    else w += 0.4;
  }
  return w;
}

/** Break text into lines no wider than `width` at `size`: at spaces, and between CJK characters. */
export function wrapText(text: string, width: number, size: number, maxLines = Infinity): string[] {
  const tokens = text.match(/[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+[\u3000-\u303f\uff00-\uffef]*|[\u2e80-\u9fff][\u3000-\u303f\uff00-\uffef]*|[\u3000-\u303f\uff00-\uffef]|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const next = line + t;
    if (line.trim() && textEm(next.trimEnd()) * size > width) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S{0,3}$/, '')}…`;
    return kept;
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, cls: string, anchor = 'start'): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" class="${cls}" text-anchor="${anchor}">${esc(l)}</text>`).join('');
}

// ---------------------------------------------------------------- the chart, nested

/**
 * The chart's SVG as a nested <svg> at (x, y), `width` wide. Rules of the standalone style that
 * resvg's CSS engine cannot match (`:not(…)`) are applied to the matching elements as inline style.
 */
export function nestedChart(svg: string, x: number, y: number, width: number): { markup: string; height: number } {
  const vb = /viewBox="([\d.\s-]+)"/.exec(/^<svg[^>]*>/.exec(svg)?.[0] ?? '')?.[1]?.trim().split(/\s+/).map(Number);
  if (!vb || vb.length !== 4) throw new Error('nestedChart: the chart SVG has no viewBox');
  const height = Math.round((width * vb[3]!) / vb[2]! * 10) / 10;
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  for (const rule of STANDALONE_STYLE.split('}')) {
    const [sel, decl] = rule.split('{');
    if (!sel || !decl || !sel.includes(':not(')) continue;
    for (const s of sel.split(',')) for (const el of [root, ...root.querySelectorAll('*')].filter((e) => e.matches(s.trim()))) el.setAttribute('style', `${el.getAttribute('style') ?? ''}${decl};`);
  }
  for (const a of ['role', 'aria-labelledby', 'aria-hidden', 'width', 'height', 'x', 'y']) root.removeAttribute(a);
  root.setAttribute('x', String(x));
  root.setAttribute('y', String(y));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  return { markup: root.outerHTML, height };
}

/** The standalone style without the rules resvg cannot parse, plus font family and the card's own classes. */
function cardStyle(fontFamily: string): string {
  const base = STANDALONE_STYLE.split('}')
    .filter((r) => r.trim() && !r.split('{')[0]!.includes(':not('))
    .map((r) => `${r}}`)
    .join('');
  return (
    `${base}svg{font-family:${fontFamily};font-size:12px}` +
    `.k-title{fill:${PALETTE.text};font-weight:700}.k-strong{fill:${PALETTE.text};font-weight:700}` +
    `.k-muted{fill:${PALETTE.muted}}.k-accent{fill:${PALETTE.accent};font-weight:700}.k-figure{fill:${PALETTE.text};font-weight:700}`
  );
}

function frame(width: number, height: number, fontFamily: string, body: string, label: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(label)}</title><style>${cardStyle(fontFamily)}</style>` +
    `<rect width="${width}" height="${height}" fill="${PALETTE.bg}"/>${body}</svg>`
  );
}

// ---------------------------------------------------------------- pieces

export function sourceText(chart: CatalogChart, locale: Locale): string {
  const list = [...new Set(chart.sources)].map(sourceOf).map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ''}`);
  const head = locale === 'zh' ? '来源：' : list.length > 1 ? 'Sources: ' : 'Source: ';
  return head + list.join(locale === 'zh' ? '；' : '; ');
}

function legendRow(chart: CatalogChart, locale: Locale, x: number, y: number, width: number, size: number): { markup: string; height: number } {
  if (!chart.legend?.length) return { markup: '', height: 0 };
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const k of chart.legend) {
    const w = size * 1.4 + textEm(k.label[locale]) * size + size * 1.2;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += size * 1.7;
    }
    parts.push(`<rect x="${cx}" y="${cy - size * 0.85}" width="${size}" height="${size}" rx="2" fill="${swatchColour(k.swatch)}"/>`);
    parts.push(`<text x="${cx + size * 1.4}" y="${cy}" font-size="${size}" class="k-muted">${esc(k.label[locale])}</text>`);
    cx += w;
  }
  return { markup: parts.join(''), height: cy - y + size * 1.7 };
}

/** Host and path of a URL, for print on an image: "example.org/charts/#regional". */
const shortUrl = (u: string) => u.replace(/^https?:\/\//, '');

// ---------------------------------------------------------------- chart export (PNG download)

/** Layout width of the chart image in SVG units; rendered at 2× (1,200 px). */
export const CHART_IMAGE_WIDTH = 600;
export const CHART_IMAGE_SCALE = 2;

/** The chart as a self-contained image: title, summary, chart, colour key, sources, site and licence. */
export function chartImageSvg(chart: CatalogChart, locale: Locale, site: URL | string, fontFamily: string): string {
  const W = CHART_IMAGE_WIDTH;
  const pad = 24;
  const inner = W - pad * 2;
  const parts: string[] = [];
  let y = pad + 18;
  const title = wrapText(chart.title[locale], inner, 19);
  parts.push(textLines(title, pad, y, 19, 25, 'k-title'));
  y += (title.length - 1) * 25 + 22;
  const summary = wrapText(chart.summary[locale], inner, 12.5);
  parts.push(textLines(summary, pad, y, 12.5, 18, 'k-muted'));
  y += (summary.length - 1) * 18 + 14;
  const nested = nestedChart(chart.svg(locale, {}, `png-${chart.slug}-${locale}`), pad, y, inner);
  parts.push(nested.markup);
  y += nested.height + 18;
  const legend = legendRow(chart, locale, pad, y, inner, 11);
  parts.push(legend.markup);
  y += legend.height;
  const src = wrapText(sourceText(chart, locale), inner, 10.5);
  parts.push(textLines(src, pad, y, 10.5, 15, 'k-muted'));
  y += (src.length - 1) * 15 + 12;
  parts.push(`<line x1="${pad}" x2="${W - pad}" y1="${y}" y2="${y}" stroke="${PALETTE.rule}"/>`);
  y += 17;
  const url = shortUrl(new URL(`${localePath(locale, '/charts/')}#${chart.slug}`, site).href);
  parts.push(`<text x="${pad}" y="${y}" font-size="11" class="k-strong">${esc(siteTitle(locale))}</text>`);
  parts.push(`<text x="${pad + textEm(siteTitle(locale)) * 11 + 8}" y="${y}" font-size="10.5" class="k-muted">${esc(url)}</text>`);
  parts.push(`<text x="${W - pad}" y="${y}" font-size="10.5" class="k-muted" text-anchor="end">${esc(LICENCE.short)}</text>`);
  const H = Math.ceil(y + pad - 6);
  return frame(W, H, fontFamily, parts.join(''), `${chart.title[locale]} · ${siteTitle(locale)}`);
}

// ---------------------------------------------------------------- headline figures (all from data/)

export interface Headline {
  value: string;
  label: string;
}

/** A headline states a value as fact: an unverified one must never be one (the build stops). */
function fact<T extends { status: string }>(v: T, what: string): T {
  if (v.status === 'unverified') throw new Error(`social card: ${what} is unverified and cannot be a headline figure`);
  return v;
}

/** A chart's headline figure, computed from data/ and formatted for the locale. */
export function headlineFor(slug: string, locale: Locale): Headline {
  const zh = locale === 'zh';
  switch (slug) {
    case 'poor-population': {
      const pts = poorPopulationPoints(national, 2012, 2020);
      const a = pts[0]!;
      const b = pts.at(-1)!;
      for (const p of [a, b]) fact(national.find((n) => n.year === p.year)!.ruralPoor!, `the ${p.year} rural poor count`);
      return {
        value: `${formatTenThousands(a.value, locale)} → ${formatTenThousands(b.value, locale)}`,
        label: zh ? `农村贫困人口，${a.year}年末至${b.year}年末（2010年标准）` : `rural poor, end of ${a.year} to end of ${b.year} (2010 standard)`,
      };
    }
    case 'county-exits': {
      const years = counties.map((c) => c.exitYear);
      const [y0, y1] = [Math.min(...years), Math.max(...years)];
      return {
        value: formatNumber(counties.length, locale),
        label: zh ? `个国家级贫困县在${y0}—${y1}年间全部摘帽` : `poverty-stricken counties, every one of which left the list between ${y0} and ${y1}`,
      };
    }
    case 'regional': {
      const west = regional.filter((r) => r.region === 'west').sort((p, q) => p.year - q.year);
      const first = west[0]!;
      fact(first.poor, `the West's ${first.year} count`);
      regional.filter((r) => r.year === first.year).forEach((r) => fact(r.poor, `the ${r.region} ${first.year} count`));
      const total = regional.filter((r) => r.year === first.year).reduce((s, r) => s + r.poor.value, 0);
      return {
        value: formatTenThousands(first.poor.value, locale),
        label: zh
          ? `${first.year}年末西部地区农村贫困人口（全国${formatTenThousands(total, 'zh')}）`
          : `rural poor in the West at the end of ${first.year}, of ${formatTenThousands(total, 'en')} nationally`,
      };
    }
    case 'province-exits': {
      const max = Math.max(...provinces.map((p) => p.counties));
      const top = provinces.filter((p) => p.counties === max);
      const names = top.map((p) => (zh ? p.nameZh : p.nameEn)).join(zh ? '、' : ' and ');
      return {
        value: formatNumber(max, locale),
        label: zh
          ? `个贫困县在${names}，为各省份最多（共${formatNumber(counties.length, 'zh')}个）`
          : `of the ${formatNumber(counties.length, 'en')} counties were in ${names}, more than in any other province`,
      };
    }
    case 'measures': {
      // The largest count of people among the measures, qualifier kept.
      const top = measureRows(figures).filter((r) => r.unit === 'people').sort((p, q) => q.figure.value - p.figure.value)[0]!;
      const f = fact(figure(top.id), `the figure ${top.id}`);
      return { value: formatFigure(f, locale), label: zh ? f.labelZh : f.labelEn };
    }
    case 'journey': {
      const stops = journeyStops(places, counties);
      const [y0, y1] = [stops[0]!.date.slice(0, 4), stops.at(-1)!.date.slice(0, 4)];
      stops.forEach((s) => fact(s.place, `the visit ${s.place.id}`));
      return {
        value: formatNumber(stops.length, locale),
        label: zh ? `次考察，${y0}—${y1}年，按时间顺序` : `inspection visits named in the article, ${y0}–${y1}, in date order`,
      };
    }
    case 'incomes': {
      const last = incomeSeries(national).poorArea.filter((p) => p.status !== 'unverified').at(-1)!;
      return {
        value: formatYuan(last.value, locale),
        label: zh ? `${last.year}年贫困地区农村居民人均可支配收入（当年价格）` : `per-capita disposable income of rural residents in poor areas, ${last.year} (current prices)`,
      };
    }
    case 'long-view': {
      // 1978's exact count is unverified; the rounded figure as published is official.
      const first = national.find((n) => n.ruralPoorRounded)!;
      const last = poorPopulationPoints(national, first.year, 2020).at(-1)!;
      fact(first.ruralPoorRounded!, `the ${first.year} rounded rural poor count`);
      fact(national.find((n) => n.year === last.year)!.ruralPoor!, `the ${last.year} rural poor count`);
      return {
        value: `${formatTenThousands(first.ruralPoorRounded!.value, locale)} → ${formatTenThousands(last.value, locale)}`,
        label: zh ? `农村贫困人口，${first.year}年至${last.year}年（2010年标准）` : `rural poor, ${first.year} to ${last.year} (2010 standard)`,
      };
    }
    case 'county-exits-map': {
      const last = Math.max(...counties.map((c) => c.exitYear));
      const n = counties.filter((c) => c.exitYear === last).length;
      return {
        value: formatNumber(n, locale),
        label: zh ? `个贫困县最后摘帽，于${last}年` : `counties were the last to leave the list, in ${last}`,
      };
    }
    case 'contiguous-areas': {
      const complete = areas.filter((a) => a.complete).length;
      return {
        value: formatNumber(areas.length, locale),
        label: zh
          ? `个集中连片特困地区；其中${formatNumber(complete, 'zh')}个的县名单完整`
          : `contiguous destitute areas; the county lists of ${formatNumber(complete, 'en')} are complete here`,
      };
    }
    default:
      throw new Error(`headlineFor: no headline for chart "${slug}"`);
  }
}

// ---------------------------------------------------------------- social cards

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface Card {
  /** File name under /og/, without .png: "story-en", "charts-zh", "regional-en". */
  file: string;
  locale: Locale;
  kicker: string;
  headline: Headline;
  chart: CatalogChart;
}

/** Every social card: the story and the gallery in each language, and each chart's embed. */
export function allCards(): Card[] {
  const out: Card[] = [];
  for (const locale of ['en', 'zh'] as const) {
    const lifted = fact(figure('rural_poor_lifted'), 'the figure rural_poor_lifted');
    const story: Headline = { value: formatFigure(lifted, locale), label: locale === 'zh' ? lifted.labelZh : lifted.labelEn };
    out.push({ file: `story-${locale}`, locale, kicker: siteTitle(locale), headline: story, chart: chartBySlug('poor-population')! });
    out.push({ file: `charts-${locale}`, locale, kicker: locale === 'zh' ? `图表 · ${siteTitle('zh')}` : `Charts · ${siteTitle('en')}`, headline: headlineFor('county-exits', locale), chart: chartBySlug('county-exits')! });
    for (const c of CHARTS) out.push({ file: `${c.slug}-${locale}`, locale, kicker: siteTitle(locale), headline: headlineFor(c.slug, locale), chart: c });
  }
  return out;
}

export function cardByFile(file: string): Card | undefined {
  return allCards().find((c) => c.file === file);
}

/** Alt text of a card: what it shows, in words. */
export function cardAlt(card: Card): string {
  return card.locale === 'zh'
    ? `${card.chart.title.zh}。${card.headline.value}${card.headline.label.startsWith('个') ? '' : '：'}${card.headline.label}`
    : `${card.chart.title.en}. ${card.headline.value}: ${card.headline.label}`;
}

/** A 1200×630 card: kicker, headline figure and label on the left; the chart and its title on the right. */
export function cardSvg(card: Card, site: URL | string, fontFamily: string): string {
  const W = CARD_WIDTH;
  const H = CARD_HEIGHT;
  const { locale, chart, headline } = card;
  const left = 64;
  const colW = 420;
  const parts: string[] = [`<rect width="${W}" height="10" fill="${PALETTE.accent}"/>`];
  const kicker = wrapText(card.kicker, colW, 24, 2);
  parts.push(textLines(kicker, left, 84, 24, 32, 'k-accent'));
  let y = 84 + (kicker.length - 1) * 32 + 100;
  // The figure as large as fits the column, 40–76 px, on at most two lines.
  let size = 76;
  while (size > 40 && textEm(headline.value) * size > colW) size -= 2;
  const fig = wrapText(headline.value, colW, size, 2);
  parts.push(textLines(fig, left, y, size, size * 1.1, 'k-figure'));
  y += (fig.length - 1) * size * 1.1 + 50;
  const label = wrapText(headline.label, colW, 24, 5);
  parts.push(textLines(label, left, y, 24, 34, 'k-muted'));
  parts.push(`<text x="${left}" y="${H - 48}" font-size="20" class="k-muted">${esc(shortUrl(new URL(localePath(locale, '/'), site).href).replace(/\/$/, ''))} · ${esc(LICENCE.short)}</text>`);
  // Right: chart title and chart.
  const rx = 540;
  const rw = W - rx - 48;
  const title = wrapText(chart.title[locale], rw, 22, 2);
  parts.push(textLines(title, rx, 84, 22, 30, 'k-title'));
  const top = 84 + (title.length - 1) * 30 + 24;
  const legendH = chart.legend ? 30 : 0;
  const room = H - 40 - legendH - top;
  const vb = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(chart.svg(locale, {}, 'probe'))!;
  const cw = Math.min(rw, (room * Number(vb[1])) / Number(vb[2]));
  const nested = nestedChart(chart.svg(locale, {}, `og-${card.file}`), rx, top, cw);
  parts.push(nested.markup);
  if (chart.legend) parts.push(legendRow(chart, locale, rx, top + nested.height + 24, rw, 15).markup);
  return frame(W, H, fontFamily, parts.join(''), cardAlt(card));
}

// ---------------------------------------------------------------- which card a page shows

/** The og:image of a page (a path under /og/), or null for a page without an address (404). */
export function cardFileForPath(pathname: string): string {
  const zh = /^\/zh(\/|$)/.test(pathname);
  const rest = zh ? pathname.slice(3) || '/' : pathname;
  const locale: Locale = zh ? 'zh' : 'en';
  const embed = /^\/embed\/([^/]+)\/?$/.exec(rest);
  if (embed && chartBySlug(embed[1]!)) return `${embed[1]}-${locale}`;
  if (/^\/charts\/?$/.test(rest)) return `charts-${locale}`;
  return `story-${locale}`;
}
