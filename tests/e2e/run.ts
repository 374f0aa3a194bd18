#!/usr/bin/env node
// The e2e quality gates (`npm run test:e2e`).
//
//   tsx tests/e2e/run.ts                  self-test on the fixtures, then the built site in dist/
//   tsx tests/e2e/run.ts --root <dir>     only the site in <dir> (e.g. tests/fixtures/broken-site)
//   options: --no-selftest  --selftest-only  --gates a11y-light,links,...  --concurrency 2
//            --site https://origin (absolute links to it count as internal)  --json results.json
//
// Every check prints PASS/FAIL (or SKIP) with details; the last line is
// "N passed, M failed", and the exit code is 1 when anything failed.
// dist/ must be built first (npm run build). Chromium: /usr/bin/chromium or $CHROME_PATH.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO, Reporter } from './common.ts';
import { runSuite, ALL_GATES } from './harness.ts';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { runSelftest } from './selftest.ts';
import { BROWSER_GATES } from './browser-gates.ts';
import { runStoryTests } from './story.ts';
import { runFinderTests } from './finder.ts';
import { runImagesPrintTests } from './images-print.ts';
import { runExitsMapTests } from './exits-map.ts';
import { runTeachTests } from './teach.ts';
import { runEmbedTests } from './embeds.ts';
import { runCitationTests } from './citations.ts';

interface Options {
  root: string | null;
  selftest: boolean;
  selftestOnly: boolean;
  gates: string[] | null;
  concurrency: number;
  site: string | undefined;
  json: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { root: null, selftest: true, selftestOnly: false, gates: null, concurrency: 2, site: undefined, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--root') o.root = val();
    else if (a === '--no-selftest') o.selftest = false;
    else if (a === '--selftest-only') o.selftestOnly = true;
    else if (a === '--gates')
      o.gates = val()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (a === '--concurrency') o.concurrency = Math.max(1, Number(val()) || 2);
    else if (a === '--site') o.site = val().replace(/\/+$/, '');
    else if (a === '--json') o.json = val();
    else if (a === '-h' || a === '--help') {
      console.log('usage: tsx tests/e2e/run.ts [--root dir] [--no-selftest] [--selftest-only] [--gates g1,g2] [--concurrency n] [--site origin] [--json file]');
      console.log(`gates: ${ALL_GATES.join(', ')}`);
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (o.gates) for (const g of o.gates) if (!ALL_GATES.includes(g)) throw new Error(`unknown gate ${g}; gates: ${ALL_GATES.join(', ')}`);
  return o;
}

async function main() {
  const t0 = Date.now();
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
  const reporter = new Reporter();
  const explicitRoot = opts.root !== null;
  const root = path.resolve(opts.root ?? path.join(REPO, 'dist'));
  const runSelf = !explicitRoot && opts.selftest;
  const runSite = !opts.selftestOnly;

  const empty = existsSync(root) && !readdirSync(root).length;
  if (runSite && (!existsSync(root) || empty)) {
    const what = explicitRoot ? root : 'dist/';
    reporter.fail('setup', root, [
      `${what} is ${empty ? 'empty (did the build fail?)' : 'missing'}: build the site first with \`npm run build\` (astro build), then run the e2e tests`,
    ]);
    finish(reporter, opts, t0);
    return;
  }
  const gates = new Set(opts.gates ?? ALL_GATES);
  const needBrowser = runSelf || [...gates].some((g) => BROWSER_GATES.includes(g) || g === 'embed-host');
  let browser: Browser | null = null;
  try {
    if (needBrowser) browser = await launchBrowser();
    if (runSelf && browser) {
      reporter.info('== Self-test: every gate must fail on tests/fixtures/broken-site and pass on tests/fixtures/good-site');
      const ts = Date.now();
      await runSelftest({ browser, reporter, concurrency: opts.concurrency });
      reporter.info(`== Self-test done in ${((Date.now() - ts) / 1000).toFixed(1)} s`);
      reporter.info('');
    }
    if (runSite) {
      reporter.info(`== Gates on ${path.relative(process.cwd(), root) || '.'}`);
      const ts = Date.now();
      await runSuite({ root, browser, reporter, gates, concurrency: opts.concurrency, siteOrigin: opts.site });
      // The story's own features, on the real site when every gate runs.
      if (!explicitRoot && !opts.gates && browser) await runStoryTests({ browser, root, reporter });
      if (!explicitRoot && !opts.gates && browser) await runFinderTests({ browser, root, reporter });
      if (!explicitRoot && !opts.gates && browser) await runImagesPrintTests({ browser, root, reporter });
      if (!explicitRoot && !opts.gates && browser) await runExitsMapTests({ browser, root, reporter });
      if (!explicitRoot && !opts.gates && browser) await runTeachTests({ browser, root, reporter });
      if (!explicitRoot && !opts.gates && browser) await runEmbedTests({ browser, root, reporter });
      if (!explicitRoot && !opts.gates && browser) await runCitationTests({ browser, root, reporter });
      reporter.info(`== Site gates done in ${((Date.now() - ts) / 1000).toFixed(1)} s`);
    }
  } catch (err) {
    reporter.fail('setup', 'harness', [err instanceof Error ? (err.stack ?? err.message) : String(err)]);
  } finally {
    await browser?.close().catch(() => {});
  }
  finish(reporter, opts, t0);
}

function finish(reporter: Reporter, opts: Options, t0: number): void {
  const c = reporter.counts();
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ ...c, results: reporter.results }, null, 2));
  const failed = reporter.results.filter((r) => r.status === 'fail');
  const skipped = reporter.results.filter((r) => r.status === 'skip');
  console.log('');
  if (failed.length) {
    const byGate: Record<string, string[]> = {};
    for (const r of failed) (byGate[r.gate] ??= []).push(r.target);
    console.log('Failed checks by gate:');
    for (const [g, ts] of Object.entries(byGate)) console.log(`  ${g} (${ts.length}): ${ts.slice(0, 15).join(' ')}${ts.length > 15 ? ' ...' : ''}`);
  }
  if (skipped.length) console.log(`Skipped (${skipped.length}): ${skipped.map((r) => `${r.gate} ${r.target}: ${r.details[0] ?? ''}`).join('; ')}`);
  console.log(`Time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${c.passed} passed, ${c.failed} failed`);
  process.exitCode = c.failed ? 1 : 0;
}

await main();
