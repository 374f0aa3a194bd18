/**
 * Number and date formatting per locale, one table entry per edition (FORMATS). Source tables
 * keep official units (10k persons = 万人); English readers get millions, Chinese readers 万 and
 * 亿, as the sources wrote them.
 *
 * Digit grouping: English groups thousands with commas ("2,300 yuan"); Chinese writes digits
 * ungrouped, as Chinese statistical releases do ("2300元", "16021元", "9899万"), with 万 and 亿
 * carrying the magnitude.
 */
import type { Locale } from './i18n.ts';
import type { Figure } from './schemas.ts';

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

type Affix = [pre: string, post: string];

interface LocaleFormat {
  /** Plain number. */
  number: (x: number, maxDigits: number) => string;
  /** A count in units of 10,000. */
  tenThousands: (value10k: number) => string;
  /** A bare axis tick or bar label of a count in units of 10,000, in the unit its chart's unit line names. */
  axisTenThousands: (value10k: number, large: boolean) => string;
  qualifier: Record<Figure['qualifier'], Affix>;
  /** A headline figure in 10k units with its qualifier. */
  figure10k: (value10k: number, q: Affix) => string;
  /** An amount in 100m yuan. */
  yuan100m: (value: number, q: Affix) => string;
  percentagePoints: (value: number, q: Affix) => string;
  yuan: (value: number, q: Affix) => string;
  /** A count with its unit word (counties, trips …; '' when none). */
  count: (value: number, word: string, q: Affix) => string;
  unitWords: Record<string, string>;
  /** A land area given in 10k km². */
  area10kKm2: (value: number) => string;
  date: (y: number, m?: number, d?: number) => string;
}

const intl = (tag: string, grouping: boolean) => (x: number, maxDigits: number) =>
  new Intl.NumberFormat(tag, { maximumFractionDigits: maxDigits, useGrouping: grouping }).format(x);

const enNumber = intl('en-GB', true);
const enTenThousands = (value10k: number): string => {
  if (value10k === 0) return 'zero';
  const persons = value10k * 10000;
  if (persons >= 1e6) return `${enNumber(round(persons / 1e6, 2), 2)} million`;
  return enNumber(persons, 0);
};

const zhNumber = intl('zh-CN', false);
const zhTenThousands = (value10k: number): string => {
  if (value10k === 0) return '0';
  if (value10k >= 10000) return `${zhNumber(round(value10k / 10000, 2), 2)}亿`;
  return `${zhNumber(value10k, 2)}万`;
};

const FORMATS: Record<Locale, LocaleFormat> = {
  en: {
    number: enNumber,
    tenThousands: enTenThousands,
    // In millions ("million people"), at any scale.
    axisTenThousands: (v) => String(Math.round(v) / 100),
    qualifier: { exact: ['', ''], more_than: ['more than ', ''], nearly: ['nearly ', ''] },
    figure10k: (v, [pre, post]) => `${pre}${v === 0 ? 'zero' : enTenThousands(v)}${post}`,
    yuan100m: (v, [pre, post]) => `${pre}${enNumber(round(v / 10, 2), 2)} billion yuan${post}`,
    percentagePoints: (v, [pre, post]) => `${pre}${enNumber(v, 2)}${post} percentage points`,
    yuan: (v, [pre, post]) => `${pre}${enNumber(v, 2)} yuan${post}`,
    count: (v, word, [pre, post]) => `${pre}${enNumber(v, 2)}${post}${word ? ` ${word}` : ''}`,
    unitWords: { counties: 'counties', areas: 'areas', 'ethnic groups': 'ethnic groups', trips: 'trips', persons: 'people' },
    area10kKm2: (v) => `${enNumber(Math.round(v * 10000), 0)} km²`,
    date: (y, m, d) => {
      const month = m ? new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
      return [d, month, y].filter(Boolean).join(' ');
    },
  },
  zh: {
    number: zhNumber,
    tenThousands: zhTenThousands,
    // In 万 ("万人"), or in 亿 ("亿人") on a large scale.
    axisTenThousands: (v, large) => (large ? String(round(v / 10000, 2)) : String(v)),
    qualifier: { exact: ['', ''], more_than: ['', '多'], nearly: ['近', ''] },
    // 960多万: the 多 goes between the number and 万.
    figure10k: (v, [pre, post]) => `${pre}${post ? zhTenThousands(v).replace(/(万|亿)$/, `${post}$1`) : zhTenThousands(v)}`,
    yuan100m: (v, [pre, post]) => `${pre}${zhNumber(v, 2)}${post}亿元`,
    percentagePoints: (v, [pre, post]) => `${pre}${zhNumber(v, 2)}${post}个百分点`,
    yuan: (v, [pre, post]) => `${pre}${zhNumber(v, 2)}${post}元`,
    count: (v, word, [pre, post]) => `${pre}${zhNumber(v, 2)}${post}${word}`,
    unitWords: { counties: '个', areas: '个', 'ethnic groups': '个', trips: '次', persons: '名' },
    // The sources write 万平方公里 (data/sources/area_facts.csv); src/i18n/glossary.ts keeps it so.
    area10kKm2: (v) => `${zhNumber(v, 2)}万平方公里`,
    date: (y, m, d) => `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`,
  },
};

