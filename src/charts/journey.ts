/**
 * The journey: the inspection visits the source article names, on a light map of China in date
 * order. Drawn once with every stop; the scene is one attribute on the <svg> (data-scene="1" …
 * "n", the visit's number) and CSS (src/styles/charts.css) lights that stop, its label and the
 * route so far, and dims the others. Without the attribute (gallery, embed, no JavaScript) the
 * whole route shows with numbered stops and, where asked, a dated list beside the map.
 *
 * Elements carry the scenes they are lit in as space-separated tokens, so one CSS rule per scene
 * serves every element: `data-on` (the stop, its label and list entry: lit in its own scene;
 * a route segment: lit from the scene of the stop it reaches onwards) and `data-seen` (a stop
 * already passed). JOURNEY_MAX_STOPS is how many scenes the stylesheet covers.
 */
import type { Topology } from 'topojson-specification';
import { localized, statusNote, strings, type Locale } from '../lib/i18n.ts';
import type { County, Place, Status } from '../lib/schemas.ts';
import { chinaProjection, pathFor } from '../lib/projection.ts';
import { nationFeature, provinceMesh } from '../lib/topology.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { mapHeight } from './china-map.ts';
import { el, esc, num, svgRoot } from './svg.ts';
import { textWidth, wrapText } from '../lib/text-metrics.ts';
import { defineChart, statedAsFact, type ChartTable } from './definition.ts';

/** Scenes covered by src/styles/charts.css (a test checks the two agree). */
export const JOURNEY_MAX_STOPS = 12;

export type JourneyPlace = Pick<Place, 'id' | 'kind' | 'date' | 'nameZh' | 'nameEn' | 'county' | 'countyZh' | 'province' | 'lon' | 'lat' | 'status' | 'source'>;

export interface JourneyStop<Q = never> {
  /** 1-based, in date order: the scene value and the number on the marker. */
  step: number;
  place: JourneyPlace;
  date: string;
  /** The year the visit's county left the list, or null where the county is not one of the 832. */
  exitYear: number | null;
  exitStatus: Status | null;
  quotes: Q[];
}

/**
 * The visits in date order (ties by id), each with its county's exit year and the quotes said
 * there. A visit without a date cannot be placed in the sequence and is an error.
 */
export function journeyStops<Q extends { place: string | null }>(
  places: JourneyPlace[],
  counties: Pick<County, 'id' | 'exitYear' | 'status'>[],
  quotes: Q[] = [],
): JourneyStop<Q>[] {
  const visits = places.filter((p) => p.kind === 'visit');
  for (const v of visits) if (!v.date) throw new Error(`journey: visit "${v.id}" has no date`);
  if (visits.length > JOURNEY_MAX_STOPS) throw new Error(`journey: ${visits.length} visits; the stylesheet covers ${JOURNEY_MAX_STOPS} scenes`);
  return visits
    .slice()
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id))
    .map((p, i) => {
      const c = p.county ? counties.find((x) => x.id === p.county) : undefined;
      return {
        step: i + 1,
        place: p,
        date: p.date!,
        exitYear: c?.exitYear ?? null,
        exitStatus: c?.status ?? null,
        quotes: quotes.filter((q) => q.place === p.id),
      };
    });
}

export interface JourneyOptions {
  locale: Locale;
  width?: number;
  id?: string;
  /** A dated list of the stops beside (wide) or below (narrow) the map. */
  list?: boolean;
  /** Set the scene in the markup (e.g. for a static image of one step); normally CSS/JS sets it. */
  scene?: number;
}

/** The map's description: every visit in date order. */
function journeyDesc(stops: JourneyStop<unknown>[], l: Locale): string {
  const t = strings(l).charts;
  const list = stops.map((x) => t.journey.descStop(String(x.step), localized(x.place, 'name', l), formatDate(x.date, l))).join(t.sep);
  return t.journey.desc(formatNumber(stops.length, l), list);
}

const tokens = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(from + i)).join(' ');

