/**
 * The long view: the rural poor under the 2010 standard from 1978 to 2020. Official values are
 * filled points on a solid line; unverified (yearbook values not checked against a source here)
 * are hollow points on a lighter dashed line, with a key that says so. The years of the targeted
 * campaign are shaded. The description carries the note on comparability.
 */
import { scaleLinear } from 'd3-scale';
import type { Locale } from '../lib/i18n.ts';
import type { NationalYear } from '../lib/schemas.ts';
import { formatPercent, formatTenThousands, statusNote } from '../lib/format.ts';
import { poorPopulationPoints, type PoorPoint } from './poor-population.ts';
import { el, esc, num, svgRoot } from './svg.ts';
import type { ChartTable } from './measures.ts';

export interface LongViewOptions {
  locale: Locale;
  width?: number;
  height?: number;
  id?: string;
  from?: number;
  to?: number;
  /** Shaded years (the targeted campaign); null for none. */
  campaign?: [number, number] | null;
  narrow?: boolean;
}

export function longViewPoints(national: NationalYear[], from = 1978, to = 2020): PoorPoint[] {
  return poorPopulationPoints(national, from, to);
}

/** Years labelled with their value: official values only (the first, the last, and 2012 where present). */
export function longViewLabelYears(pts: PoorPoint[]): number[] {
  const official = pts.filter((p) => p.status === 'official');
  const ys = [official[0]?.year, official.find((p) => p.year === 2012)?.year, official.at(-1)?.year].filter((y): y is number => y !== undefined);
  return [...new Set(ys)];
}

const TEXT = {
  title: { en: 'The rural poor, 1978–2020, by the 2010 standard', zh: '农村贫困人口，1978—2020年（2010年标准）' },
  unit: { en: 'million people', zh: '亿人' },
  keyOfficial: { en: 'official', zh: '官方数据' },
  keyUnverified: { en: 'unverified (yearbook value, not checked here)', zh: '未经核实（年鉴数值，本站未核对）' },
  keyUnverifiedShort: { en: 'unverified', zh: '未经核实' },
  campaign: { en: 'targeted campaign', zh: '精准扶贫' },
  backwards: { en: 'Before 2010: the 2010 standard applied backwards', zh: '2010年以前：以2010年标准回推' },
  desc: {
    en: (pts: PoorPoint[], l: Locale) => {
      const first = pts[0]!;
      const last = pts.at(-1)!;
      const unv = pts.filter((p) => p.status === 'unverified').map((p) => p.year);
      return (
        `Line chart of the rural poor under the 2010 poverty standard, ${first.year} to ${last.year}: ${pts
          .map((p) => `${p.year}, ${formatTenThousands(p.value, l)}${p.status === 'unverified' ? ' (unverified)' : ''}`)
          .join('; ')}. ` +
        (unv.length ? `Unverified values (${unv.join(', ')}) are drawn as hollow points on a dashed line and are not stated as fact. ` : '') +
        `On comparability: every value uses the 2010 standard, so for the years before 2010 the standard is applied backwards; the counts published in those years used the poverty lines of their time and cannot be compared with these. ` +
        `The poverty incidence published with these counts is a share of each year’s rural population, which shrank as people moved to the towns, so a share and a count can move at different speeds and the share is not a count of people.`
      );
    },
    zh: (pts: PoorPoint[], l: Locale) => {
      const first = pts[0]!;
      const last = pts.at(-1)!;
      const unv = pts.filter((p) => p.status === 'unverified').map((p) => p.year);
      return (
        `按2010年贫困标准计算的农村贫困人口折线图，${first.year}—${last.year}年：${pts
          .map((p) => `${p.year}年${formatTenThousands(p.value, l)}${p.status === 'unverified' ? '（未经核实）' : ''}`)
          .join('；')}。` +
        (unv.length ? `未经核实的数值（${unv.join('、')}年）以空心点和虚线表示，不作为事实陈述。` : '') +
        `关于可比性：所有数值均按2010年标准计算，2010年以前各年是以该标准回推的结果；这些年份当时公布的数字采用的是当时的贫困标准，不能与此直接比较。` +
        `与之一同公布的贫困发生率以当年农村人口为分母，而农村人口随城镇化不断减少，因此发生率与人数的变化速度可能不同，发生率也不等于人数。`
      );
    },
  },
};