/** A plain number: 2300 → "2,300" (English) / "2300" (Chinese). */
export function formatNumber(x: number, locale: Locale, maxDigits = 2): string {
  return FORMATS[locale].number(x, maxDigits);
}

/**
 * A count given in units of 10,000 (万). English: millions with up to two decimals
 * ("98.99 million", "5.51 million", "zero"); below a million, thousands ("470,000").
 * Chinese: 万 ("9899万"), 亿 for 10,000万 and above ("7.7亿").
 */
export function formatTenThousands(value10k: number, locale: Locale): string {
  return FORMATS[locale].tenThousands(value10k);
}

/**
 * An axis tick or bar label of a count in units of 10,000, as a bare number in the unit the chart's
 * unit line names: English in millions (1594 → "15.94", "million people"); Chinese in 万
 * (1594 → "1594", "万人"), or with `large` (a scale reaching 亿) in 亿 (77039 → "7.7", "亿人").
 */
export function formatAxisTenThousands(value10k: number, locale: Locale, large = false): string {
  return FORMATS[locale].axisTenThousands(value10k, large);
}

/**
 * A headline figure with its qualifier kept: 960 (10k persons, more_than) →
 * "more than 9.6 million" / "960多万". The qualifier is data, never dropped.
 */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  const F = FORMATS[locale];
  const q = F.qualifier[f.qualifier];
  if (f.unit === '10k persons' || f.unit === '10k villages' || f.unit === '10k teams') return F.figure10k(f.value, q);
  if (f.unit === '100m yuan') return F.yuan100m(f.value, q);
  if (f.unit === 'percentage points') return F.percentagePoints(f.value, q);
  if (f.unit === 'percent' || f.unit.startsWith('percent')) return `${q[0]}${F.number(f.value, 2)}%${q[1]}`;
  if (f.unit.startsWith('yuan')) return F.yuan(f.value, q);
  return F.count(f.value, F.unitWords[f.unit] ?? '', q);
}

export function formatPercent(x: number, locale: Locale): string {
  return `${formatNumber(x, locale, 1)}%`;
}

export function formatYuan(x: number, locale: Locale): string {
  return FORMATS[locale].yuan(x, ['', '']);
}

/** A land area given in 10k km²: "1,190,000 km²" / "119万平方公里". */
export function formatArea10kKm2(x: number, locale: Locale): string {
  return FORMATS[locale].area10kKm2(x);
}

/** 2013-11-03 → "3 November 2013" / "2013年11月3日". */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  return FORMATS[locale].date(y, m, d);
}
