/** Chart state from the URL. Browser-safe: no data imports. */
export interface ChartParams {
  /** Reveal the series up to this year (the story's scroll state, as a URL parameter). */
  year?: number;
  /** The area in focus on the areas map (an area id; anything else shows the overview). */
  area?: string;
}

/**
 * Reads only known parameters with known values; anything else falls back to the default.
 * Nothing from the URL is ever written into the page as markup.
 */
export function parseChartParams(search: string, allowedYears: readonly number[], allowedAreas: readonly string[] = []): ChartParams {
  const q = new URLSearchParams(search);
  const out: ChartParams = {};
  const raw = q.get('year');
  if (raw !== null && /^\d{4}$/.test(raw) && allowedYears.includes(Number(raw))) out.year = Number(raw);
  const area = q.get('area');
  // an exact match against the known ids only (no case folding, no trimming)
  if (area !== null && allowedAreas.includes(area)) out.area = area;
  return out;
}
