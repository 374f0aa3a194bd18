/**
 * /data/county-names.json: the names of the county-level units of mainland China that are not among
 * the 832 (data/geo/counties.topo.json, ids `x-…`, property `n`), so that the county finder can say
 * “海淀区 is not one of the 832” instead of suggesting look-alikes. Fetched only when a query finds
 * none of the 832; kept apart from /data/county-index.json, whose budget (25 KB gzipped) the
 * 1,984 names (about 8 KB gzipped) would overrun. Built by buildOutsideNames() (src/lib/county-search.ts).
 */
import type { APIRoute } from 'astro';
import topoJson from '../../../data/geo/counties.topo.json';
import { counties } from '../../lib/data';
import { buildOutsideNames } from '../../lib/county-search';

interface Geometry { id?: string | number; properties?: { n?: string } }
const geometries = (topoJson as unknown as { objects: { counties: { geometries: Geometry[] } } }).objects.counties.geometries;

export const GET: APIRoute = () => {
  const names = geometries.filter((g) => String(g.id ?? '').startsWith('x-')).map((g) => g.properties?.n ?? '');
  return new Response(JSON.stringify(buildOutsideNames(names, counties.map((c) => c.nameZh))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
