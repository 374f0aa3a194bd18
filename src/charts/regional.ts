/**
 * Rural poor by region (East, Central, West), 2016–2019: small multiples of bars,
 * one panel per region, so each region's fall reads on its own scale-free baseline.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Locale } from '../lib/i18n.ts';
import type { Region, RegionalRow, Status } from '../lib/schemas.ts';
import { REGIONS } from '../lib/schemas.ts';
import { formatTenThousands } from '../lib/format.ts';
import { el, esc, svgRoot } from './svg.ts';

export const DEFAULTS = { width: 640, height: 300 } as const;

export const REGION_NAMES: Record<Region, Record<Locale, string>> = {
  east: { en: 'East', zh: '东部' },
  central: { en: 'Central', zh: '中部' },
  west: { en: 'West', zh: '西部' },
};

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

const TEXT = {
  title: { en: 'Rural poor by region, 2016–2019', zh: '分地区农村贫困人口，2016—2019年' },
  desc: {
    en: (p: RegionalPanel[], l: Locale) =>
      `Bar charts, one per region. ${p.map((x) => `${REGION_NAMES[x.region].en}: from ${formatTenThousands(x.bars[0]!.value, l)} in ${x.bars[0]!.year} to ${formatTenThousands(x.bars.at(-1)!.value, l)} in ${x.bars.at(-1)!.year}`).join('; ')}. Hatched bars are derived values.`,
    zh: (p: RegionalPanel[], l: Locale) =>
      `柱状图，每个地区一幅。${p.map((x) => `${REGION_NAMES[x.region].zh}从${x.bars[0]!.year}年的${formatTenThousands(x.bars[0]!.value, l)}人降至${x.bars.at(-1)!.year}年的${formatTenThousands(x.bars.at(-1)!.value, l)}人`).join('；')}。斜线柱为推算值。`,
  },
};

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
  const y = scaleLinear().domain([0, max]).range([height - m.bottom, m.top]);
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
      el('text', { x: x0, y: 36, class: 'panel-title' }, esc(REGION_NAMES[p.region][l])),
      ...p.bars.map((b) =>
        el(
          'g',
          { class: `bar ${b.status}`, 'data-year': b.year },
          el('rect', { x: x(b.year)!, y: y(b.value), width: x.bandwidth(), height: y(0) - y(b.value), fill: b.status === 'derived' ? `url(#${hatchId})` : null }),
          el(
            'text',
            { x: x(b.year)! + x.bandwidth() / 2, y: y(b.value) - 5, 'text-anchor': 'middle', class: 'value-label' },
            esc(l === 'zh' ? String(b.value) : String(Math.round(b.value) / 100)),
          ),
          el('text', { x: x(b.year)! + x.bandwidth() / 2, y: height - m.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, `’${String(b.year).slice(2)}`),
        ),
      ),
      el('line', { x1: x0, x2: x0 + panelW, y1: y(0), y2: y(0), class: 'baseline' }),
    );
  });
  return svgRoot(
    { width, height, id, title: TEXT.title[l], desc: TEXT.desc[l](panels, l), className: 'chart chart-regional' },
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
    el('text', { x: 0, y: 12, class: 'unit' }, esc(l === 'zh' ? '万人' : 'million people')),
    el('g', { 'aria-hidden': 'true' }, ...groups),
  );
}
