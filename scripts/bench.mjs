#!/usr/bin/env node
// Benchmark figures (`npm run bench`; never part of `npm test`).
//
//   1. builds the site with `astro build`, timing the wall clock;
//   2. serves dist/ with scripts/serve-static.mjs (gzip on, dist/_headers applied);
//   3. Lighthouse 12.2.3 (default config = mobile, simulated throttling), the four
//      categories, on /, on /charts/ when it exists and on the first /embed/<chart>/;
//   4. scroll frame rate on / in Chromium with 4x CPU slowdown: the whole page is
//      scrolled over a fixed time from requestAnimationFrame, whose timestamps give
//      the median fps and the 95th percentile frame time;
//   5. the size, raw and gzipped, of every data file in dist.
// Prints a table and writes bench-results/bench-<ISO date>.json and bench-results/latest.json.
//
// Options: --no-build (use the dist/ there is)  --dist <dir> (bench another built site; implies --no-build)
//          --skip-lighthouse  --skip-scroll
//          --scroll-ms 8000  --runs 1 (Lighthouse runs per URL; the median is kept)
// Chromium: /usr/bin/chromium or $CHROME_PATH.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve-static.mjs';
import { listFiles } from '../tests/e2e/common.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '..');
let DIST = path.join(REPO, 'dist');
const OUT_DIR = path.join(REPO, 'bench-results');
const CHROME = chromiumPath();
const CHROME_FLAGS = CHROMIUM_ARGS;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function parseArgs(argv) {
  const o = { build: true, lighthouse: true, scroll: true, scrollMs: 8000, runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') o.build = false;
    else if (a === '--skip-lighthouse') o.lighthouse = false;
    else if (a === '--skip-scroll') o.scroll = false;
    else if (a === '--scroll-ms') o.scrollMs = Math.max(1000, Number(argv[++i]) || 8000);
    else if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--dist') {
      DIST = path.resolve(argv[++i] ?? 'dist');
      o.build = false;
    }
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function build() {
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
  try {
    const { writeHeaders } = await import('./write-headers.mjs');
    writeHeaders(DIST);
  } catch (err) {
    console.warn(`(write-headers skipped: ${err.message})`);
  }
  return { seconds: Number(seconds.toFixed(2)), pages: pages ? Number(pages) : null };
}

function dataFiles() {
  return listFiles(DIST)
    .filter((f) => /\.(json|geojson|topojson|csv|tsv)$/i.test(f) && !f.startsWith('_astro/'))
    .map((f) => {
      const buf = readFileSync(path.join(DIST, f));
      return { file: '/' + f, raw: buf.length, gzip: gzipSync(buf).length };
    });
}

function targets() {
  const urls = ['/'];
  if (existsSync(path.join(DIST, 'charts', 'index.html'))) urls.push('/charts/');
  const embedDir = path.join(DIST, 'embed');
  if (existsSync(embedDir)) {
    const first = readdirSync(embedDir)
      .sort()
      .find((d) => existsSync(path.join(embedDir, d, 'index.html')));
    if (first) urls.push(`/embed/${first}/`);
  }
  return urls;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

async function lighthouseRuns(origin, urls, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results = [];
  try {
    for (const u of urls) {
      const each = [];
      for (let i = 0; i < runs; i++) {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
        let r = await lighthouse(origin + u, flags);
        if (r?.lhr.runtimeError) {
          // e.g. dist/ rebuilt by someone else mid-run: wait and try once more
          await new Promise((res) => setTimeout(res, 3000));
          r = await lighthouse(origin + u, flags);
        }
        if (!r) throw new Error(`Lighthouse returned nothing for ${u}`);
        const lhr = r.lhr;
        const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
        const num = (id) => lhr.audits[id]?.numericValue ?? null;
        each.push({
          url: u,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: num('largest-contentful-paint') == null ? null : Math.round(num('largest-contentful-paint')),
          tbtMs: num('total-blocking-time') == null ? null : Math.round(num('total-blocking-time')),
          cls: num('cumulative-layout-shift') == null ? null : Number(num('cumulative-layout-shift').toFixed(3)),
          totalBytes: num('total-byte-weight') == null ? null : Math.round(num('total-byte-weight')),
          runtimeError: lhr.runtimeError?.message ?? null,
          warnings: lhr.runWarnings ?? [],
          failedAudits: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id),
        });
      }
      each.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      results.push({ ...each[Math.floor(each.length / 2)], runs });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

async function scrollFps(origin, durationMs) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // keep everything on the machine
    await context.route(
      () => true,
      (route) => (route.request().url().startsWith(origin) || /^(data|blob):/.test(route.request().url()) ? route.continue() : route.abort()),
    );
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
      const stamps = [];
      await new Promise((resolve) => {
        let start = null;
        const frame = (t) => {
          if (start === null) start = t;
          stamps.push(t);
          const p = Math.min(1, (t - start) / duration);
          // ease in-out, like a reader's smooth scroll
          const e = p < 0.5 ? 2 * p * p : 1 - Math.pow(-2 * p + 2, 2) / 2;
          scrollTo(0, e * max);
          if (p < 1) requestAnimationFrame(frame);
          else resolve(undefined);
        };
        requestAnimationFrame(frame);
      });
      return { stamps, scrollHeight: document.documentElement.scrollHeight, viewport: innerHeight };
    }, durationMs);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const deltas = r.stamps.slice(1).map((t, i) => t - r.stamps[i]).filter((d) => d > 0);
    const med = median(deltas);
    return {
      page: '/',
      cpuThrottle: 4,
      viewport: '1280x900',
      durationMs,
      scrollHeight: r.scrollHeight,
      frames: deltas.length,
      medianFps: Number((1000 / med).toFixed(1)),
      p95FrameMs: Number(percentile(deltas, 95).toFixed(1)),
      maxFrameMs: Number(Math.max(...deltas).toFixed(1)),
      framesOver50ms: deltas.filter((d) => d > 50).length,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
}

function pad(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ')).join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}: apt-get install -y chromium, or set CHROME_PATH`);
  const result = { date: new Date().toISOString(), node: process.version, lighthouseVersion: null, build: null, lighthouse: [], scroll: null, data: [] };
  try {
    result.lighthouseVersion = JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  } catch {}

  if (opts.build) {
    console.log('Building (astro build)...');
    result.build = await build();
    console.log(`  ${result.build.seconds} s${result.build.pages ? `, ${result.build.pages} pages` : ''}`);
  } else if (!existsSync(DIST)) throw new Error('dist/ is missing: run without --no-build, or build first');

  const server = await startServer({ root: DIST });
  try {
    if (opts.lighthouse) {
      const urls = targets();
      console.log(`Lighthouse ${result.lighthouseVersion ?? '?'} (mobile, default config) on ${urls.join(' ')} ...`);
      result.lighthouse = await lighthouseRuns(server.origin, urls, opts.runs);
    }
    if (opts.scroll) {
      console.log(`Scrolling / for ${opts.scrollMs} ms with 4x CPU slowdown...`);
      result.scroll = await scrollFps(server.origin, opts.scrollMs);
    }
  } finally {
    await server.close();
  }
  result.data = dataFiles();

  // ---- print
  console.log('');
  if (result.build) console.log(`Build: ${result.build.seconds} s wall (astro build)${result.build.pages ? `, ${result.build.pages} pages` : ''}`);
  if (result.lighthouse.length) {
    console.log('\nLighthouse (mobile):');
    const rows = [['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'bytes']];
    for (const l of result.lighthouse) rows.push([l.url, l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.tbtMs, l.cls, l.totalBytes]);
    console.log(pad(rows.map((r) => r.map((c) => (c == null ? '-' : c)))).replace(/^/gm, '  '));
    for (const l of result.lighthouse) {
      if (l.runtimeError) console.log(`  ${l.url}: runtime error: ${l.runtimeError}`);
      if (l.failedAudits.length) console.log(`  ${l.url}: failed audits: ${l.failedAudits.join(', ')}`);
    }
  }
  if (result.scroll) {
    const s = result.scroll;
    console.log(`\nScroll ${s.page} (${s.viewport}, CPU x${s.cpuThrottle}, ${s.durationMs} ms, ${s.scrollHeight} px): median ${s.medianFps} fps, p95 frame ${s.p95FrameMs} ms, max ${s.maxFrameMs} ms, ${s.framesOver50ms} frames > 50 ms (${s.frames} frames)`);
  }
  console.log('\nData files:');
  if (result.data.length) console.log(pad([['file', 'raw bytes', 'gzip bytes'], ...result.data.map((d) => [d.file, d.raw, d.gzip])]).replace(/^/gm, '  '));
  else console.log('  none');

  mkdirSync(OUT_DIR, { recursive: true });
  const stamp = result.date.replace(/[:.]/g, '-');
  const json = JSON.stringify(result, null, 2) + '\n';
  writeFileSync(path.join(OUT_DIR, `bench-${stamp}.json`), json);
  writeFileSync(path.join(OUT_DIR, 'latest.json'), json);
  console.log(`\nWrote bench-results/bench-${stamp}.json and bench-results/latest.json`);
}

main().catch((err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exit(1);
});
