/**
 * The day the site is built, for the citation boxes' accessed date before the reader's browser
 * puts in its own (src/client/cite.ts). SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) fixes it; otherwise it is today, in UTC.
 */
import type { Ymd } from '../lib/cite-styles';

export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Ymd {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const d = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The site's publication date (YYYY-MM-DD) for citations, or null: neither data/ nor the site's
 * settings state one, so the styles write an undated page (APA “n.d.”) and rely on the accessed date.
 */
export const PUBLISHED: string | null = null;
