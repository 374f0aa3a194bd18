/**
 * Every budget of the project, in one place. The byte budgets are pass/fail in the e2e `bytes`
 * gate (tests/e2e/budgets.mjs); the others are targets that `npm run bench` (scripts/bench.ts)
 * reports figures against. KB = 1000 bytes, gzip at zlib's default level 6.
 */
import { isEmbedPath } from '../../src/lib/csp.ts';

export const KB = 1000;

export const BUDGETS = Object.freeze({
  /** JavaScript on the story pages (`/`, `/zh/`), all chunks a page loads. */
  storyJs: 80 * KB,
  /** JavaScript on an embed page (`/embed/**`, `/zh/embed/**`). */
  embedJs: 40 * KB,
  otherJs: 80 * KB,
  /** HTML before the first scene plus the stylesheets it links, per page: what the first screen needs. */
  htmlCss: 50 * KB,
  /** The whole story page: HTML, CSS, JS and the SVG its scripts fetch for the maps. */
  storyPage: 300 * KB,
  /** `*.topo.json` other than the provinces file. */
  topo: 200 * KB,
  provincesTopo: 60 * KB,
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

export type PageKind = 'story' | 'embed' | 'other';

/** 'story' for / and /zh/, 'embed' for /embed/** and /zh/embed/**, else 'other'. */
export function pageKind(urlPath: string): PageKind {
  if (urlPath === '/' || urlPath === '/zh/') return 'story';
  return isEmbedPath(urlPath) ? 'embed' : 'other';
}

export function jsBudget(kind: PageKind): number {
  return kind === 'story' ? BUDGETS.storyJs : kind === 'embed' ? BUDGETS.embedJs : BUDGETS.otherJs;
}

export function isDataFile(rel: string): boolean {
  return /\.(json|geojson|topojson)$/i.test(rel) || /(^|\/)maps\/[^/]+\.svg$/i.test(rel);
}

/** Budget for a data file by name: provinces*.topo.json, *.topo.json, maps/*.svg, else data. */
export function dataBudget(rel: string): { budget: number; rule: string } {
  const name = (rel.split('/').pop() ?? '').toLowerCase();
  const topo = /\.topo\.json$|\.topojson$/.test(name);
  if (topo && name.startsWith('provinces')) return { budget: BUDGETS.provincesTopo, rule: 'provinces*.topo.json' };
  if (topo) return { budget: BUDGETS.topo, rule: '*.topo.json' };
  if (name.endsWith('.svg')) return { budget: BUDGETS.mapSvg, rule: 'maps/*.svg' };
  return { budget: BUDGETS.data, rule: 'data file' };
}
