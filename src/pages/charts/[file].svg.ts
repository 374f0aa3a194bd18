/** Chart images for export: /charts/<chart>-<locale>.svg, standalone with their own styles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, type CatalogChart as Chart } from '../../site/chart-catalog';
import { standaloneSvg } from '../../charts/standalone';
import { localeFiles, type Locale } from '../../lib/i18n';

export const getStaticPaths: GetStaticPaths = () =>
  CHARTS.flatMap((c) => localeFiles(c.slug).map(({ file, locale }) => ({ params: { file }, props: { chart: c, locale } })));

export const GET: APIRoute = ({ props }) => {
  const { chart, locale } = props as { chart: Chart; locale: Locale };
  return new Response(standaloneSvg(chart.svg(locale, {}, `${chart.slug}-${locale}`)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
