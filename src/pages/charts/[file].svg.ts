/** Chart images for export: /charts/<chart>-<locale>.svg, standalone with their own styles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, chartBySlug } from '../../site/chart-catalog';
import { standaloneSvg } from '../../charts/standalone';
import type { Locale } from '../../lib/i18n';

export const getStaticPaths: GetStaticPaths = () => CHARTS.flatMap((c) => (['en', 'zh'] as const).map((l) => ({ params: { file: `${c.slug}-${l}` } })));

export const GET: APIRoute = ({ params }) => {
  const m = /^(.+)-(en|zh)$/.exec(String(params.file))!;
  const chart = chartBySlug(m[1]!)!;
  const locale = m[2] as Locale;
  return new Response(standaloneSvg(chart.svg(locale, {}, `${chart.slug}-${locale}`)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
