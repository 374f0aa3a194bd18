// The public host script (dist/embed.js) against a hostile frame.
//
// Three local origins:
//   A  the site (dist/), which serves embed.js and the /embed/<chart>/ pages;
//   B  a third-party host page (tests/fixtures/embed-host/index.html) with two
//      real embed iframes from A and the host script from A;
//   C  another origin, whose iframe on the host page posts fake height messages.
// The gate checks that
//   1. the real iframes get the height their pages post ({ type: 'ptz-embed-height', chart, height });
//   2. height messages from C, or from the host page itself, change no iframe;
//   3. messages of the wrong shape from a real iframe change nothing.
// Skipped (SKIP, not PASS) while dist/embed.js or the embed pages do not exist.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/serve.ts';
import { guardedContext } from '../../scripts/lib/chromium.ts';
import { isEmbedPath } from '../../src/lib/csp.ts';
import type { Browser, Frame } from 'playwright-core';
import { REPO, firstLine, type Page, type Reporter } from './common.ts';

interface Posted {
  frame: string;
  data?: { type?: unknown; height?: unknown; n?: unknown };
}
declare global {
  interface Window {
    __ptzMessages?: Posted[];
    ptzAttack?: (height: number) => void;
  }
}

const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'embed-host');
const GATE = 'embed-host';
const TARGET = '/embed.js';
const INITIAL = 123;

export const WRONG_SHAPES: [label: string, make: (chart: string) => string][] = [
  ['height as a string', (c) => `({ type: 'ptz-embed-height', chart: ${JSON.stringify(c)}, height: '901' })`],
  ['height NaN', (c) => `({ type: 'ptz-embed-height', chart: ${JSON.stringify(c)}, height: NaN })`],
  ['height Infinity', (c) => `({ type: 'ptz-embed-height', chart: ${JSON.stringify(c)}, height: Infinity })`],
  ['no chart', () => `({ type: 'ptz-embed-height', height: 902 })`],
  ['chart not a string', () => `({ type: 'ptz-embed-height', chart: 42, height: 903 })`],
  ['another type', (c) => `({ type: 'resize', chart: ${JSON.stringify(c)}, height: 904 })`],
  ['no type', (c) => `({ chart: ${JSON.stringify(c)}, height: 905 })`],
  ['a JSON string, not an object', (c) => JSON.stringify(JSON.stringify({ type: 'ptz-embed-height', chart: c, height: 906 }))],
  ['a number', () => `907`],
  ['null', () => `null`],
];

const slugOf = (urlPath: string) => (/embed\/([^/]+)/.exec(urlPath) ?? [])[1] ?? '';

