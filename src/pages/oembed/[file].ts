/** oEmbed (rich type) for each chart and locale: /oembed/<chart>.json and /oembed/<chart>-zh.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, chartBySlug } from '../../site/chart-catalog';
import { embedCode } from '../../site/embed-code';
import type { Locale } from '../../lib/i18n';
import { siteTitle } from '../../lib/site';

export const getStaticPaths: GetStaticPaths = () =>
  CHARTS.flatMap((c) => [{ params: { file: `${c.slug}.json` } }, { params: { file: `${c.slug}-zh.json` } }]);

export const GET: APIRoute = ({ params, site }) => {
  const name = String(params.file).replace(/\.json$/, '');
  const locale: Locale = name.endsWith('-zh') ? 'zh' : 'en';
  const chart = chartBySlug(name.replace(/-zh$/, ''))!;
  const body = {
    version: '1.0',
    type: 'rich',
    title: chart.title[locale],
    provider_name: siteTitle(locale),
    provider_url: new URL('/', site).href,
    html: embedCode({ site: site!, slug: chart.slug, locale, title: chart.title[locale], height: chart.height }),
    width: 640,
    height: chart.height,
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
