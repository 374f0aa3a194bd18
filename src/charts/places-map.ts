/**
 * A light locator map of the places the story names: province outlines (from the
 * provinces-only TopoJSON) and a numbered marker per place, numbered in the order of the list
 * beside it, so the map and the list read together.
 */
import type { Topology } from 'topojson-specification';
import type { Locale } from '../lib/i18n.ts';
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

const TEXT = {
  title: { en: 'Where the places are', zh: '地点分布' },
  desc: {
    en: (ps: Place[]) => `Map of China with ${ps.length} numbered markers: ${ps.map((p, i) => `${i + 1}, ${p.nameEn}`).join('; ')}.`,
    zh: (ps: Place[]) => `中国地图，共${ps.length}个编号标记：${ps.map((p, i) => `${i + 1}.${p.nameZh}`).join('；')}。`,
  },
};

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
    { width, height, id, title: TEXT.title[o.locale], desc: TEXT.desc[o.locale](places), className: 'map places-map' },
    el('path', { d: path(nation) ?? '', class: 'land' }),
    el('path', { d: path(provinceMesh(topo)) ?? '', class: 'province-borders' }),
    el('path', { d: path(nation) ?? '', class: 'nation' }),
    el('g', { 'aria-hidden': 'true' }, ...markers),
  );
}
