/**
 * /data/county-index.json: the county finder's search index, fetched by the browser only when
 * the finder is first used. Built from data/counties.json, provinces.json and areas.json by
 * buildCountyIndex() (src/lib/county-search.ts); read back by parseCountyIndex().
 */
import type { APIRoute } from 'astro';
import { areas, counties, provinces } from '../../lib/data';
import { buildCountyIndex } from '../../lib/county-search';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildCountyIndex({ counties, provinces, areas })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
