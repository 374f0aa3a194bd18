/**
 * Number formatting per locale. Source tables keep official units (10k persons = 万人);
 * English readers get millions, Chinese readers 万 and 亿, as the sources wrote them.
 */
import type { Locale } from './i18n.ts';
import type { Figure, Status } from './schemas.ts';

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Grouped integer or decimal: 2300 → "2,300" (both locales use comma grouping for plain numbers). */
export function formatNumber(x: number, locale: Locale, maxDigits = 2): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: maxDigits }).format(x);
}

/**
 * A count given in units of 10,000 (万). English: millions with up to two decimals
 * ("98.99 million", "5.51 million", "zero"); below a million, thousands ("470,000").
 * Chinese: 万 ("9899万"), 亿 for 10,000万 and above ("7.7亿").
 */
export function formatTenThousands(value10k: number, locale: Locale): string {
  if (value10k === 0) return locale === 'zh' ? '0' : 'zero';
  if (locale === 'zh') {
    if (value10k >= 10000) return `${formatNumber(round(value10k / 10000, 2), 'zh')}亿`;
    return `${formatNumber(value10k, 'zh').replace(/,/g, '')}万`;
  }
  const persons = value10k * 10000;
  if (persons >= 1e6) return `${formatNumber(round(persons / 1e6, 2), 'en')} million`;
  return formatNumber(persons, 'en', 0);
}

const QUALIFIER: Record<Figure['qualifier'], Record<Locale, [string, string]>> = {
  exact: { en: ['', ''], zh: ['', ''] },
  more_than: { en: ['more than ', ''], zh: ['', '多'] },
  nearly: { en: ['nearly ', ''], zh: ['近', ''] },
};

const UNIT_WORDS: Record<string, Record<Locale, string>> = {
  counties: { en: 'counties', zh: '个' },
  areas: { en: 'areas', zh: '个' },
  'ethnic groups': { en: 'ethnic groups', zh: '个' },
  trips: { en: 'trips', zh: '次' },
  persons: { en: 'people', zh: '名' },
};

/**
 * A headline figure with its qualifier kept: 960 (10k persons, more_than) →
 * "more than 9.6 million" / "960多万". The qualifier is data, never dropped.
 */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  const [pre, post] = QUALIFIER[f.qualifier][locale];
  if (f.unit === '10k persons' || f.unit === '10k villages' || f.unit === '10k teams') {
    if (locale === 'zh') {
      const n = formatTenThousands(f.value, 'zh');
      // 960多万: the 多 goes between the number and 万.
      return post ? `${pre}${n.replace(/(万|亿)$/, `${post}$1`)}` : `${pre}${n}`;
    }
    const persons = f.value * 10000;
    const n = persons >= 1e6 ? `${formatNumber(round(persons / 1e6, 2), 'en')} million` : formatNumber(persons, 'en', 0);
    return `${pre}${n}${post}`;
  }
  if (f.unit === '100m yuan') {
    return locale === 'zh'
      ? `${pre}${formatNumber(f.value, 'zh').replace(/,/g, '')}${post}亿元`
      : `${pre}${formatNumber(round(f.value / 10, 2), 'en')} billion yuan${post}`;
  }
  if (f.unit === 'percentage points') return locale === 'zh' ? `${pre}${formatNumber(f.value, 'zh')}${post}个百分点` : `${pre}${formatNumber(f.value, 'en')}${post} percentage points`;
  if (f.unit === 'percent' || f.unit.startsWith('percent')) return `${pre}${formatNumber(f.value, locale)}%${post}`;
  if (f.unit.startsWith('yuan')) return locale === 'zh' ? `${pre}${formatNumber(f.value, 'zh')}${post}元` : `${pre}${formatNumber(f.value, 'en')} yuan${post}`;
  const word = UNIT_WORDS[f.unit]?.[locale] ?? '';
  if (locale === 'zh') return `${pre}${formatNumber(f.value, 'zh')}${post}${word}`;
  return `${pre}${formatNumber(f.value, 'en')}${post}${word ? ` ${word}` : ''}`;
}

const STATUS_NOTE: Record<Exclude<Status, 'official'>, Record<Locale, string>> = {
  derived: { en: ' (derived)', zh: '（推算）' },
  unverified: { en: ' (unverified)', zh: '（未经核实）' },
};

/** The mark a table cell carries after a value that is not official: " (derived)", "（未经核实）". */
export function statusNote(status: Status, locale: Locale): string {
  return status === 'official' ? '' : STATUS_NOTE[status][locale];
}

export function formatPercent(x: number, locale: Locale): string {
  return `${formatNumber(x, locale, 1)}%`;
}

export function formatYuan(x: number, locale: Locale): string {
  return locale === 'zh' ? `${formatNumber(x, 'zh')}元` : `${formatNumber(x, 'en')} yuan`;
}

/** 2013-11-03 → "3 November 2013" / "2013年11月3日". */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  if (locale === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  const month = m ? new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
  return [d, month, y].filter(Boolean).join(' ');
}
