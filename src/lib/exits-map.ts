/**
 * The exits map's years and words: pure, browser-safe (no data imports). The page builds the
 * per-year texts from data/counties.json at build time; the browser only picks one.
 */
import { EXIT_YEARS, FIRST_EXIT_YEAR, LAST_EXIT_YEAR } from './years.ts';

/** The year before the first exits (2015: every county still on the list), then the exit years. */
export const MAP_FIRST_YEAR = FIRST_EXIT_YEAR - 1;
export const MAP_LAST_YEAR = LAST_EXIT_YEAR;
export const MAP_YEARS: readonly number[] = [MAP_FIRST_YEAR, ...EXIT_YEARS];

export interface YearText {
  /** For the slider's aria-valuetext: "2018: 436 of 832 had left". */
  short: string;
  /** The sentence under the control. */
  long: string;
}

/** The words mapYearTexts needs (strings(locale).exitsMapUi): passed in, so that browser code never bundles a dictionary. */
export interface MapYearWords {
  allShort: (year: number, total: string) => string;
  allLong: (year: number, total: string) => string;
  leftShort: (year: number, left: string, total: string) => string;
  leftLong: (year: number, left: string, inYear: string, on: string | null) => string;
}

/** What the map shows at the end of each of MAP_YEARS, counted from the county list; `n` formats a count. */
export function mapYearTexts(counties: readonly { exitYear: number }[], words: MapYearWords, n: (x: number) => string): Record<string, YearText> {
  const total = counties.length;
  const out: Record<string, YearText> = {};
  for (const year of MAP_YEARS) {
    const left = counties.filter((c) => c.exitYear <= year).length;
    const inYear = counties.filter((c) => c.exitYear === year).length;
    const on = total - left;
    out[year] =
      left === 0
        ? { short: words.allShort(year, n(total)), long: words.allLong(year, n(total)) }
        : { short: words.leftShort(year, n(left), n(total)), long: words.leftLong(year, n(left), n(inYear), on ? n(on) : null) };
  }
  return out;
}

/** A template's {name} and {year} filled in: the caption under a highlighted county. */
export function fillCaption(template: string, name: string, year: number): string {
  return template.replace('{name}', name).replace('{year}', String(year));
}

/** The next year when playing, or null at the end. */
export function nextYear(year: number): number | null {
  return year >= MAP_LAST_YEAR ? null : Math.max(MAP_FIRST_YEAR, year + 1);
}
