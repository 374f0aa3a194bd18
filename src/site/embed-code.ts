/** The snippet a teacher pastes: a lazy iframe with a sensible height, and the host script that resizes it. */
import type { Locale } from '../lib/i18n';
import { localePath } from '../lib/i18n';
import { escapeHtml as esc } from '../lib/html';

export function embedUrl(site: URL | string, slug: string, locale: Locale): string {
  return new URL(localePath(locale, `/embed/${slug}/`), site).href;
}

export function embedCode(o: { site: URL | string; slug: string; locale: Locale; title: string; height: number }): string {
  const src = embedUrl(o.site, o.slug, o.locale);
  const script = new URL('/embed.js', o.site).href;
  return (
    `<iframe src="${esc(src)}" title="${esc(o.title)}" width="100%" height="${o.height}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:100%" data-ptz-embed="${esc(o.slug)}"></iframe>\n` +
    `<script async src="${esc(script)}"></script>`
  );
}
