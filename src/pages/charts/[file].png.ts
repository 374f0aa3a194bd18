/**
 * Chart images as PNG: /charts/<chart>-<locale>.png, drawn at build time from the same chart SVG
 * as the SVG export, with title, colour key, source line, site name and licence drawn in; light
 * palette, 1,200 px wide (2×). The licence and sources are also written into the file (iTXt).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, type CatalogChart as Chart } from '../../site/chart-catalog';
import { CHART_IMAGE_SCALE, CHART_IMAGE_WIDTH, chartImageSvg, sourceText } from '../../site/social-card';
import { findFonts, fontFamilyCss, fontsForLocale, PNG_CACHE_DIR, svgToPng } from '../../site/png';
import { LICENCE, licencePath } from '../../site/licence';
import { localeFiles, localePath, type Locale } from '../../lib/i18n';
import { siteTitle } from '../../lib/site';

export const getStaticPaths: GetStaticPaths = () =>
  CHARTS.flatMap((c) => localeFiles(c.slug).map(({ file, locale }) => ({ params: { file }, props: { chart: c, locale } })));

export const GET: APIRoute = ({ props, site }) => {
  const { chart, locale } = props as { chart: Chart; locale: Locale };
  const origin = site ?? 'http://localhost/';
  const fonts = fontsForLocale(findFonts(), locale);
  const png = svgToPng(chartImageSvg(chart, locale, origin, fontFamilyCss(fonts, locale)), {
    width: CHART_IMAGE_WIDTH * CHART_IMAGE_SCALE,
    fonts,
    cacheDir: PNG_CACHE_DIR,
    meta: {
      Title: chart.title[locale],
      Description: chart.summary[locale],
      Author: siteTitle(locale),
      Copyright: `${LICENCE.short} (${LICENCE.name}), ${LICENCE.url}; data: see ${new URL(licencePath(locale), origin).href}`,
      Source: `${sourceText(chart, locale)}. ${new URL(`${localePath(locale, '/charts/')}#${chart.slug}`, origin).href}`,
    },
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
