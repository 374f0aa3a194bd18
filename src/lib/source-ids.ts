/** Sources the code names directly (every other source id comes with its record in data/). */

/** The 832-county list with each county's exit year: the source of every count and year derived from it. */
export const COUNTY_LIST_SOURCE = 'county-list-832';