export async function gateEmbedHost({
  browser,
  root,
  origin,
  pages,
  reporter,
}: {
  browser: Browser;
  root: string;
  origin: string;
  pages: Page[];
  reporter: Reporter;
}): Promise<void> {
  if (!existsSync(path.join(root, 'embed.js'))) {
    reporter.skip(GATE, TARGET, ['dist/embed.js does not exist yet, so the host script cannot be tested (SKIP, not PASS)']);
    return;
  }
  const embeds = pages
    .filter((p) => isEmbedPath(p.urlPath))
    .sort((a, b) => Number(a.urlPath.startsWith('/zh/')) - Number(b.urlPath.startsWith('/zh/')) || a.urlPath.localeCompare(b.urlPath));
  if (!embeds.length) {
    reporter.skip(GATE, TARGET, ['dist/embed.js exists but there is no /embed/<chart>/ page to embed (SKIP, not PASS)']);
    return;
  }
  const e1 = embeds[0]!;
  const e2 = embeds[1] ?? e1;
  const charts = [slugOf(e1.urlPath), slugOf(e2.urlPath)];

  const tmp = mkdtempSync(path.join(tmpdir(), 'ptz-embed-host-'));
  const hostile = await startServer({ root: FIXTURE, headers: false });
  const host = await startServer({ root: tmp, headers: false });
  const fill = (s: string) =>
    s
      .replaceAll('{{SITE}}', origin)
      .replaceAll('{{EMBED_1}}', origin + e1.urlPath)
      .replaceAll('{{EMBED_2}}', origin + e2.urlPath)
      .replaceAll('{{CHART_1}}', charts[0]!)
      .replaceAll('{{CHART_2}}', charts[1]!)
      .replaceAll('{{HOSTILE}}', `${hostile.origin}/hostile.html?charts=${encodeURIComponent(charts.join(','))}`);
  writeFileSync(path.join(tmp, 'index.html'), fill(readFileSync(path.join(FIXTURE, 'index.html'), 'utf8')));

  const problems: string[] = [];
  const notes = [`host ${host.origin}, site ${origin}, hostile ${hostile.origin}; embeds ${e1.urlPath} ${e2.urlPath}`];
  const { context } = await guardedContext(browser, [origin, host.origin, hostile.origin], { viewport: { width: 1000, height: 1400 } });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message.slice(0, 200)}`));
    await page.goto(host.origin + '/index.html', { waitUntil: 'load', timeout: 30_000 });
    const heights = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, f.clientHeight])));
    const state = () =>
      page.evaluate(() => ({
        heights: Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, f.clientHeight])),
        msgs: window.__ptzMessages ?? [],
      }));
    const posted = (msgs: Posted[], id: string) =>
      msgs
        .filter((m) => m.frame === id && m.data && m.data.type === 'ptz-embed-height' && typeof m.data.height === 'number')
        .map((m) => ({ height: m.data!.height as number }))
        .pop();

    /** Polled in the page: each real iframe is as high as the last height it posted (and no longer at its initial height). */
    const sized = () =>
      page
        .waitForFunction(
          (initial) =>
            ['real-1', 'real-2'].every((id) => {
              const p = (window.__ptzMessages ?? [])
                .filter((m) => m.frame === id && m.data && m.data.type === 'ptz-embed-height' && typeof m.data.height === 'number')
                .pop();
              const h = document.getElementById(id)?.clientHeight;
              return !!p && h !== undefined && h !== initial && Math.abs(h - (p.data!.height as number)) <= 2;
            }),
          INITIAL,
          { timeout: 15_000 },
        )
        .then(
          () => true,
          () => false,
        );
    /**
     * Waits until every message `from` has posted so far has been handled: the frame posts a sentinel after them
     * (messages from one window arrive in order) and the page records it; then two frames for any deferred resize.
     */
    let sentinels = 0;
    const drained = async (from: Frame) => {
      const n = ++sentinels;
      await from.evaluate((k) => parent.postMessage({ type: 'ptz-test-sentinel', n: k }, '*'), n);
      await page.waitForFunction((k) => (window.__ptzMessages ?? []).some((m) => m.data?.type === 'ptz-test-sentinel' && m.data.n === k), n, {
        timeout: 10_000,
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    };

    // 1. the real iframes are sized to what they post
    const ok = await sized();
    const s = await state();
    if (!ok) {
      const real: [string, Page][] = [
        ['real-1', e1],
        ['real-2', e2],
      ];
      for (const [id, e] of real) {
        const p = posted(s.msgs, id);
        const h = s.heights[id] ?? NaN;
        if (!p) problems.push(`${e.urlPath} in #${id} posted no { type: 'ptz-embed-height', height: number } message within 15 s`);
        else if (Math.abs(h - p.height) > 2)
          problems.push(`real iframe #${id} (${e.urlPath}) posted height ${p.height} but is ${h} px high: embed.js did not resize it`);
      }
      if (!problems.length) problems.push('real iframes were not resized');
    } else notes.push(`real iframes resized to ${s.heights['real-1']} and ${s.heights['real-2']} px`);

    const compare = async (before: Record<string, number>, what: string, from: Frame) => {
      await drained(from);
      const after = await heights();
      const changed = Object.keys(before).filter((id) => Math.abs((after[id] ?? NaN) - before[id]!) > 1);
      for (const id of changed) problems.push(`${what} changed #${id} from ${before[id]} to ${after[id]} px`);
      return changed.length ? after : before;
    };

    // 2. messages from another origin, and from the host page itself (from a settled page: each real iframe at its posted height)
    await sized();
    let base = await heights();
    const hostileFrame = page.frames().find((f) => f.url().startsWith(hostile.origin));
    if (!hostileFrame) problems.push('the hostile iframe did not load');
    else {
      for (const h of [777, 1, 5000]) {
        await hostileFrame.evaluate((height) => window.ptzAttack!(height), h).catch((err: unknown) => problems.push(`hostile frame: ${firstLine(err)}`));
        base = await compare(base, `a height message (${h}) from another origin (${hostile.origin}, the hostile iframe)`, hostileFrame);
      }
    }
    for (const c of charts) {
      await page.evaluate((chart) => window.postMessage({ type: 'ptz-embed-height', chart, height: 555 }, '*'), c);
      base = await compare(base, `a height message posted by the host page itself (chart "${c}")`, page.mainFrame());
    }

    // 3. wrong shapes from a real iframe
    const realFrame = await (await page.$('#real-1'))?.contentFrame();
    if (!realFrame) problems.push('cannot reach the frame of #real-1');
    else {
      await sized();
      base = await heights();
      for (const [label, make] of WRONG_SHAPES) {
        const expr = make(charts[0]!);
        await realFrame.evaluate(`parent.postMessage(${expr}, '*')`).catch((err: unknown) => problems.push(`real frame: ${firstLine(err)}`));
        base = await compare(base, `a message of the wrong shape (${label}: ${expr}) from the real iframe #real-1`, realFrame);
      }
    }
    for (const e of pageErrors) problems.push(`error on the host page: ${e}`);
  } catch (err) {
    problems.push(`embed host test failed to run: ${firstLine(err)}`);
  } finally {
    await context.close().catch(() => {});
    await host.close();
    await hostile.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  reporter.check(GATE, TARGET, problems, notes);
}
