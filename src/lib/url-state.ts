/** Chart state from the URL. Browser-safe: no data imports. */
export interface ChartParams {
  /** Reveal the series up to this year (the story's scroll state, as a URL parameter). */
  year?: number;
}

/**
 * Reads only known parameters with known values; anything else falls back to the default.
 * Nothing from the URL is ever written into the page as markup.
 */
export function parseChartParams(search: string, allowedYears: readonly number[]): ChartParams {
  const q = new URLSearchParams(search);
  const raw = q.get('year');
  if (raw === null || !/^\d{4}$/.test(raw)) return {};
  const year = Number(raw);
  return allowedYears.includes(year) ? { year } : {};
}
