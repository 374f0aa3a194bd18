/** oEmbed (rich type) for each chart and locale: /oembed/<chart>.json for the default locale, /oembed/<chart>-<locale>.json for the others. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, type CatalogChart as Chart } from '../../site/chart-catalog';
import { embedCode, embedHeight, EMBED_COLUMN } from '../../site/embed-code';
import { oembedThumbnail } from '../../site/social-card';
import { localeFiles, type Locale } from '../../lib/i18n';
import { siteTitle } from '../../lib/site';

export const getStaticPaths: GetStaticPaths = () =>
  CHARTS.flatMap((c) => localeFiles(c.slug, false).map(({ file, locale }) => ({ params: { file: `${file}.json` }, props: { chart: c, locale } })));

export const GET: APIRoute = ({ props, site }) => {
  const { chart, locale } = props as { chart: Chart; locale: Locale };
  const body = {
    version: '1.0',
    type: 'rich',
    title: chart.title[locale],
    provider_name: siteTitle(locale),
    provider_url: new URL('/', site).href,
    html: embedCode({ site: site!, slug: chart.slug, locale, title: chart.title[locale] }),
    width: EMBED_COLUMN,
    height: embedHeight(chart.slug, locale),
    ...oembedThumbnail(chart, locale, site!),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
