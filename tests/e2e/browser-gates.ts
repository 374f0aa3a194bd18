// Gates that need a real browser, run on every page:
//   a11y-light, a11y-dark   axe-core, WCAG 2.0/2.1/2.2 A + AA tags, zero violations
//   keyboard                Tab reaches every visible focusable control, focus is visible, no trap
//   offsite                 no request to any origin but the local server (all are blocked)
//   errors                  no console error, no uncaught exception
//   nojs                    with JavaScript off, <main> has text, figure[data-static] has an <svg> (inline, or a loaded SVG <img>)
//   xss                     URL parameters and the hash are never written as HTML
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { KEEP_NAMES_SHIM, guardedContext } from '../../scripts/lib/chromium.ts';
import { firstLine, mapLimit, type Page as SitePage, type Reporter } from './common.ts';

type KbdState = { kind: 'none' } | { kind: 'el'; idx: number; key: string; iframe: boolean; desc: string };
interface KbdIndicator {
  ok: boolean;
  why?: string;
  outline?: boolean;
  shadow?: boolean;
  changed?: boolean;
  desc?: string;
}
declare global {
  interface Window {
    __ptzKbd?: { candidates: Element[]; state(): KbdState; indicator(): KbdIndicator };
  }
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const VIEWPORT = { width: 1280, height: 900 };
const NAV_TIMEOUT = 30_000;

export const XSS_MARKERS = ['ptz-xss-q', 'ptz-xss-chart', 'ptz-xss-param', 'ptz-xss-hash'];
export function xssUrl(base: string): string {
  const q = '<img src=x id=ptz-xss-q onerror=alert(1)>';
  const chart = '<script id=ptz-xss-chart>alert(2)</script>';
  const other = '"><svg id=ptz-xss-param onload=alert(3)>';
  const params = new URLSearchParams();
  params.set('q', q);
  params.set('chart', chart);
  for (const k of ['year', 'province', 'highlight', 'step', 'view', 'lang']) params.set(k, other);
  const hash = encodeURIComponent('<img src=x id=ptz-xss-hash onerror=alert(4)>');
  return `${base}?${params.toString().replace(/\+/g, '%20')}#${hash}`;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 4000 }).catch(() => {});
}

/** Scroll to the bottom in viewport steps (so lazy things load and scroll code runs), then back. */
async function scrollThrough(page: Page): Promise<void> {
  await page
    .evaluate(async () => {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const step = Math.max(200, innerHeight * 0.9);
      for (let i = 0; i < 40; i++) {
        const before = scrollY;
        scrollBy(0, step);
        await sleep(60);
        if (scrollY === before) break;
      }
      await sleep(100);
      scrollTo(0, 0);
      await sleep(100);
    })
    .catch(() => {});
}

async function waitForAnimations(page: Page): Promise<void> {
  await page
    .evaluate(async () => {
      const anims = document.getAnimations?.() ?? [];
      await Promise.race([
        Promise.allSettled(anims.filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished)),
        new Promise((r) => setTimeout(r, 1500)),
      ]);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    })
    .catch(() => {});
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary?: string }[];
}

async function runAxe(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    await frame
      .evaluate(`typeof window.axe === 'object'`)
      .then((has: unknown) => (has ? null : frame.evaluate(AXE_SOURCE)))
      .catch(() => {});
  }
  const result: AxeViolation[] = await page.evaluate(async (tags) => {
    // @ts-expect-error axe-core, injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n: any) => ({
        target: n.target.map((t: string | string[]) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' >> '),
        summary: n.failureSummary,
      })),
    }));
  }, AXE_TAGS);
  return result.map((v) => {
    const targets = v.nodes.slice(0, 5).map((n) => n.target);
    const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : '';
    const first = v.nodes[0]?.summary ? `\n  ${v.nodes[0].summary.split('\n').slice(0, 3).join(' | ')}` : '';
    return `${v.id} [${v.impact}] ${v.help} — ${targets.join(', ')}${more} (${v.helpUrl})${first}`;
  });
}

// ---------------------------------------------------------------- keyboard