export function longViewChart(national: NationalYear[], o: LongViewOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 360;
  const id = o.id ?? 'long-view';
  const l = o.locale;
  const narrow = o.narrow ?? width < 480;
  const from = o.from ?? 1978;
  const to = o.to ?? 2020;
  const pts = longViewPoints(national, from, to);
  if (pts.length < 2) throw new Error(`longViewChart: fewer than two values between ${from} and ${to}`);
  const campaign = o.campaign === undefined ? ([2013, 2020] as [number, number]) : o.campaign;
  const m = { top: narrow ? 58 : 44, right: narrow ? 14 : 24, bottom: narrow ? 30 : 44, left: l === 'zh' ? 34 : 40 };
  const x = scaleLinear().domain([from, to]).range([m.left, width - m.right]);
  const max = Math.max(...pts.map((p) => p.value));
  const y = scaleLinear().domain([0, max]).nice().range([height - m.bottom, m.top]);
  // English in millions (10k ÷ 100), Chinese in 亿 (10k ÷ 10,000).
  const tickText = (v: number) => (l === 'zh' ? String(Math.round((v / 10000) * 100) / 100) : String(v / 100));
  const yTicks = y.ticks(narrow ? 4 : 5).map((v) =>
    el(
      'g',
      { class: 'tick', transform: `translate(0,${num(y(v))})` },
      el('line', { x1: m.left, x2: width - m.right, class: 'grid' }),
      el('text', { x: m.left - 6, dy: '0.32em', 'text-anchor': 'end' }, esc(tickText(v))),
    ),
  );
  const tickStep = narrow ? 10 : 5;
  const xTicks: string[] = [];
  for (let t = Math.ceil(from / tickStep) * tickStep; t <= to; t += tickStep)
    xTicks.push(el('text', { x: x(t), y: height - m.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, String(t)));

  const band = campaign
    ? el(
        'g',
        { class: 'campaign' },
        el('rect', { x: x(campaign[0]), y: m.top, width: x(campaign[1]) - x(campaign[0]), height: height - m.bottom - m.top, class: 'band' }),
        el('text', { x: x(campaign[1]), y: m.top - 6, 'text-anchor': 'end', class: 'band-label' }, esc(TEXT.campaign[l])),
      )
    : '';
  const segs = pts.slice(1).map((p, i) => {
    const a = pts[i]!;
    const unverified = a.status === 'unverified' || p.status === 'unverified';
    return el('line', { x1: x(a.year), y1: y(a.value), x2: x(p.year), y2: y(p.value), class: `seg${unverified ? ' unverified' : ''}`, 'data-year': p.year });
  });
  const dots = pts.map((p) => el('circle', { cx: x(p.year), cy: y(p.value), r: narrow ? 3.5 : 4, class: `dot ${p.status}`, 'data-year': p.year }));
  const labelYears = new Set(longViewLabelYears(pts));
  const labels = pts
    .filter((p) => labelYears.has(p.year))
    .map((p) => {
      const nearRight = x(p.year) > width - m.right - 60;
      const nearLeft = x(p.year) < m.left + 40;
      return el(
        'text',
        { x: x(p.year) + (nearRight ? -6 : 0), y: y(p.value) - 10, 'text-anchor': nearRight ? 'end' : nearLeft ? 'start' : 'middle', class: 'value-label', 'data-year': p.year },
        esc(formatTenThousands(p.value, l)),
      );
    });
  const hasUnverified = pts.some((p) => p.status === 'unverified');
  // The key: what a filled and a hollow point mean.
  const keyY = narrow ? 30 : 14;
  const keyX = narrow ? m.left : width - m.right - (l === 'zh' ? 330 : 390);
  const key = el(
    'g',
    { class: 'key', transform: `translate(${num(keyX)},${keyY})` },
    el('line', { x1: 0, x2: 18, y1: 0, y2: 0, class: 'seg' }),
    el('circle', { cx: 9, cy: 0, r: 4, class: 'dot official' }),
    el('text', { x: 24, dy: '0.32em' }, esc(TEXT.keyOfficial[l])),
    ...(hasUnverified
      ? [
          el('line', { x1: l === 'zh' ? 96 : 86, x2: (l === 'zh' ? 96 : 86) + 18, y1: 0, y2: 0, class: 'seg unverified' }),
          el('circle', { cx: (l === 'zh' ? 96 : 86) + 9, cy: 0, r: 4, class: 'dot unverified' }),
          el('text', { x: (l === 'zh' ? 96 : 86) + 24, dy: '0.32em' }, esc((narrow ? TEXT.keyUnverifiedShort : TEXT.keyUnverified)[l])),
        ]
      : []),
  );
  const backwards = !narrow && pts.some((p) => p.year < 2010) ? el('text', { x: m.left, y: height - 6, class: 'note' }, esc(TEXT.backwards[l])) : '';
  return svgRoot(
    { width, height, id, title: TEXT.title[l], desc: TEXT.desc[l](pts, l), className: 'chart chart-long-view' },
    el('g', { 'aria-hidden': 'true' }, band),
    el('g', { class: 'axis y', 'aria-hidden': 'true' }, ...yTicks, el('text', { x: 0, y: narrow ? 12 : 14, class: 'unit' }, esc(TEXT.unit[l]))),
    el('g', { class: 'axis x', 'aria-hidden': 'true' }, ...xTicks),
    el('g', { class: 'series', 'aria-hidden': 'true' }, ...segs, ...dots, ...labels),
    el('g', { 'aria-hidden': 'true' }, key),
    backwards,
  );
}

/** The data table twin: every year with a value, its status, and the incidence published with it. */
export function longViewTable(national: NationalYear[], l: Locale, from = 1978, to = 2020): ChartTable {
  const zh = l === 'zh';
  return {
    caption: TEXT.title[l],
    head: zh ? ['年份', '农村贫困人口', '贫困发生率'] : ['Year', 'Rural poor', 'Incidence'],
    numeric: [false, true, true],
    rows: longViewPoints(national, from, to).map((p) => {
      const inc = national.find((y) => y.year === p.year)?.incidence;
      return [
        String(p.year),
        `${formatTenThousands(p.value, l)}${statusNote(p.status, l)}`,
        inc ? `${formatPercent(inc.value, l)}${statusNote(inc.status, l)}` : '–',
      ];
    }),
  };
}
