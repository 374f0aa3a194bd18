#!/usr/bin/env node
// Self-test of the gates: each must be seen to fail.
//
// - tests/fixtures/broken-site/ has one deliberate defect per page (see its
//   README.md); every gate must FAIL there, for the reason planted.
// - tests/fixtures/good-site/ is a tiny site done right; every gate must PASS.
// - the embed host gate must SKIP (not pass) when there is no embed.js.
// - scripts/write-headers.ts must produce good-site's _headers.
//
// Run alone: npx tsx tests/e2e/selftest.ts   (run.ts runs it before the real site)
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO, Reporter, type Result, type Status } from './common.ts';
import { runSuite, ALL_GATES } from './harness.ts';
import { staticImports, cssImports } from './budgets.ts';
import { pageKind, dataBudget, BUDGETS } from '../../scripts/lib/budgets.ts';
import { policyProblems } from './static-gates.ts';
import { gateVnu } from './vnu.ts';
import { buildHeaders } from '../../scripts/write-headers.ts';
import { launchBrowser } from '../../scripts/lib/chromium.ts';

export const BROKEN = path.join(REPO, 'tests', 'fixtures', 'broken-site');
export const GOOD = path.join(REPO, 'tests', 'fixtures', 'good-site');

/** [gate, target (string or RegExp), expected status, detail pattern, why] */
type Expectation = [gate: string, target: string | RegExp, status: Status, pattern: RegExp | null, why: string];

