// What the browser-driven test files (story, finder, exits-map, teach, images-print, embeds) share: a check
// that turns a thrown error into a problem, axe run in the page, and a watch on a page's errors.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { guardedContext, launchBrowser } from '../../scripts/lib/chromium.ts';
import { LOCALES, localePath, type Locale } from '../../src/lib/i18n.ts';
import { AXE_TAGS } from './browser-gates.ts';
import { firstLine, REPO, Reporter } from './common.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js'), 'utf8');

export type CheckBody = (problems: string[], notes: string[]) => Promise<void>;

/** A check function for one gate: runs the body, reports PASS with its notes or FAIL with its problems (a throw is one). */
export function checker(reporter: Reporter, gate: string): (target: string, fn: CheckBody) => Promise<void> {
  return async (target, fn) => {
    const problems: string[] = [];
    const notes: string[] = [];
    try {
      await fn(problems, notes);
    } catch (err) {
      problems.push(firstLine(err));
    }
    reporter.check(gate, target, problems, notes);
  };
}

/** axe-core (WCAG 2.2 A/AA tags) on the page as it is now: one line per violation. */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(`typeof window.axe === 'object'`))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // @ts-expect-error injected
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
  }, AXE_TAGS);
}

/**
 * Waits until no finite CSS transition or animation is running on the page (a state, polled; never a
 * fixed time), e.g. before reading computed opacities after a scroll. Gives up after `timeout` ms and
 * lets the caller's assertion report what it sees.
 */
export async function animationsDone(page: Page, timeout = 10_000): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), null, {
      timeout,
      polling: 'raf',
    })
    .catch(() => {});
}

/** Collects a page's uncaught exceptions, console errors and dialogs (dismissed) as problems. */
export function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return errors;
}

/** Options every browser test file takes when run alone. */
export interface BrowserTestOptions {
  browser: Browser;
  root: string;
  reporter: Reporter;
  /** a folder to write screenshots into, or none */
  screenshots?: string | null;
}

/**
 * Runs a browser test file on its own when it is the entry point (`npx tsx tests/e2e/<file>.ts [--root dir]
 * [--screenshots dir]`): one Chromium, the file's checks, and the runner's closing line `N passed, M failed`.
 */
export async function runAlone(moduleUrl: string, run: (o: BrowserTestOptions) => Promise<void>): Promise<void> {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  const args = process.argv.slice(2);
  const opt = (name: string): string | null => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? null) : null;
  };
  const root = path.resolve(opt('--root') ?? path.join(REPO, 'dist'));
  const reporter = new Reporter();
  const browser = await launchBrowser();
  try {
    await run({ browser, root, reporter, screenshots: opt('--screenshots') });
  } finally {
    await browser.close();
  }
  const c = reporter.counts();
  console.log(`${c.passed} passed, ${c.failed} failed`);
  process.exitCode = c.failed ? 1 : 0;
}

/** One view a screenshot set is taken in. */
export interface ScreenshotView {
  width: number;
  scheme: 'light' | 'dark';
  locale: Locale;
  /** The edition's path prefix: '' for the default one, '/zh' … */
  prefix: string;
}

/**
 * Takes a browser test file's screenshots (`--screenshots dir`): `shoot` runs once per view, a page each, at
 * 375 and 1280 px, light and dark, in every edition, in a fresh context that allows only the site's origin.
 */
export async function screenshotViews(
  browser: Browser,
  origin: string,
  dir: string,
  shoot: (page: Page, view: ScreenshotView) => Promise<void>,
  { phoneHeight = 800, reducedMotion = 'reduce' }: { phoneHeight?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [width, height] of [
    [375, phoneHeight],
    [1280, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const locale of LOCALES) {
        const ctx = await guardedContext(browser, [origin], { viewport: { width, height }, colorScheme: scheme, reducedMotion });
        try {
          await shoot(await ctx.context.newPage(), { width, scheme, locale, prefix: localePath(locale, '/').slice(0, -1) });
        } finally {
          await ctx.context.close();
        }
      }
    }
  }
}