export function journeyChart(topo: Topology, places: JourneyPlace[], o: JourneyOptions): string {
  const width = o.width ?? 640;
  const id = o.id ?? 'journey';
  const l = o.locale;
  const narrow = width < 480;
  const list = o.list ?? true;
  const stops = journeyStops(places, []);
  if (stops.length === 0) throw new Error('journey: no visits to draw');
  const n = stops.length;
  const mapW = list && !narrow ? Math.round(width * 0.64) : width;
  const mapH = mapHeight(mapW);
  const nation = nationFeature(topo);
  const projection = chinaProjection(mapW, mapH, nation);
  // Whole pixels are plenty at locator size and keep the inline markup small.
  const path = pathFor(projection, 0);
  const xy = stops.map((s) => {
    const p = projection([s.place.lon, s.place.lat]);
    if (!p) throw new Error(`journey: ${s.place.id} cannot be projected`);
    return p;
  });

  // Route: one gently curved segment per leg, lit from the scene of the stop it reaches.
  const legs = stops.slice(1).map((s, i) => {
    const [x0, y0] = xy[i]!;
    const [x1, y1] = xy[i + 1]!;
    const mx = (x0 + x1) / 2;
    const my = (y0 + y1) / 2;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const bend = 0.18;
    const d = `M${num(x0)} ${num(y0)}Q${num(mx - dy * bend)} ${num(my + dx * bend)} ${num(x1)} ${num(y1)}`;
    return el('path', { class: 'leg', d, 'data-step': s.step, 'data-on': tokens(s.step, n) });
  });

  const fs = narrow ? 12 : 13;
  const labels = stops.map((s, i) => {
    const [x, y] = xy[i]!;
    const name = localized(s.place, 'name', l);
    const date = formatDate(s.date, l);
    // measured at the sizes the stylesheet draws them (.stop-name bold 13px, .stop-date 12px)
    const w = Math.max(textWidth(name, 13, { bold: true }), textWidth(date, 12));
    // Beside the marker where the label fits inside the map, else centred above (or below) it.
    let tx: number;
    let ty: number;
    let anchor: 'start' | 'end' | 'middle';
    if (x + 14 + w <= mapW) [tx, ty, anchor] = [x + 14, y, 'start'];
    else if (x - 14 - w >= 0) [tx, ty, anchor] = [x - 14, y, 'end'];
    else {
      tx = Math.min(Math.max(x, w / 2 + 2), mapW - w / 2 - 2);
      ty = y - 14 - fs >= 14 ? y - 14 - fs : y + 28;
      anchor = 'middle';
    }
    ty = Math.min(Math.max(ty, 16), mapH - fs - 4);
    return el(
      'g',
      { class: 'stop-label', 'data-step': s.step, 'data-on': String(s.step) },
      el('text', { x: tx, y: ty - 2, 'text-anchor': anchor, class: 'stop-name' }, esc(name)),
      el('text', { x: tx, y: ty + fs, 'text-anchor': anchor, class: 'stop-date' }, esc(formatDate(s.date, l))),
    );
  });

  const markers = stops.map((s, i) => {
    const [x, y] = xy[i]!;
    return el(
      'g',
      {
        class: `stop ${s.place.status}`,
        transform: `translate(${num(x)},${num(y)})`,
        'data-step': s.step,
        'data-place': s.place.id,
        'data-on': String(s.step),
        'data-seen': tokens(s.step + 1, n),
      },
      el('circle', { r: 9 }),
      el('text', { 'text-anchor': 'middle', dy: '0.35em' }, String(s.step)),
    );
  });

  // The dated list: beside the map (wide) or below it (narrow); long names wrap.
  const lx = narrow ? 0 : mapW + 16;
  const textW = width - lx - 28;
  const entries = stops.map((s) => ({ s, lines: wrapText(localized(s.place, 'name', l), textW, 13, { bold: true }) }));
  const entryH = (lines: string[]) => 18 + lines.length * 16;
  const listH = entries.reduce((h, e) => h + entryH(e.lines), 0);
  const ly0 = narrow ? mapH + 12 : Math.max(12, (mapH - listH) / 2);
  let ly = ly0;
  const items = list
    ? entries.map(({ s, lines }) => {
        const y = ly;
        ly += entryH(lines);
        return el(
          'g',
          { class: 'stop-item', 'data-step': s.step, 'data-on': String(s.step), transform: `translate(${num(lx)},${num(y)})` },
          el('circle', { cx: 9, cy: 9, r: 9 }),
          el('text', { x: 9, y: 9, dy: '0.35em', 'text-anchor': 'middle', class: 'item-num' }, String(s.step)),
          ...lines.map((line, k) => el('text', { x: 26, y: 13 + k * 16, class: 'item-name' }, esc(line))),
          el('text', { x: 26, y: 13 + lines.length * 16, class: 'item-date' }, esc(formatDate(s.date, l))),
        );
      })
    : [];
  const height = Math.ceil(list && narrow ? mapH + 12 + listH : Math.max(mapH, list ? ly0 + listH : 0));

  const root = svgRoot(
    { width, height, id, title: strings(l).charts.journey.title, desc: journeyDesc(stops, l), className: 'map journey' },
    // One outline path, filled as land and stroked as the national border (charts.css).
    el('path', { d: path(nation) ?? '', class: 'land' }),
    el('path', { d: path(provinceMesh(topo)) ?? '', class: 'province-borders' }),
    el('g', { class: 'route', 'aria-hidden': 'true' }, ...legs),
    el('g', { class: 'stops', 'aria-hidden': 'true' }, ...markers, ...labels),
    list ? el('g', { class: 'stop-list', 'aria-hidden': 'true' }, ...items) : '',
  );
  return o.scene === undefined ? root : root.replace(/^<svg /, `<svg data-scene="${o.scene}" `);
}

