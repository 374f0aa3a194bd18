/**
 * Debian's Chromium through playwright-core, for the e2e gates, the benchmark and the screenshots:
 * one set of flags, and contexts that keep every request on the machine.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * tsx compiles with esbuild's `keepNames`, which wraps named functions in `__name(fn, "name")`. A
 * function passed to `page.evaluate` is sent as source, so the page needs its own `__name`: this
 * script defines it (as identity). Contexts from `guardedContext` get it in every frame; a page with
 * JavaScript disabled needs `page.evaluate(KEEP_NAMES_SHIM)` before the first function is evaluated.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** `$CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's: apt-get update && apt-get install -y chromium fonts-noto-cjk, ` + 'or set CHROME_PATH.',
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
}

/**
 * A new context whose requests to any origin but `allowedOrigins` are recorded in `offsite` and
 * aborted: nothing leaves the machine.
 */
export async function guardedContext(
  browser: Browser,
  allowedOrigins: readonly string[],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; offsite: string[] }> {
  const allowed = new Set(allowedOrigins);
  const offsite: string[] = [];
  const note = (url: string) => {
    if (!offsite.includes(url)) offsite.push(url);
  };
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  await context.addInitScript(KEEP_NAMES_SHIM);
  const isAllowed = (url: string) => {
    if (/^(data|blob|about|chrome-extension|devtools):/i.test(url)) return true;
    try {
      return allowed.has(new URL(url).origin);
    } catch {
      return false;
    }
  };
  await context.route(
    () => true,
    (route) => {
      const url = route.request().url();
      if (isAllowed(url)) return route.continue();
      note(url);
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (req) => {
    if (!isAllowed(req.url())) note(req.url());
  });
  context.on('page', (page) => {
    page.on('websocket', (ws) => {
      if (!isAllowed(ws.url().replace(/^ws/, 'http'))) note(ws.url());
    });
  });
  return { context, offsite };
}

/**
 * Scrolls the story so that step `id` sits on the scrolly trigger line (src/lib/scrolly.ts: the
 * middle of the viewport on wide screens, low on phones), then gives the scene time to apply.
 */
export async function scrollToStep(page: import('playwright-core').Page, id: string): Promise<void> {
  await page.$eval(`#${id}`, (e) => {
    const narrow = matchMedia('(max-width: 59.99rem)').matches;
    const r = e.getBoundingClientRect();
    scrollBy(0, r.top + Math.min(r.height / 2, 40) - innerHeight * (narrow ? 0.73 : 0.5));
  });
  await page.waitForFunction((want) => location.hash === `#${want}`, id, { timeout: 5000 });
  await page.waitForTimeout(300);
}
