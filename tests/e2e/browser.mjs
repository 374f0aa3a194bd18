// Launch Debian's Chromium through playwright-core, and keep every request on the machine.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export async function launchBrowser() {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's: apt-get update && apt-get install -y chromium fonts-noto-cjk, ` +
        'or set CHROME_PATH.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * New context whose requests to any origin but `allowed` are recorded and
 * aborted (nothing leaves the machine). Returns { context, offsite: [urls] }.
 */
export async function guardedContext(browser, allowedOrigins, options = {}) {
  const allowed = new Set(allowedOrigins);
  const offsite = [];
  const note = (url) => {
    if (!offsite.includes(url)) offsite.push(url);
  };
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const isAllowed = (url) => {
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
