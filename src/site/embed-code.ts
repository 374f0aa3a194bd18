/**
 * The snippet a teacher pastes: a lazy iframe whose height fits the chart without any host
 * script in a typical column, and (optionally) the host script that resizes it exactly.
 *
 * Heights: src/site/embed-heights.json holds every embed's measured content height at 375, 640,
 * 720 and 800 px wide (`npm run measure:embeds`, scripts/measure-embeds.ts). The code's height is
 * the tallest from EMBED_COLUMN (640 px, a typical content column of a school site) up, plus a
 * margin for other fonts, rounded up to 10 px. Past 800 px nothing grows (the embed's content is
 * capped at 50rem in global.css, .embed-main), so nothing is cut off in any column 640 px wide or
 * wider. In a narrower one (a phone) the iframe scrolls inside unless embed.js runs; where a page
 * keeps scripts, the code with embed.js sizes it exactly.
 */
import type { Locale } from '../lib/i18n';
import { localePath } from '../lib/i18n';
import { escapeHtml as esc } from '../lib/html';
import type { Theme } from '../lib/url-state';
import measured from './embed-heights.json';

/** The column width (CSS px) an embed code's height is chosen for. */
export const EMBED_COLUMN = 640;
/** Added to the measured height (other fonts, other line breaks), before rounding up to 10 px. */
export const EMBED_HEIGHT_MARGIN = 24;
/** Until an embed is measured (a new chart): a height, and a warning at build time. */
export const UNMEASURED_HEIGHT = 900;

const heights = measured.charts as Record<string, Partial<Record<Locale, Record<string, number>>>>;
const warned = new Set<string>();

/** The iframe height of an embed code: the tallest measured from EMBED_COLUMN up, plus the margin, in CSS px. */
export function embedHeight(slug: string, locale: Locale): number {
  const byWidth = Object.entries(heights[slug]?.[locale] ?? {});
  const h = Math.max(0, ...byWidth.filter(([w, v]) => Number(w) >= EMBED_COLUMN && v > 0).map(([, v]) => v));
  if (byWidth.some(([w]) => Number(w) === EMBED_COLUMN) && h > 0) return Math.ceil((h + EMBED_HEIGHT_MARGIN) / 10) * 10;
  if (!warned.has(`${slug} ${locale}`)) {
    warned.add(`${slug} ${locale}`);
    console.warn(`[embed] ${slug} (${locale}) has no measured height in src/site/embed-heights.json: run npm run measure:embeds`);
  }
  return UNMEASURED_HEIGHT;
}

/** The embed's address; `theme` fixes its colours (?theme=light|dark), otherwise it follows the reader's device. */
export function embedUrl(site: URL | string, slug: string, locale: Locale, theme?: Theme): string {
  const u = new URL(localePath(locale, `/embed/${slug}/`), site);
  if (theme) u.searchParams.set('theme', theme);
  return u.href;
}

export interface EmbedCodeOptions {
  site: URL | string;
  slug: string;
  locale: Locale;
  title: string;
  /** The iframe's height; default: embedHeight(slug, locale). */
  height?: number;
  /** Fix the embed's colours (?theme=); default: the reader's device decides. */
  theme?: Theme;
  /** Add the host script that resizes the iframe to its chart (default true); false: the iframe alone. */
  script?: boolean;
}

export function embedCode(o: EmbedCodeOptions): string {
  const src = embedUrl(o.site, o.slug, o.locale, o.theme);
  const height = o.height ?? embedHeight(o.slug, o.locale);
  const iframe =
    `<iframe src="${esc(src)}" title="${esc(o.title)}" width="100%" height="${height}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:100%" data-ptz-embed="${esc(o.slug)}"></iframe>`;
  if (o.script === false) return iframe;
  return `${iframe}\n<script async src="${esc(new URL('/embed.js', o.site).href)}"></script>`;
}
