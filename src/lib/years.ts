/**
 * The years the 832 poverty-stricken counties left the list: the one list of exit years. Every
 * other list of them (the exits map's years, the exit colours, the data contract's range, the
 * charts' legends) derives from it. No imports, so the browser bundles it for a few bytes.
 */
export const EXIT_YEARS = [2016, 2017, 2018, 2019, 2020] as const;
export type ExitYear = (typeof EXIT_YEARS)[number];

export const FIRST_EXIT_YEAR: ExitYear = EXIT_YEARS[0];
export const LAST_EXIT_YEAR: ExitYear = EXIT_YEARS[EXIT_YEARS.length - 1]!;

export function isExitYear(year: unknown): year is ExitYear {
  return typeof year === 'number' && (EXIT_YEARS as readonly number[]).includes(year);
}
