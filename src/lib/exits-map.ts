/**
 * The exits map's years and words: pure, browser-safe (no data imports). The page builds the
 * per-year texts from data/counties.json at build time; the browser only picks one.
 */
import type { Locale } from './i18n.ts';
import { formatNumber } from './format.ts';

/** 2015: every county still on the list; 2016–2020: the years counties left it. */
export const MAP_FIRST_YEAR = 2015;
export const MAP_LAST_YEAR = 2020;
export const MAP_YEARS: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2020];

export interface YearText {
  /** For the slider's aria-valuetext: "2018: 436 of 832 had left". */
  short: string;
  /** The sentence under the control. */
  long: string;
}

/** What the map shows at the end of each year 2015–2020, counted from the county list. */
export function mapYearTexts(counties: readonly { exitYear: number }[], locale: Locale): Record<string, YearText> {
  const total = counties.length;
  const n = (x: number) => formatNumber(x, locale);
  const out: Record<string, YearText> = {};
  for (const year of MAP_YEARS) {
    const left = counties.filter((c) => c.exitYear <= year).length;
    const inYear = counties.filter((c) => c.exitYear === year).length;
    const on = total - left;
    if (locale === 'zh') {
      out[year] = left === 0
        ? { short: `${year}年：全部${n(total)}个县在列`, long: `${year}年末：全部${n(total)}个贫困县都在名单上。` }
        : { short: `${year}年：已摘帽${n(left)}个，共${n(total)}个`, long: `截至${year}年末：${n(left)}个县已摘帽（当年${n(inYear)}个），${on ? `${n(on)}个仍在名单上` : '已全部摘帽'}。` };
    } else {
      out[year] = left === 0
        ? { short: `${year}: all ${n(total)} on the list`, long: `End of ${year}: all ${n(total)} poverty-stricken counties were on the list.` }
        : { short: `${year}: ${n(left)} of ${n(total)} had left`, long: `By the end of ${year}: ${n(left)} counties had left the list (${n(inYear)} that year); ${on ? `${n(on)} were still on it` : 'none remained on it'}.` };
    }
  }
  return out;
}

/** The caption under a highlighted county: "<name> left the list in <year>." */
export function countyCaption(name: string, year: number, locale: Locale): string {
  return locale === 'zh' ? `${name}于${year}年摘帽。` : `${name} left the list in ${year}.`;
}

/** The next year when playing, or null at the end. */
export function nextYear(year: number): number | null {
  return year >= MAP_LAST_YEAR ? null : Math.max(MAP_FIRST_YEAR, year + 1);
}
