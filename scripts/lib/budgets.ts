/**
 * Every budget of the project, in one place, with the one unit and the one way of measuring them.
 * The byte budgets are pass/fail in the e2e `bytes` gate (tests/e2e/budgets.ts), in the geometry
 * build (scripts/geo/build-geo.ts) and in the unit and data tests; the others are targets that
 * `npm run bench` (scripts/bench.ts) reports figures against.
 *
 * Sizes are gzip at zlib's default level 6 (what a host compresses on the fly), measured by
 * gzipSize() below; KB = 1000 bytes.
 */
import { gzipSync } from 'node:zlib';
import { isEmbedPath } from '../../src/lib/csp.ts';
import { LOCALES, LOCALE_INFO } from '../../src/i18n/locales.ts';

export const KB = 1000;

/** The one gzip level every size is measured at. */
export const GZIP_LEVEL = 6;

/** Gzipped size in bytes, at GZIP_LEVEL. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content, { level: GZIP_LEVEL }).length;
}

/** Bytes as KB with one decimal, for reports and messages: 61440 → "61.4". */
export const kb = (bytes: number): string => (bytes / KB).toFixed(1);

export const BUDGETS = Object.freeze({
  /** JavaScript on the story pages (`/`, `/zh/`), all chunks a page loads. */
  storyJs: 80 * KB,
  /** JavaScript on an embed page (`/embed/**`, `/zh/embed/**`). */
  embedJs: 40 * KB,
  otherJs: 80 * KB,
  /** HTML before the first scene plus the stylesheets it links, per page: what the first screen needs. */
  htmlCss: 50 * KB,
  /**
   * The chart gallery (`/charts/` in every edition) has no first scene: its whole HTML counts. It inlines every
   * catalogued chart, wide and narrow, with its data table, so that it reads without JavaScript and follows the
   * reader's theme; 10 charts come to about 52 KB.
   */
  galleryHtmlCss: 60 * KB,
  /** The whole story page: HTML, CSS, JS and the SVG its scripts fetch for the maps. */
  storyPage: 300 * KB,
  /** `*.topo.json` other than the provinces file. */
  topo: 200 * KB,
  provincesTopo: 60 * KB,
  /** The county finder's search index, `/data/county-index.json`. */
  countyIndex: 25 * KB,
  /** Every other data file (`*.json`). */
  data: 100 * KB,
  /** The painted map images `maps/*.svg`. */
  mapSvg: 100 * KB,
});

/** Benchmark targets (figures to report, not gates). */
export const BENCH_TARGETS = Object.freeze({
  lighthouse: Object.freeze({ performance: 95, accessibility: 100, bestPractices: 95, seo: 95 }),
  /** Median frame rate while scrolling the story with 4x CPU slowdown. */
  medianFps: 55,
  /** 95th-percentile frame time while scrolling the story with 4x CPU slowdown, ms (below this). */
  p95FrameMs: 33,
  /** Full `astro build` on two cores, seconds. */
  buildSeconds: 90,
});

export type PageKind = 'story' | 'gallery' | 'embed' | 'other';

/** Each edition's root, '/' and '/zh/' …: where the story is. */
const localeRoot = (l: (typeof LOCALES)[number]) => (LOCALE_INFO[l].path ? `/${LOCALE_INFO[l].path}/` : '/');

/** 'story' for each edition's root, 'gallery' for its /charts/, 'embed' for /embed/** in any edition, else 'other'. */
export function pageKind(urlPath: string): PageKind {
  if (LOCALES.some((l) => urlPath === localeRoot(l))) return 'story';
  if (LOCALES.some((l) => urlPath === `${localeRoot(l)}charts/`)) return 'gallery';
  return isEmbedPath(urlPath) ? 'embed' : 'other';
}

/** The first-screen HTML+CSS budget of a kind of page. */
export function htmlCssBudget(kind: PageKind): number {
  return kind === 'gallery' ? BUDGETS.galleryHtmlCss : BUDGETS.htmlCss;
}

export function jsBudget(kind: PageKind): number {
  return kind === 'story' ? BUDGETS.storyJs : kind === 'embed' ? BUDGETS.embedJs : BUDGETS.otherJs;
}

export function isDataFile(rel: string): boolean {
  return /\.(json|geojson|topojson)$/i.test(rel) || /(^|\/)maps\/[^/]+\.svg$/i.test(rel);
}

/** Budget for a data file by name: provinces*.topo.json, *.topo.json, county-index.json, maps/*.svg, else data. */
export function dataBudget(rel: string): { budget: number; rule: string } {
  const name = (rel.split('/').pop() ?? '').toLowerCase();
  const topo = /\.topo\.json$|\.topojson$/.test(name);
  if (topo && name.startsWith('provinces')) return { budget: BUDGETS.provincesTopo, rule: 'provinces*.topo.json' };
  if (topo) return { budget: BUDGETS.topo, rule: '*.topo.json' };
  if (name === 'county-index.json') return { budget: BUDGETS.countyIndex, rule: 'county-index.json' };
  if (name.endsWith('.svg')) return { budget: BUDGETS.mapSvg, rule: 'maps/*.svg' };
  return { budget: BUDGETS.data, rule: 'data file' };
}

/**
 * Printed pages (tests/e2e/teach.ts prints with Chromium to A4 and reads the PDF back). The lesson notes
 * print the intro, terms and caveats on one page, then one chart per page: 10 charts come to 11 pages in
 * each edition and version (one page of slack, for caveats that move to a page of their own).
 */
export const PRINT_BUDGETS = Object.freeze({
  teachPages: Object.freeze({ '/teach/': 12, '/teach/student/': 12, '/zh/teach/': 12, '/zh/teach/student/': 12 }),
  /** Characters (no whitespace, besides the credit line) below which a printed page counts as blank or near-empty. */
  minCharsPerPage: 150,
});
