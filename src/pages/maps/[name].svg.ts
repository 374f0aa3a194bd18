/**
 * The county map as static SVG files: one class-based file the story fetches and animates with
 * CSS, and painted single-state images (light and dark) for the no-JS fallback and for export.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Topology } from 'topojson-specification';
import topoJson from '../../../data/geo/counties.topo.json';
import { counties, areas } from '../../lib/data';
import { chinaMapSvg, DARK, LIGHT, type ChinaMapOptions } from '../../charts/china-map';

const topo = topoJson as unknown as Topology;

export const MAP_FILES: Record<string, ChinaMapOptions> = {
  counties: {},
  'exits-2020-light': { state: { kind: 'exits', year: 2020 }, paint: LIGHT },
  'exits-2020-dark': { state: { kind: 'exits', year: 2020 }, paint: DARK },
  'exits-2015-light': { state: { kind: 'exits', year: 2015 }, paint: LIGHT },
  'exits-2015-dark': { state: { kind: 'exits', year: 2015 }, paint: DARK },
  'areas-light': { state: { kind: 'areas' }, paint: LIGHT },
  'areas-dark': { state: { kind: 'areas' }, paint: DARK },
};

export const getStaticPaths: GetStaticPaths = () => Object.keys(MAP_FILES).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const opts = MAP_FILES[params.name as string]!;
  return new Response(chinaMapSvg(topo, counties, areas, opts), { headers: { 'Content-Type': 'image/svg+xml' } });
};
