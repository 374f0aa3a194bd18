/**
 * The areas map as static SVG files (src/charts/areas-map.ts):
 *  - `<locale>.svg`: every scene in one class-based SVG, which the story fetches and drives with
 *    one attribute (data-area) and one transform;
 *  - `overview-<locale>-<theme>.svg`, `exits-<locale>-<theme>.svg`: painted single scenes (no-JS
 *    fallback of the sticky figure, export);
 *  - `<area id>-<locale>-<theme>.svg`: each area alone, cropped to it (no-JS fallback of its step).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Topology } from 'topojson-specification';
import topoJson from '../../../../data/geo/counties.topo.json';
import { areas, counties, provinces } from '../../../lib/data';
import { areasMapSvg, EXITS, OVERVIEW, type Theme } from '../../../charts/areas-map';
import { areaSmallMapSvg } from '../../../charts/areas-small-map';
import { LOCALES, type Locale } from '../../../lib/i18n';

const topo = topoJson as unknown as Topology;
const THEMES: Theme[] = ['light', 'dark'];

type Spec = { locale: Locale; scene?: string; paint?: Theme; small?: string };
export function areaMapFiles(): Record<string, Spec> {
  const files: Record<string, Spec> = {};
  for (const locale of LOCALES) {
    files[locale] = { locale };
    for (const paint of THEMES) {
      files[`${OVERVIEW}-${locale}-${paint}`] = { locale, paint, scene: OVERVIEW };
      files[`${EXITS}-${locale}-${paint}`] = { locale, paint, scene: EXITS };
      for (const a of areas) files[`${a.id}-${locale}-${paint}`] = { locale, paint, small: a.id };
    }
  }
  return files;
}
const FILES = areaMapFiles();

export const getStaticPaths: GetStaticPaths = () => Object.keys(FILES).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const s = FILES[params.name as string]!;
  const svg = s.small
    ? areaSmallMapSvg(topo, areas, s.small, { locale: s.locale, paint: s.paint!, provinces, id: `am-${s.small}` })
    : areasMapSvg(topo, counties, areas, { locale: s.locale, paint: s.paint, scene: s.scene, provinces, id: s.paint ? `am-${s.scene}` : 'am' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
