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
import { statedAsFact, type Headline } from '../charts/definition';
import { colour, PAGE_PALETTE } from '../lib/palette';
import { figure, sourceOf } from '../lib/data';
import { formatFigure } from '../lib/format';
import { escapeHtml as esc } from '../lib/html';
import { LOCALES, localeOf, localePath, localized, stripLocale, strings, t, type Locale } from '../lib/i18n';
import { publisherOf } from '../lib/citation';
import { siteTitle } from '../lib/site';
import { textWidthEm, wrapText } from '../lib/text-metrics';
import { LICENCE } from './licence';

// ---------------------------------------------------------------- palette (the page palette, light)

const light = (name: string) => colour('light', name);
export const PALETTE = { bg: light('bg'), text: light('text'), muted: light('muted'), rule: light('rule'), accent: light('accent') };
/** Legend swatch colour: `sw-2016` → the exit colour of 2016 (as .sw-2016 in global.css). */
function swatchColour(swatch: string): string {
  const year = /^sw-(\d{4})$/.exec(swatch)?.[1];
  if (!year) throw new Error(`social-card: unknown swatch ${swatch}`);
  return light(`exit-${year}`);
}

// ---------------------------------------------------------------- text layout (no text measuring in resvg: src/lib/text-metrics estimates)

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, cls: string, anchor = 'start'): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" class="${cls}" text-anchor="${anchor}">${esc(l)}</text>`).join('');
}

// ---------------------------------------------------------------- the chart, nested

/**
 * The chart's SVG as a nested <svg> at (x, y), `width` wide. Rules of the standalone style that
 * resvg's CSS engine cannot match (`:not(…)`) are applied to the matching elements as inline style.
 */
export function nestedChart(svg: string, x: number, y: number, width: number): { markup: string; height: number } {
  const vb = /viewBox="([\d.\s-]+)"/
    .exec(/^<svg[^>]*>/.exec(svg)?.[0] ?? '')?.[1]
    ?.trim()
    .split(/\s+/)
    .map(Number);
  if (!vb || vb.length !== 4) throw new Error('nestedChart: the chart SVG has no viewBox');
  const height = Math.round(((width * vb[3]!) / vb[2]!) * 10) / 10;
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  for (const rule of STANDALONE_STYLE.split('}')) {
    const [sel, decl] = rule.split('{');
    if (!sel || !decl || !sel.includes(':not(')) continue;
    for (const s of sel.split(','))
      for (const el of [root, ...root.querySelectorAll('*')].filter((e) => e.matches(s.trim())))
        el.setAttribute('style', `${el.getAttribute('style') ?? ''}${decl};`);
  }
  for (const a of ['role', 'aria-labelledby', 'aria-hidden', 'width', 'height', 'x', 'y']) root.removeAttribute(a);
  root.setAttribute('x', String(x));
  root.setAttribute('y', String(y));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  return { markup: root.outerHTML, height };
}

/** The standalone style without the rules resvg cannot parse, in the image's fonts, plus the card's own classes. */
function cardStyle(fontFamily: string): string {
  const base = STANDALONE_STYLE.split('}')
    .filter((r) => r.trim() && !r.split('{')[0]!.includes(':not('))
    .map((r) => `${r}}`)
    .join('')
    .replaceAll(PAGE_PALETTE.light.font!, fontFamily);
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
  const list = [...new Set(chart.sources)].map(sourceOf).map((s) => `${publisherOf(s, locale)}${s.date ? strings(locale).sourceDate(s.date) : ''}`);
  return t(locale, list.length > 1 ? 'sources' : 'source') + t(locale, 'colon') + list.join(t(locale, 'sourceSep'));
}

function legendRow(chart: CatalogChart, locale: Locale, x: number, y: number, width: number, size: number): { markup: string; height: number } {
  if (!chart.legend?.length) return { markup: '', height: 0 };
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const k of chart.legend) {
    const w = size * 1.4 + textWidthEm(k.label[locale]) * size + size * 1.2;
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
  const title = wrapText(chart.title[locale], inner, 19, { bold: true });
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
  parts.push(`<text x="${pad + textWidthEm(siteTitle(locale), { bold: true }) * 11 + 8}" y="${y}" font-size="10.5" class="k-muted">${esc(url)}</text>`);
  parts.push(`<text x="${W - pad}" y="${y}" font-size="10.5" class="k-muted" text-anchor="end">${esc(LICENCE.short)}</text>`);
  const H = Math.ceil(y + pad - 6);
  return frame(W, H, fontFamily, parts.join(''), `${chart.title[locale]} · ${siteTitle(locale)}`);
}