export const BROKEN_EXPECTATIONS: Expectation[] = [
  ['a11y-light', '/a11y/', 'fail', /image-alt/, 'an <img> without alt'],
  ['a11y-light', '/a11y/', 'fail', /color-contrast/, 'light grey text on white'],
  ['a11y-dark', '/dark/', 'fail', /color-contrast/, 'text that only the dark scheme makes unreadable'],
  ['a11y-light', '/dark/', 'pass', null, 'the same page is fine in light, so only the dark pass catches it'],
  ['keyboard', '/keyboard/', 'fail', /focus not visible/, 'buttons with outline: none on focus'],
  ['keyboard', '/trap/', 'fail', /focus trap/, 'a script sends Tab back to the first button'],
  ['keyboard', '/trap/', 'fail', /not reached by Tab/, 'the button after the trap is never reached'],
  ['offsite', '/offsite/', 'fail', /example\.com\/pixel\.png/, 'an <img> from another origin'],
  ['offsite', '/offsite/', 'fail', /api\.example\.net/, 'a fetch() to another origin'],
  ['errors', '/errors/', 'fail', /console\.error: boom/, 'console.error()'],
  ['errors', '/errors/', 'fail', /uncaught Error: kaboom/, 'an uncaught exception'],
  ['nojs', '/nojs/', 'fail', /<main> has no text/, '<main> filled by JavaScript only'],
  ['nojs', '/nojs/', 'fail', /data-static but no <svg>/, 'a figure[data-static] drawn by JavaScript only'],
  ['xss', '/xss/', 'fail', /ptz-xss-q/, '?q= written with innerHTML'],
  ['xss', '/xss/', 'fail', /ptz-xss-hash/, 'the hash written with innerHTML'],
  [
    'bytes',
    '/embed/heavy/',
    'fail',
    /JavaScript [\d.]+ KB gz > 40\.0 KB \(embed page budget\)/,
    'two chunks, one imported by the other, over the embed budget together',
  ],
  ['bytes', '/data/provinces.topo.json', 'fail', /> 60\.0 KB \(provinces\*\.topo\.json\)/, 'a provinces TopoJSON over 60 KB'],
  ['html', '/html/', 'fail', /no-dup-id/, 'a duplicate id'],
  ['html', '/html/', 'fail', /element-permitted-content|close-order|no-implicit-close/, 'a <div> inside a <p>'],
  ['vnu', '/vnu/', 'fail', /Stray start tag “script”/, 'a module script after </html>'],
  ['vnu', '/vnu/', 'fail', /“aria-labelledby” attribute must not be specified on any “pre” element/, 'aria-labelledby on <pre>'],
  ['vnu', '/vnu/', 'fail', /Bad value “tabular-nums” for attribute “font-variant”/, 'font-variant="tabular-nums" as an SVG attribute'],
  ['html', '/vnu/', 'pass', null, 'html-validate passes the same page, so only the Nu Html Checker catches it'],
  ['links', '/links/', 'fail', /no file for \/missing\//, 'a link to a page that does not exist'],
  ['links', '/links/', 'fail', /no element with id "nowhere"/, 'a #fragment with no target'],
  ['links', '/links/', 'fail', /no element with id "nope" on \/a11y\//, 'a fragment on another page with no target'],
  ['links', '/links/', 'fail', /srcset="\/img\/none-2x\.png"/, 'a missing srcset candidate'],
  ['links', /^sitemap/, 'fail', /\/gone\/: no file in dist/, 'a sitemap URL without a page'],
  ['security', '/security/', 'fail', /inline event handler .*onclick/, 'an onclick attribute'],
  ['security', '/security/', 'fail', /inline <script> without src/, 'an inline <script>'],
  ['security', '/security/', 'fail', /script-src allows 'unsafe-inline'/, "a meta CSP with 'unsafe-inline'"],
  ['security', '/security/', 'fail', /javascript: URL/, 'a javascript: link'],
  ['security', '/offsite/', 'fail', /no <meta http-equiv="Content-Security-Policy">/, 'a page without a CSP meta'],
  ['security', '_headers', 'fail', /\/zh\/embed\/a\/: 2 Content-Security-Policy headers/, 'overlapping /zh/* and /zh/embed/* rules'],
  ['security', '_headers', 'fail', /\/a11y\/: no Content-Security-Policy header/, 'paths no rule covers'],
  ['edition', '/zh/', 'fail', /Latin letters are [\d.]+ %/, 'an English source line on a Chinese page, not marked lang="en"'],
  ['edition', '/zh/', 'fail', /ASCII brackets around Chinese text/, '“(未经核实)” with ASCII brackets'],
  ['edition', '/zh/', 'fail', /digits grouped with commas.*8,452元/, '“8,452元”'],
  ['edition', '/zh/', 'fail', /glossary: “万平方千米”/, '万平方千米 where the sources write 万平方公里'],
  ['edition', '/zh/embed/a/', 'pass', null, 'a Chinese page done right'],
  ['embed-host', '/embed.js', 'fail', /from another origin/, 'embed.js believes any origin'],
  ['embed-host', '/embed.js', 'fail', /wrong shape/, 'embed.js believes any shape'],
];

function matches(result: Result, gate: string, target: string | RegExp): boolean {
  if (result.gate !== gate) return false;
  return typeof target === 'string' ? result.target === target : target.test(result.target);
}

function expectResults(reporter: Reporter, label: string, results: Result[], [gate, target, status, pattern, why]: Expectation): Result {
  const name = `${label}: ${gate} ${target instanceof RegExp ? target.source : target} ${status === 'fail' ? 'FAILS' : 'passes'} (${why})`;
  const hits = results.filter((r) => matches(r, gate, target));
  if (!hits.length) return reporter.fail('selftest', name, [`no ${gate} check ran on ${target}`]);
  const r = hits.find((h) => h.status === status && (!pattern || h.details.some((d) => pattern.test(d)))) ?? hits[0]!;
  const ok = r.status === status && (!pattern || r.details.some((d) => pattern.test(d)));
  if (ok) return reporter.pass('selftest', name);
  return reporter.fail('selftest', name, [`got ${r.status.toUpperCase()}${pattern ? `, wanted a detail matching ${pattern}` : ''}`, ...r.details.slice(0, 8)]);
}

function assertPure(reporter: Reporter): void {
  const cases: [string, () => string | null][] = [
    [
      'staticImports: import/export-from, not dynamic import()',
      () => {
        const code = `import{a as b}from"./x.js";import"./y.js";export*from"./z.js";export{q}from'../w.js';const m=import("./lazy.js");import.meta.url;`;
        const got = staticImports(code).join(' ');
        return got === './x.js ./y.js ./z.js ../w.js' ? null : `got ${got}`;
      },
    ],
    [
      'cssImports',
      () => {
        const got = cssImports(`@import url("a.css");@import 'b.css';a{color:red}`).join(' ');
        return got === 'a.css b.css' ? null : `got ${got}`;
      },
    ],
    [
      'pageKind',
      () => {
        const got = ['/', '/zh/', '/embed/x/', '/zh/embed/x/', '/charts/', '/zh/charts/', '/charts/x.svg', '/sources/', '/embed.js'].map(pageKind).join(' ');
        return got === 'story story embed embed gallery gallery other other other' ? null : `got ${got}`;
      },
    ],
    [
      'dataBudget',
      () => {
        const got = ['data/provinces.topo.json', 'data/counties.topo.json', 'data/series.json'].map((f) => dataBudget(f).budget / 1000).join(' ');
        return got === `${BUDGETS.provincesTopo / 1000} ${BUDGETS.topo / 1000} ${BUDGETS.data / 1000}` ? null : `got ${got}`;
      },
    ],
    [
      'policyProblems: the site policy passes, weak ones fail',
      () => {
        const good = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
        if (policyProblems(good).length) return `good policy flagged: ${policyProblems(good)}`;
        if (!policyProblems("default-src *; object-src 'none'").length) return 'default-src * not flagged';
        if (!policyProblems("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'").length) return 'unsafe-eval not flagged';
        if (!policyProblems("default-src 'self'").length) return "object-src falling back to 'self' not flagged";
        if (!policyProblems(good + "; frame-ancestors 'none'").length) return 'frame-ancestors in meta not flagged';
        if (policyProblems(good + "; frame-ancestors 'none'", { kind: 'header' }).length) return 'header with frame-ancestors none flagged';
        if (!policyProblems(good + "; frame-ancestors 'none'", { kind: 'header', embed: true }).length) return "embed header with 'none' not flagged";
        return null;
      },
    ],
  ];
  for (const [name, fn] of cases) {
    const err = fn();
    reporter.check('selftest', `pure: ${name}`, err ? [err] : []);
  }
}

export async function runSelftest({ browser, reporter, concurrency = 2 }: { browser: Browser; reporter: Reporter; concurrency?: number }): Promise<void> {
  assertPure(reporter);

  // write-headers output is what good-site serves
  const expected = buildHeaders(GOOD);
  const actual = readFileSync(path.join(GOOD, '_headers'), 'utf8');
  reporter.check(
    'selftest',
    'good-site: _headers is what scripts/write-headers.ts writes',
    expected === actual ? [] : ['differs; regenerate with: npx tsx scripts/write-headers.ts tests/fixtures/good-site'],
  );

  // broken site: every gate fails for the planted reason
  const broken = new Reporter({ print: false });
  await runSuite({ root: BROKEN, browser, reporter: broken, concurrency, siteOrigin: 'https://broken.example' });
  for (const exp of BROKEN_EXPECTATIONS) expectResults(reporter, 'broken-site', broken.results, exp);
  const brokenGates = new Set(BROKEN_EXPECTATIONS.filter((e) => e[2] === 'fail').map((e) => e[0]));
  const unseen = ALL_GATES.filter((g) => !brokenGates.has(g));
  reporter.check(
    'selftest',
    'broken-site: every gate is seen to fail',
    unseen.map((g) => `no failing expectation for gate ${g}`),
  );

  // good site: every gate passes
  const good = new Reporter({ print: false });
  await runSuite({ root: GOOD, browser, reporter: good, concurrency, siteOrigin: 'https://good.example' });
  for (const gate of [...ALL_GATES, 'setup']) {
    const rs = good.results.filter((r) => r.gate === gate);
    if (gate === 'setup' && !rs.length) continue;
    const bad = rs.filter((r) => r.status !== 'pass');
    const problems = !rs.length ? [`no ${gate} check ran`] : bad.map((r) => `${r.status.toUpperCase()} ${r.target}: ${r.details.slice(0, 6).join(' | ')}`);
    reporter.check('selftest', `good-site: all ${rs.length} ${gate} check(s) pass`, problems);
  }

  // the vnu gate fails, and does not skip, without a Java runtime
  const noJava = new Reporter({ print: false });
  await gateVnu({ root: GOOD, htmlFiles: ['index.html'], files: ['index.html'], reporter: noJava, env: { PATH: path.join(tmpdir(), 'ptz-no-java') } });
  const nj = noJava.results.find((x) => x.gate === 'vnu');
  reporter.check(
    'selftest',
    'vnu FAILs (not SKIP) when there is no java, saying to install a JRE',
    nj?.status === 'fail' && /install a Java runtime/.test(nj.details.join(' ')) ? [] : [`got ${nj?.status ?? 'nothing'}: ${nj?.details.join(' ') ?? ''}`],
  );

  // the embed host gate skips, and does not pass, without embed.js
  const tmp = mkdtempSync(path.join(tmpdir(), 'ptz-selftest-'));
  try {
    cpSync(GOOD, tmp, { recursive: true });
    rmSync(path.join(tmp, 'embed.js'));
    const noEmbed = new Reporter({ print: false });
    await runSuite({ root: tmp, browser, reporter: noEmbed, gates: new Set(['embed-host']) });
    const r = noEmbed.results.find((x) => x.gate === 'embed-host');
    reporter.check('selftest', 'embed-host SKIPs (not PASS) when dist/embed.js is missing', r?.status === 'skip' ? [] : [`got ${r?.status ?? 'nothing'}`]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const t0 = Date.now();
  const reporter = new Reporter();
  const browser = await launchBrowser();
  try {
    await runSelftest({ browser, reporter });
  } catch (err) {
    reporter.fail('selftest', 'harness', [err instanceof Error ? (err.stack ?? err.message) : String(err)]);
  } finally {
    await browser.close();
  }
  const c = reporter.counts();
  console.log(`\nTime: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${c.passed} passed, ${c.failed} failed`);
  process.exitCode = c.failed ? 1 : 0;
}