/** The data table twin of the map: each visit in date order with its county and the year that county left the list. */
export function journeyTable(stops: JourneyStop<unknown>[], counties: Pick<County, 'id' | 'nameEn' | 'nameZh'>[], l: Locale): ChartTable {
  const t = strings(l).charts.journey;
  return {
    caption: t.title,
    head: [t.colNo, t.colDate, t.colPlace, t.colCounty, t.colExit],
    numeric: [false, false, false, false, true],
    rows: stops.map((s) => {
      const c = counties.find((x) => x.id === s.place.county);
      return [
        String(s.step),
        formatDate(s.date, l),
        localized(s.place, 'name', l),
        c ? localized(c, 'name', l) : s.place.countyZh,
        s.exitYear === null ? t.notListed(formatNumber(counties.length, l)) : `${s.exitYear}${s.exitStatus ? statusNote(s.exitStatus, l) : ''}`,
      ];
    }),
  };
}

/** The chart's definition (src/charts/definition.ts). */
export const journey = defineChart({
  id: 'journey',
  data: ({ places, counties, locatorTopo }) => ({ places, counties, locatorTopo, stops: journeyStops(places, counties) }),
  title: (l) => strings(l).charts.journey.title,
  summary: (l) => strings(l).charts.journey.summary,
  headline: (l, d) => {
    d.stops.forEach((s) => statedAsFact(s.place, `the visit ${s.place.id}`));
    const year = (s: JourneyStop<unknown>) => Number(s.date.slice(0, 4));
    return { value: formatNumber(d.stops.length, l), label: strings(l).charts.journey.headline(year(d.stops[0]!), year(d.stops.at(-1)!)) };
  },
  sources: (d) => [...new Set(d.stops.map((s) => s.place.source))],
  downloads: ['places'],
  embedHeight: 560,
  table: (l, d) => journeyTable(d.stops, d.counties, l),
  draw: (d, { locale, id, size }) => journeyChart(d.locatorTopo, d.places, { locale, id, width: size.width }),
});
