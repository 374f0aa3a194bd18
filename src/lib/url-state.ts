/** Chart state from the URL. Browser-safe: no data imports. */
export interface ChartParams {
  /** Reveal the series up to this year (the story's scroll state, as a URL parameter). */
  year?: number;
  /** A county to highlight (maps only): an id of data/counties.json that the caller knows. */
  county?: string;
  /** The area in focus on the areas map (an area id; anything else shows the overview). */
  area?: string;
}

/** The shape of a county id: a 6-digit code, or HX-<LETTERS> for the units that have none (冷湖行委). */
export const COUNTY_ID = /^(?:\d{6}|HX-[A-Z]{2,16})$/;

export interface ParseOptions {
  /** Known county ids; without it ?county= is ignored. A set or a test for membership. */
  counties?: ReadonlySet<string> | ((id: string) => boolean);
  /** Known area ids for ?area= (exact match: no case folding, no trimming); without it ?area= is ignored. */
  areas?: readonly string[];
}

/**
 * Reads only known parameters with known values; anything else falls back to the default.
 * Nothing from the URL is ever written into the page as markup.
 */
export function parseChartParams(search: string, allowedYears: readonly number[], opts: ParseOptions = {}): ChartParams {
  const q = new URLSearchParams(search);
  const out: ChartParams = {};
  const raw = q.get('year');
  if (raw !== null && /^\d{4}$/.test(raw)) {
    const year = Number(raw);
    if (allowedYears.includes(year)) out.year = year;
  }
  const county = q.get('county');
  const known = opts.counties;
  if (county !== null && known && COUNTY_ID.test(county)) {
    const ok = typeof known === 'function' ? known(county) : known.has(county);
    if (ok) out.county = county;
  }
  const area = q.get('area');
  if (area !== null && opts.areas?.includes(area)) out.area = area;
  return out;
}

/** The colour themes an embed can be forced into with ?theme= (otherwise it follows the reader's device). */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * ?theme=light|dark (exact, lower case); anything else, or no parameter, is undefined: the embed
 * then follows prefers-color-scheme. The first ?theme= counts, as with ?year=.
 */
export function parseTheme(search: string): Theme | undefined {
  const raw = new URLSearchParams(search).get('theme');
  return THEMES.find((t) => t === raw);
}
