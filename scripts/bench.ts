#!/usr/bin/env node
// Benchmark figures (`npm run bench`; never part of `npm test`).
//
//   1. builds the site with `astro build`, timing the wall clock;
//   2. serves dist/ with scripts/serve.ts (gzip on, dist/_headers applied);
//   3. Lighthouse 12.2.3 (default config = mobile, simulated throttling), the four
//      categories, on /, on /charts/ when it exists and on the first /embed/<chart>/;
//   4. scroll frame rate on / in Chromium with 4x CPU slowdown: the whole page is
//      scrolled over a fixed time from requestAnimationFrame, whose timestamps give
//      the median fps and the 95th percentile frame time;
//   5. the size, raw and gzipped, of every data file in dist.
// Prints a table, each figure beside its target (scripts/lib/budgets.ts), and writes bench-results/bench-<ISO date>.json and bench-results/latest.json.
//
// Options: --no-build (use the dist/ there is)  --dist <dir> (bench another built site; implies --no-build)
//          --skip-lighthouse  --skip-scroll
//          --scroll-ms 8000  --runs 1 (Lighthouse runs per URL; the median is kept)
//          --scroll-runs 3 (scroll passes, each in a fresh browser; the pass with the median p95 is kept,
//          and every pass's p95 is printed, so one noisy pass on a shared machine shows as noise)
// Chromium: /usr/bin/chromium or $CHROME_PATH.
import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Flags } from 'lighthouse';
import { chromium } from 'playwright-core';
import { BENCH_TARGETS, gzipSize } from './lib/budgets.ts';
import { CHROMIUM_ARGS, chromiumPath, guardedContext } from './lib/chromium.ts';
import { listFiles } from './lib/files.ts';
import { startServer } from './serve.ts';
import { writeHeaders } from './write-headers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '..');
const OUT_DIR = path.join(REPO, 'bench-results');
const CHROME = chromiumPath();
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