/**
 * The pixel size of a chart's PNG (/charts/<chart>-<locale>.png): the image's layout size at
 * CHART_IMAGE_SCALE, as resvg renders it (fit to width). The text's font does not change the layout.
 */
export function chartImageSize(chart: CatalogChart, locale: Locale, site: URL | string): { width: number; height: number } {
  const head = /^<svg[^>]*\swidth="(\d+)" height="(\d+)"/.exec(chartImageSvg(chart, locale, site, 'sans-serif'));
  if (!head) throw new Error(`chartImageSize: no size on the image of ${chart.slug}`);
  return { width: Number(head[1]) * CHART_IMAGE_SCALE, height: Number(head[2]) * CHART_IMAGE_SCALE };
}

/** oEmbed's thumbnail fields: the chart's PNG, at its real size. */
export function oembedThumbnail(chart: CatalogChart, locale: Locale, site: URL | string) {
  const { width, height } = chartImageSize(chart, locale, site);
  return { thumbnail_url: new URL(`/charts/${chart.slug}-${locale}.png`, site).href, thumbnail_width: width, thumbnail_height: height };
}

// ---------------------------------------------------------------- headline figures (all from data/)

export type { Headline };

/** A chart's headline figure (its definition's `headline`, from data/, formatted for the locale). */
export function headlineFor(slug: string, locale: Locale): Headline {
  const chart = chartBySlug(slug);
  if (!chart) throw new Error(`headlineFor: no headline for chart "${slug}"`);
  return chart.headline(locale);
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
  for (const locale of LOCALES) {
    const lifted = statedAsFact(figure('rural_poor_lifted'), 'the figure rural_poor_lifted');
    const story: Headline = { value: formatFigure(lifted, locale), label: localized(lifted, 'label', locale) };
    out.push({ file: `story-${locale}`, locale, kicker: siteTitle(locale), headline: story, chart: chartBySlug('poor-population')! });
    out.push({
      file: `charts-${locale}`,
      locale,
      kicker: strings(locale).chartsKicker(siteTitle(locale)),
      headline: headlineFor('county-exits', locale),
      chart: chartBySlug('county-exits')!,
    });
    for (const c of CHARTS) out.push({ file: `${c.slug}-${locale}`, locale, kicker: siteTitle(locale), headline: headlineFor(c.slug, locale), chart: c });
  }
  return out;
}

export function cardByFile(file: string): Card | undefined {
  return allCards().find((c) => c.file === file);
}

/** Alt text of a card: what it shows, in words. */
export function cardAlt(card: Card): string {
  return strings(card.locale).cardAlt(card.chart.title[card.locale], card.headline.value, card.headline.label);
}

/** A 1200×630 card: kicker, headline figure and label on the left; the chart and its title on the right. */
export function cardSvg(card: Card, site: URL | string, fontFamily: string): string {
  const W = CARD_WIDTH;
  const H = CARD_HEIGHT;
  const { locale, chart, headline } = card;
  const left = 64;
  const colW = 420;
  const parts: string[] = [`<rect width="${W}" height="10" fill="${PALETTE.accent}"/>`];
  const kicker = wrapText(card.kicker, colW, 24, { bold: true, maxLines: 2 });
  parts.push(textLines(kicker, left, 84, 24, 32, 'k-accent'));
  let y = 84 + (kicker.length - 1) * 32 + 100;
  // The figure as large as fits the column, 40–76 px, on at most two lines.
  let size = 76;
  while (size > 40 && textWidthEm(headline.value, { bold: true }) * size > colW) size -= 2;
  const fig = wrapText(headline.value, colW, size, { bold: true, maxLines: 2 });
  parts.push(textLines(fig, left, y, size, size * 1.1, 'k-figure'));
  y += (fig.length - 1) * size * 1.1 + 50;
  const label = wrapText(headline.label, colW, 24, { maxLines: 5 });
  parts.push(textLines(label, left, y, 24, 34, 'k-muted'));
  parts.push(
    `<text x="${left}" y="${H - 48}" font-size="20" class="k-muted">${esc(shortUrl(new URL(localePath(locale, '/'), site).href).replace(/\/$/, ''))} · ${esc(LICENCE.short)}</text>`,
  );
  // Right: chart title and chart.
  const rx = 540;
  const rw = W - rx - 48;
  const title = wrapText(chart.title[locale], rw, 22, { bold: true, maxLines: 2 });
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
  const locale = localeOf(pathname);
  const rest = stripLocale(pathname);
  const embed = /^\/embed\/([^/]+)\/?$/.exec(rest);
  if (embed && chartBySlug(embed[1]!)) return `${embed[1]}-${locale}`;
  if (/^\/charts\/?$/.test(rest)) return `charts-${locale}`;
  return `story-${locale}`;
}
