/**
 * A light locator map of the places the story names: province outlines (from the
 * provinces-only TopoJSON) and a numbered marker per place, numbered in the order of the list
 * beside it, so the map and the list read together.
 */
import type { Topology } from 'topojson-specification';
import { localized, strings, type Locale } from '../lib/i18n.ts';
import { formatNumber } from '../lib/format.ts';
import type { Place } from '../lib/schemas.ts';
import { chinaProjection, pathFor } from '../lib/projection.ts';
import { nationFeature, provinceMesh } from '../lib/topology.ts';
import { mapHeight } from './china-map.ts';
import { el, esc, svgRoot } from './svg.ts';

export interface PlacesMapOptions {
  locale: Locale;
  width?: number;
  id?: string;
}

/** The map's description: every marker's number and place. */
function placesDesc(places: Place[], l: Locale): string {
  const t = strings(l).charts;
  const list = places.map((p, i) => t.placesMap.descPlace(String(i + 1), localized(p, 'name', l))).join(t.sep);
  return t.placesMap.desc(formatNumber(places.length, l), list);
}

export function placesMapSvg(topo: Topology, places: Place[], o: PlacesMapOptions): string {
  const width = o.width ?? 640;
  const height = mapHeight(width);
  const id = o.id ?? 'places-map';
  const nation = nationFeature(topo);
  const projection = chinaProjection(width, height, nation);
  const path = pathFor(projection);
  const markers = places.map((p, i) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) throw new Error(`placesMapSvg: ${p.id} cannot be projected`);
    return el(
      'g',
      { class: `place-marker ${p.kind}`, transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`, 'data-place': p.id },
      el('circle', { r: 9 }),
      el('text', { 'text-anchor': 'middle', dy: '0.35em' }, String(i + 1)),
    );
  });
  return svgRoot(
    { width, height, id, title: strings(o.locale).charts.placesMap.title, desc: placesDesc(places, o.locale), className: 'map places-map' },
    el('path', { d: path(nation) ?? '', class: 'land' }),
    el('path', { d: path(provinceMesh(topo)) ?? '', class: 'province-borders' }),
    el('path', { d: path(nation) ?? '', class: 'nation' }),
    el('g', { 'aria-hidden': 'true' }, ...markers),
  );
}