interface Options {
  build: boolean;
  lighthouse: boolean;
  scroll: boolean;
  scrollMs: number;
  scrollRuns: number;
  runs: number;
  dist: string;
}
interface LighthouseFigures {
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  totalBytes: number | null;
  runtimeError: string | null;
  warnings: string[];
  failedAudits: string[];
}
interface ScrollFigures {
  page: string;
  cpuThrottle: number;
  viewport: string;
  durationMs: number;
  scrollHeight: number;
  frames: number;
  medianFps: number;
  p95FrameMs: number;
  maxFrameMs: number;
  framesOver50ms: number;
  chromium: string;
  /** every pass's p95 frame time, in run order (the figures above are the median pass's) */
  p95Runs?: number[];
}
interface Result {
  date: string;
  node: string;
  lighthouseVersion: string | null;
  targets: typeof BENCH_TARGETS;
  build: { seconds: number; pages: number | null } | null;
  lighthouse: (LighthouseFigures & { runs: number })[];
  scroll: ScrollFigures | null;
  data: { file: string; raw: number; gzip: number }[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { build: true, lighthouse: true, scroll: true, scrollMs: 8000, scrollRuns: 3, runs: 1, dist: path.join(REPO, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') o.build = false;
    else if (a === '--skip-lighthouse') o.lighthouse = false;
    else if (a === '--skip-scroll') o.scroll = false;
    else if (a === '--scroll-ms') o.scrollMs = Math.max(1000, Number(argv[++i]) || 8000);
    else if (a === '--scroll-runs') o.scrollRuns = Math.max(1, Number(argv[++i]) || 3);
    else if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--dist') {
      o.dist = path.resolve(argv[++i] ?? 'dist');
      o.build = false;
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function build(dist: string): Promise<NonNullable<Result['build']>> {
  const astro = path.join(REPO, 'node_modules', 'astro', 'astro.js');
  const t0 = performance.now();
  const { code, out } = await run(process.execPath, [astro, 'build']);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) {
    process.stderr.write(out.split('\n').slice(-40).join('\n') + '\n');
    throw new Error(`astro build failed (exit ${code})`);
  }
  const pages = /(\d+) page\(s\) built/.exec(out)?.[1];
  // _headers as the deployed build writes it (not timed: it only lists dist)
  writeHeaders(dist);
  return { seconds: Number(seconds.toFixed(2)), pages: pages ? Number(pages) : null };
}

function dataFiles(dist: string): Result['data'] {
  return listFiles(dist)
    .filter((f) => /\.(json|geojson|topojson|csv|tsv)$/i.test(f) && !f.startsWith('_astro/'))
    .map((f) => {
      const buf = readFileSync(path.join(dist, f));
      return { file: '/' + f, raw: buf.length, gzip: gzipSize(buf) };
    });
}

function targets(dist: string): string[] {
  const urls = ['/'];
  if (existsSync(path.join(dist, 'charts', 'index.html'))) urls.push('/charts/');
  const embedDir = path.join(dist, 'embed');
  if (existsSync(embedDir)) {
    const first = readdirSync(embedDir)
      .sort()
      .find((d) => existsSync(path.join(embedDir, d, 'index.html')));
    if (first) urls.push(`/embed/${first}/`);
  }
  return urls;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const round = (x: number | null, digits = 0) => (x == null ? null : Number(x.toFixed(digits)));

async function lighthouseRuns(origin: string, urls: string[], runs: number): Promise<Result['lighthouse']> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: [...CHROMIUM_ARGS], logLevel: 'silent' });
  const results: Result['lighthouse'] = [];
  try {
    for (const u of urls) {
      const each: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
        let r = await lighthouse(origin + u, flags);
        if (r?.lhr.runtimeError) {
          // e.g. dist/ rebuilt by someone else mid-run: wait and try once more
          await new Promise((res) => setTimeout(res, 3000));
          r = await lighthouse(origin + u, flags);
        }
        if (!r) throw new Error(`Lighthouse returned nothing for ${u}`);
        const lhr = r.lhr;
        const score = (id: string) => {
          const s = lhr.categories[id]?.score;
          return s == null ? null : Math.round(s * 100);
        };
        const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
        each.push({
          url: u,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: round(num('largest-contentful-paint')),
          tbtMs: round(num('total-blocking-time')),
          cls: round(num('cumulative-layout-shift'), 3),
          totalBytes: round(num('total-byte-weight')),
          runtimeError: lhr.runtimeError?.message ?? null,
          warnings: lhr.runWarnings ?? [],
          failedAudits: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id),
        });
      }
      each.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      results.push({ ...each[Math.floor(each.length / 2)]!, runs });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function scrollFps(origin: string, durationMs: number): Promise<ScrollFigures> {
  const browser = await chromium.launch({ executablePath: CHROME, args: [...CHROMIUM_ARGS], headless: true });
  try {
    const { context } = await guardedContext(browser, [origin], { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(origin + '/', { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.waitForTimeout(500);
    const r = await page.evaluate(async (duration) => {
      const max = Math.max(0, document.documentElement.scrollHeight - innerHeight);
      scrollTo(0, 0);
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
      const stamps: number[] = [];
      await new Promise<void>((resolve) => {
        let start: number | null = null;
        const frame = (t: number) => {
          start ??= t;
          stamps.push(t);
          const p = Math.min(1, (t - start) / duration);
          // ease in-out, like a reader's smooth scroll
          const e = p < 0.5 ? 2 * p * p : 1 - Math.pow(-2 * p + 2, 2) / 2;
          scrollTo(0, e * max);
          if (p < 1) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
      return { stamps, scrollHeight: document.documentElement.scrollHeight, viewport: innerHeight };
    }, durationMs);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const deltas = r.stamps
      .slice(1)
      .map((t, i) => t - r.stamps[i]!)
      .filter((d) => d > 0);
    return {
      page: '/',
      cpuThrottle: 4,
      viewport: '1280x900',
      durationMs,
      scrollHeight: r.scrollHeight,
      frames: deltas.length,
      medianFps: Number((1000 / median(deltas)).toFixed(1)),
      p95FrameMs: Number(percentile(deltas, 95).toFixed(1)),
      maxFrameMs: Number(Math.max(...deltas).toFixed(1)),
      framesOver50ms: deltas.filter((d) => d > 50).length,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
}

function pad(rows: (string | number | null)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c == null ? '-' : String(c))));
  const w = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')).join('\n');
}

function print(result: Result): void {
  const t = BENCH_TARGETS;
  console.log('');
  if (result.build)
    console.log(
      `Build: ${result.build.seconds} s wall (astro build; target <= ${t.buildSeconds} s)${result.build.pages ? `, ${result.build.pages} pages` : ''}`,
    );
  if (result.lighthouse.length) {
    const lt = t.lighthouse;
    console.log(`\nLighthouse (mobile; targets perf >= ${lt.performance}, a11y ${lt.accessibility}, best >= ${lt.bestPractices}, seo >= ${lt.seo}):`);
    const rows: (string | number | null)[][] = [['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'bytes']];
    for (const l of result.lighthouse) rows.push([l.url, l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.tbtMs, l.cls, l.totalBytes]);
    console.log(pad(rows).replace(/^/gm, '  '));
    for (const l of result.lighthouse) {
      if (l.runtimeError) console.log(`  ${l.url}: runtime error: ${l.runtimeError}`);
      if (l.failedAudits.length) console.log(`  ${l.url}: failed audits: ${l.failedAudits.join(', ')}`);
    }
  }
  if (result.scroll) {
    const s = result.scroll;
    console.log(
      `\nScroll ${s.page} (${s.viewport}, CPU x${s.cpuThrottle}, ${s.durationMs} ms, ${s.scrollHeight} px): median ${s.medianFps} fps (target >= ${t.medianFps}), ` +
        `p95 frame ${s.p95FrameMs} ms (target < ${t.p95FrameMs}), max ${s.maxFrameMs} ms, ${s.framesOver50ms} frames > 50 ms (${s.frames} frames)` +
        (s.p95Runs && s.p95Runs.length > 1 ? `; p95 of each pass: ${s.p95Runs.join(', ')} ms` : ''),
    );
  }
  console.log('\nData files:');
  if (result.data.length) console.log(pad([['file', 'raw bytes', 'gzip bytes'], ...result.data.map((d) => [d.file, d.raw, d.gzip])]).replace(/^/gm, '  '));
  else console.log('  none');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}: apt-get install -y chromium, or set CHROME_PATH`);
  const result: Result = {
    date: new Date().toISOString(),
    node: process.version,
    lighthouseVersion: null,
    targets: BENCH_TARGETS,
    build: null,
    lighthouse: [],
    scroll: null,
    data: [],
  };
  try {
    result.lighthouseVersion = JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  } catch {}

  if (opts.build) {
    console.log('Building (astro build)...');
    result.build = await build(opts.dist);
    console.log(`  ${result.build.seconds} s${result.build.pages ? `, ${result.build.pages} pages` : ''}`);
  } else if (!existsSync(opts.dist)) throw new Error('dist/ is missing: run without --no-build, or build first');

  const server = await startServer({ root: opts.dist });
  try {
    if (opts.lighthouse) {
      const urls = targets(opts.dist);
      console.log(`Lighthouse ${result.lighthouseVersion ?? '?'} (mobile, default config) on ${urls.join(' ')} ...`);
      result.lighthouse = await lighthouseRuns(server.origin, urls, opts.runs);
    }
    if (opts.scroll) {
      console.log(`Scrolling / for ${opts.scrollMs} ms with 4x CPU slowdown, ${opts.scrollRuns} pass(es)...`);
      const passes: ScrollFigures[] = [];
      for (let i = 0; i < opts.scrollRuns; i++) passes.push(await scrollFps(server.origin, opts.scrollMs));
      const byP95 = [...passes].sort((a, b) => a.p95FrameMs - b.p95FrameMs);
      result.scroll = { ...byP95[Math.floor((byP95.length - 1) / 2)]!, p95Runs: passes.map((p) => p.p95FrameMs) };
    }
  } finally {
    await server.close();
  }
  result.data = dataFiles(opts.dist);
  print(result);

  mkdirSync(OUT_DIR, { recursive: true });
  const stamp = result.date.replace(/[:.]/g, '-');
  const json = JSON.stringify(result, null, 2) + '\n';
  writeFileSync(path.join(OUT_DIR, `bench-${stamp}.json`), json);
  writeFileSync(path.join(OUT_DIR, 'latest.json'), json);
  console.log(`\nWrote bench-results/bench-${stamp}.json and bench-results/latest.json`);
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
