/**
 * Rural poor by region (East, Central, West), 2016–2019: small multiples of bars,
 * one panel per region, so each region's fall reads on its own scale-free baseline.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { statusNote, strings, type Locale } from '../lib/i18n.ts';
import type { Region, RegionalRow, Status } from '../lib/schemas.ts';
import { REGIONS } from '../lib/schemas.ts';
import { formatAxisTenThousands, formatTenThousands } from '../lib/format.ts';
import { el, esc, svgRoot } from './svg.ts';
import { defineChart, statedAsFact } from './definition.ts';

export const DEFAULTS = { width: 640, height: 300 } as const;

/** A region's name in a locale (src/i18n/<locale>.ts). */
export function regionName(region: Region, l: Locale): string {
  return strings(l).charts.regional[region];
}

export interface RegionalPanel {
  region: Region;
  bars: { year: number; value: number; status: Status }[];
}

export function regionalPanels(rows: RegionalRow[]): RegionalPanel[] {
  return REGIONS.map((region) => ({
    region,
    bars: rows
      .filter((r) => r.region === region)
      .map((r) => ({ year: r.year, value: r.poor.value, status: r.poor.status }))
      .sort((a, b) => a.year - b.year),
  }));
}

export interface RegionalOptions {
  locale: Locale;
  width?: number;
  height?: number;
  id?: string;
}

export function regionalChart(rows: RegionalRow[], o: RegionalOptions): string {
  const width = o.width ?? DEFAULTS.width;
  const height = o.height ?? DEFAULTS.height;
  const id = o.id ?? 'regional';
  const l = o.locale;
  const panels = regionalPanels(rows);
  const gap = 16;
  const panelW = (width - gap * (panels.length - 1)) / panels.length;
  const m = { top: 56, bottom: 28 };
  const max = Math.max(...panels.flatMap((p) => p.bars.map((b) => b.value)));
  const y = scaleLinear()
    .domain([0, max])
    .range([height - m.bottom, m.top]);
  const hatchId = `${id}-hatch`;
  const groups = panels.map((p, i) => {
    const x0 = i * (panelW + gap);
    const x = scaleBand<number>()
      .domain(p.bars.map((b) => b.year))
      .range([x0, x0 + panelW])
      .padding(0.2);
    return el(
      'g',
      { class: `panel ${p.region}` },
      el('text', { x: x0, y: 36, class: 'panel-title' }, esc(regionName(p.region, l))),
      ...p.bars.map((b) =>
        el(
          'g',
          { class: `bar ${b.status}`, 'data-year': b.year },
          el('rect', {
            x: x(b.year)!,
            y: y(b.value),
            width: x.bandwidth(),
            height: y(0) - y(b.value),
            fill: b.status === 'derived' ? `url(#${hatchId})` : null,
          }),
          el(
            'text',
            { x: x(b.year)! + x.bandwidth() / 2, y: y(b.value) - 5, 'text-anchor': 'middle', class: 'value-label' },
            esc(formatAxisTenThousands(b.value, l)),
          ),
          el('text', { x: x(b.year)! + x.bandwidth() / 2, y: height - m.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, `’${String(b.year).slice(2)}`),
        ),
      ),
      el('line', { x1: x0, x2: x0 + panelW, y1: y(0), y2: y(0), class: 'baseline' }),
    );
  });
  const t = strings(l).charts;
  const years = panels.flatMap((p) => p.bars.map((b) => b.year));
  const desc = t.regional.desc(
    panels
      .map((p) =>
        t.regional.descRegion(
          regionName(p.region, l),
          p.bars[0]!.year,
          formatTenThousands(p.bars[0]!.value, l),
          p.bars.at(-1)!.year,
          formatTenThousands(p.bars.at(-1)!.value, l),
        ),
      )
      .join(t.sep),
  );
  return svgRoot(
    { width, height, id, title: t.regional.title(Math.min(...years), Math.max(...years)), desc, className: 'chart chart-regional' },
    el(
      'defs',
      {},
      el(
        'pattern',
        { id: hatchId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        el('rect', { width: 6, height: 6, class: 'hatch-bg' }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }),
      ),
    ),
    el('text', { x: 0, y: 12, class: 'unit' }, esc(t.unitMillionPeople)),
    el('g', { 'aria-hidden': 'true' }, ...groups),
  );
}

/** The chart's definition (src/charts/definition.ts). */
export const regional = defineChart({
  id: 'regional',
  data: ({ regional: rows }) => ({ rows, years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b) }),
  title: (l, d) => strings(l).charts.regional.title(d.years[0]!, d.years.at(-1)!),
  summary: (l) => strings(l).charts.regional.summary,
  headline: (l, d) => {
    const first = d.rows.filter((r) => r.region === 'west').sort((p, q) => p.year - q.year)[0]!;
    const sameYear = d.rows.filter((r) => r.year === first.year);
    sameYear.forEach((r) => statedAsFact(r.poor, `the ${r.region} ${first.year} count`));
    const total = sameYear.reduce((s, r) => s + r.poor.value, 0);
    return { value: formatTenThousands(first.poor.value, l), label: strings(l).charts.regional.headline(first.year, formatTenThousands(total, l)) };
  },
  sources: (d) => [...new Set(d.rows.map((r) => r.poor.source))],
  downloads: ['regional'],
  embedHeight: 500,
  note: (l) => strings(l).regionalNote,
  draw: (d, { locale, id, size }) => regionalChart(d.rows, { locale, id, width: size.width, height: size.height }),
  table: (l, d) => {
    const s = strings(l);
    return {
      caption: s.regionalTableCaption,
      head: [s.year, ...REGIONS.map((r) => regionName(r, l))],
      numeric: [false, ...REGIONS.map(() => true)],
      rows: d.years.map((y) => [
        String(y),
        ...REGIONS.map((reg) => {
          const r = d.rows.find((x) => x.year === y && x.region === reg)!;
          return `${formatTenThousands(r.poor.value, l)}${statusNote(r.poor.status, l)}`;
        }),
      ]),
    };
  },
});