/** In-page helpers for the keyboard gate (installed through evaluate, so the page CSP does not apply). */
const KBD_SETUP = () => {
  const PROPS = [
    'outline-style',
    'outline-width',
    'outline-color',
    'outline-offset',
    'box-shadow',
    'border-top-color',
    'border-bottom-color',
    'border-left-color',
    'border-right-color',
    'border-bottom-width',
    'background-color',
    'color',
    'text-decoration-line',
    'text-decoration-thickness',
    'text-decoration-color',
    'transform',
    'clip',
    'clip-path',
    'opacity',
    'left',
    'top',
    'width',
    'height',
    'fill',
    'stroke',
    'stroke-width',
  ];
  const snap = (el: Element | null) => {
    if (!el || !(el instanceof Element)) return null;
    const cs = getComputedStyle(el);
    return PROPS.map((p) => cs.getPropertyValue(p)).join('|');
  };
  // The indicator may be drawn on the control, its parent, a sibling (e.g. a label after a
  // visually hidden input) or its first child.
  const around = (el: Element) => [el, el.parentElement, el.previousElementSibling, el.nextElementSibling, el.firstElementChild].map(snap);
  const describe = (el: Element) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 2) : [];
    if (cls.length) s += '.' + cls.join('.');
    const href = el.getAttribute('href');
    if (href) s += `[href="${href.slice(0, 60)}"]`;
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    if (text) s += ` "${text}"`;
    return s;
  };
  const SEL =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, details > summary:first-of-type, ' +
    'audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
  const candidates = [...document.querySelectorAll(SEL)].filter((el) => {
    if (el.matches(':disabled')) return false;
    const ti = el.getAttribute('tabindex');
    if (ti !== null && ti.trim() !== '' && Number(ti) < 0) return false;
    if (el.closest('[inert]')) return false;
    if (el.tagName === 'AREA') return true;
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  });
  const deepActive = () => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const base = new Map(candidates.map((el) => [el, around(el)]));
  const extras: Element[] = [];
  window.__ptzKbd = {
    candidates,
    state(): KbdState {
      const a = deepActive();
      if (!a || a === document.body || a === document.documentElement) return { kind: 'none' };
      let idx = candidates.indexOf(a);
      let key: string;
      if (idx >= 0) key = `c${idx}`;
      else {
        let e = extras.indexOf(a);
        if (e < 0) e = extras.push(a) - 1;
        key = `x${e}`;
      }
      return { kind: 'el', idx, key, iframe: a.tagName === 'IFRAME', desc: describe(a) };
    },
    indicator(): KbdIndicator {
      const a = deepActive();
      if (!a || a === document.body) return { ok: true };
      if (a.tagName === 'IFRAME') return { ok: true, why: 'iframe (focus is inside it)' };
      const cs = getComputedStyle(a);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = !!cs.boxShadow && cs.boxShadow !== 'none';
      const b = base.get(a);
      const changed = b ? around(a).some((s, i) => s !== b[i]) : false;
      return { ok: outline || shadow || changed, outline, shadow, changed, desc: describe(a) };
    },
  };
  return candidates.map(describe);
};

async function keyboardProblems(page: Page): Promise<{ problems: string[]; notes: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  const candidates = await page.evaluate(KBD_SETUP);
  if (!candidates.length) return { problems: [], notes: ['no focusable controls'] };
  const problems: string[] = [];
  const reached = new Set<string>();
  const order: string[] = [];
  const maxPresses = Math.min(candidates.length * 2 + 30, 1500);
  let prevKey: string | null = null;
  let firstKey: string | null = null;
  let sameIframe = 0;
  let nones = 0;
  let wrapped = false;
  const noIndicator = new Map<string, string>();
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => window.__ptzKbd!.state());
    if (s.kind === 'none') {
      if (order.length) {
        wrapped = true;
        break;
      }
      if (++nones >= 3) break;
      continue;
    }
    if (s.key === prevKey) {
      if (s.iframe && ++sameIframe < 200) continue; // Tab is moving through the iframe's content
      if (!s.iframe) {
        problems.push(`focus trap: Tab does not move focus away from ${s.desc}`);
        break;
      }
    }
    sameIframe = 0;
    if (s.key === firstKey && candidates.every((_, j) => reached.has(`c${j}`))) {
      wrapped = true; // some browsers cycle straight back to the first control
      break;
    }
    if (reached.has(s.key)) {
      problems.push(`focus trap: Tab from ${order[order.length - 1]} went back to ${s.desc}, already visited (${order.length} stops)`);
      break;
    }
    firstKey ??= s.key;
    prevKey = s.key;
    reached.add(s.key);
    order.push(s.desc);
    // @ts-ignore
    let ind = await page.evaluate(() => window.__ptzKbd.indicator());
    if (!ind.ok) {
      // a focus style may be transitioning in: poll for the indicator (up to 2 s), never a fixed wait
      // @ts-ignore
      await page.waitForFunction(() => window.__ptzKbd.indicator().ok, null, { timeout: 2000 }).catch(() => {});
      // @ts-ignore
      ind = await page.evaluate(() => window.__ptzKbd.indicator());
    }
    if (!ind.ok) noIndicator.set(s.key, s.desc);
  }
  if (!wrapped && !problems.length)
    problems.push(`focus never left the page after ${maxPresses} Tab presses (possible trap); last: ${order[order.length - 1]}`);
  const missed = candidates.filter((_, i) => !reached.has(`c${i}`));
  if (missed.length)
    problems.push(`not reached by Tab (${missed.length} of ${candidates.length}): ${missed.slice(0, 12).join('; ')}${missed.length > 12 ? ' ...' : ''}`);
  for (const desc of noIndicator.values()) problems.push(`focus not visible on ${desc}: outline none, no box-shadow, no style change on focus`);
  return { problems, notes: [`${reached.size} stops, ${candidates.length} controls`] };
}

