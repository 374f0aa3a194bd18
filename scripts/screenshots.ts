#!/usr/bin/env node
// Screenshots of the built site for review: every page given (default: story, charts, sources),
// at 375 and 1280 px, in light and dark. Scroll positions are taken at each story step.
//   tsx scripts/screenshots.ts [--out dir] [--steps] [--match prefix] [path ...]
// (--match: only the steps whose id starts with prefix, e.g. areas-)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './serve.ts';
import { KEEP_NAMES_SHIM, launchBrowser, scrollToStep } from './lib/chromium.ts';

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = path.resolve(outIdx >= 0 ? (args.splice(outIdx, 2)[1] ?? 'screenshots') : 'screenshots');
const steps = args.includes('--steps');
const matchIdx = args.indexOf('--match');
const match = matchIdx >= 0 ? (args.splice(matchIdx, 2)[1] ?? '') : '';
const paths = args.filter((a) => !a.startsWith('--'));
const pages = paths.length ? paths : ['/', '/zh/', '/charts/', '/zh/sources/'];
mkdirSync(out, { recursive: true });
const server = await startServer({ root: path.resolve('dist') });
const browser = await launchBrowser();
try {
  for (const p of pages)
    for (const width of [375, 1280])
      for (const scheme of ['light', 'dark'] as const) {
        const ctx = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 860 }, colorScheme: scheme, deviceScaleFactor: 1 });
        await ctx.addInitScript(KEEP_NAMES_SHIM);
        const page = await ctx.newPage();
        await page.goto(server.origin + p, { waitUntil: 'networkidle' });
        const name = `${p.replace(/\//g, '_') || 'root'}-${width}-${scheme}`;
        if (steps) {
          const ids = (await page.$$eval('.step[id]', (els) => els.map((e) => e.id))).filter((id) => id.startsWith(match));
          for (const id of ids) {
            await scrollToStep(page, id);
            // the areas map's zoom and its label's fade take 700 ms
            await page.waitForTimeout(id.startsWith('areas-') ? 1000 : 400);
            await page.screenshot({ path: path.join(out, `${name}-${id}.png`) });
          }
        } else {
          await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
        }
        await ctx.close();
      }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