// ---------------------------------------------------------------- page

function frameCheck() {
  const markers = ['ptz-xss-q', 'ptz-xss-chart', 'ptz-xss-param', 'ptz-xss-hash'];
  const found = markers.filter((id) => document.getElementById(id));
  const handlers = [...document.querySelectorAll('[onerror], [onload]')]
    .filter((el) => /alert\(/.test((el.getAttribute('onerror') ?? '') + (el.getAttribute('onload') ?? '')))
    .map((el) => el.outerHTML.slice(0, 80));
  const imgX = [...document.images].filter((i) => i.getAttribute('src') === 'x').length;
  return { found, handlers, imgX };
}

/**
 * All browser gates for one page. `gates` is a Set of gate names to run.
 */
interface PageRun {
  browser: Browser;
  origin: string;
  reporter: Reporter;
  gates: Set<string>;
}

async function testPage({ browser, origin, page: pg, reporter, gates }: PageRun & { page: SitePage }): Promise<void> {
  const url = origin + pg.urlPath;
  const want = (g: string) => gates.has(g);
  const { context, offsite } = await guardedContext(browser, [origin], { viewport: VIEWPORT });
  const errors: string[] = [];
  try {
    // ---- with JavaScript: errors, offsite, a11y, keyboard
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') {
        const loc = m.location();
        errors.push(`console.error: ${m.text().slice(0, 300)}${loc?.url ? ` (${loc.url.replace(origin, '')}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (e) => errors.push(`uncaught ${e.name}: ${e.message.slice(0, 300)}`));
    page.on('dialog', (d) => {
      errors.push(`unexpected ${d.type()} dialog: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    let loaded = true;
    try {
      const resp = await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT });
      if (resp && resp.status() >= 400 && pg.urlPath !== '/404.html') errors.push(`HTTP ${resp.status()} for ${pg.urlPath}`);
    } catch (err) {
      loaded = false;
      errors.push(`navigation failed: ${firstLine(err)}`);
    }
    if (loaded) {
      await settle(page);
      await scrollThrough(page);
      await settle(page);
      for (const scheme of ['light', 'dark'] as const) {
        const gate = `a11y-${scheme}`;
        if (!want(gate)) continue;
        await page.emulateMedia({ colorScheme: scheme });
        await waitForAnimations(page);
        try {
          reporter.check(gate, pg.urlPath, await runAxe(page));
        } catch (err) {
          reporter.fail(gate, pg.urlPath, [`axe failed to run: ${firstLine(err)}`]);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      if (want('keyboard')) {
        try {
          const { problems, notes } = await keyboardProblems(page);
          reporter.check('keyboard', pg.urlPath, problems, notes);
        } catch (err) {
          reporter.fail('keyboard', pg.urlPath, [`keyboard test failed to run: ${firstLine(err)}`]);
        }
      }
      await page.waitForTimeout(100);
    } else {
      for (const g of ['a11y-light', 'a11y-dark', 'keyboard']) if (want(g)) reporter.fail(g, pg.urlPath, ['page did not load']);
    }
    await page.close();

    // ---- xss: parameters and hash written as HTML?
    if (want('xss')) {
      const xpage = await context.newPage();
      const dialogs: string[] = [];
      const thrown: string[] = [];
      const xRequests: string[] = [];
      xpage.on('dialog', (d) => {
        dialogs.push(`${d.type()}(${d.message()})`);
        d.dismiss().catch(() => {});
      });
      xpage.on('pageerror', (e) => thrown.push(`${e.name}: ${e.message.slice(0, 200)}`));
      xpage.on('request', (r) => {
        if (/\/x$/.test(new URL(r.url()).pathname)) xRequests.push(r.url().replace(origin, ''));
      });
      const problems: string[] = [];
      try {
        await xpage.goto(xssUrl(url), { waitUntil: 'load', timeout: NAV_TIMEOUT });
        await settle(xpage);
        await xpage.waitForTimeout(300);
        for (const frame of xpage.frames()) {
          const r = await frame.evaluate(frameCheck).catch(() => null);
          if (!r) continue;
          const where = frame === xpage.mainFrame() ? '' : ` in frame ${frame.url().replace(origin, '')}`;
          for (const id of r.found) problems.push(`payload element #${id} exists in the DOM${where}`);
          for (const h of r.handlers) problems.push(`element with an inline handler exists${where}: ${h}`);
          if (r.imgX) problems.push(`${r.imgX} <img src="x"> from the payload${where}`);
        }
      } catch (err) {
        problems.push(`navigation failed: ${firstLine(err)}`);
      }
      for (const d of dialogs) problems.push(`a dialog opened: ${d}`);
      for (const t of thrown) problems.push(`an error was thrown: ${t}`);
      for (const r of xRequests) problems.push(`the payload's <img src=x> was requested: ${r}`);
      reporter.check('xss', pg.urlPath, problems);
      await xpage.close();
    }
    await context.close();

    // ---- without JavaScript
    const nojs = await guardedContext(browser, [origin], { viewport: VIEWPORT, javaScriptEnabled: false });
    try {
      const npage = await nojs.context.newPage();
      const problems: string[] = [];
      try {
        await npage.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT });
        await npage.evaluate(KEEP_NAMES_SHIM);
        const r = await npage.evaluate(() => {
          const main = document.querySelector('main');
          const caption = (f: Element) => {
            const t = f.querySelector('figcaption')?.textContent?.trim().slice(0, 40);
            return t ? ` "${t}"` : '';
          };
          const figs = [...document.querySelectorAll('figure[data-static]')].map((f) => ({
            desc: f.id ? `figure#${f.id}` : `figure[data-static="${f.getAttribute('data-static')}"]` + caption(f),
            // An inline <svg>, or a static SVG image that actually loaded (the maps' no-JS fallback).
            svg:
              !!f.querySelector('svg') ||
              [...f.querySelectorAll('img')].some((i) => /\.svg(\?|$)/.test(i.currentSrc || i.src) && i.complete && i.naturalWidth > 0),
          }));
          return { hasMain: !!main, text: main ? main.innerText.trim().length : 0, figs };
        });
        if (!r.hasMain) problems.push('no <main> element');
        else if (!r.text) problems.push('<main> has no text without JavaScript');
        for (const f of r.figs) if (!f.svg) problems.push(`${f.desc} has data-static but no <svg> (inline or a loaded SVG image) without JavaScript`);
      } catch (err) {
        problems.push(`navigation failed: ${firstLine(err)}`);
      }
      if (want('nojs')) reporter.check('nojs', pg.urlPath, problems);
      for (const u of nojs.offsite) if (!offsite.includes(u)) offsite.push(u);
    } finally {
      await nojs.context.close();
    }
  } catch (err) {
    errors.push(`test harness error: ${firstLine(err)}`);
    await context.close().catch(() => {});
  }
  if (want('offsite'))
    reporter.check(
      'offsite',
      pg.urlPath,
      offsite.map((u) => `request off the site (blocked): ${u}`),
    );
  if (want('errors')) reporter.check('errors', pg.urlPath, errors);
}

export const BROWSER_GATES = ['a11y-light', 'a11y-dark', 'keyboard', 'offsite', 'errors', 'nojs', 'xss'];

export async function runBrowserGates({
  browser,
  origin,
  pages,
  reporter,
  concurrency = 2,
  gates = new Set(BROWSER_GATES),
}: Omit<PageRun, 'gates'> & { pages: SitePage[]; concurrency?: number; gates?: Set<string> }): Promise<void> {
  await mapLimit(pages, concurrency, (pg) => testPage({ browser, origin, page: pg, reporter, gates }));
}
