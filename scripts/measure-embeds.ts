#!/usr/bin/env node
/**
 * `npm run measure:embeds`: builds the site, then measures how tall every embed is in Chromium
 * (/embed/<chart>/ and /zh/embed/<chart>/) at 375, 640, 720 and 800 px wide, with its scripts and
 * without, once it has settled (scripts/lib/embed-measure.ts), and writes src/site/embed-heights.json.
 * src/site/embed-code.ts gives each embed code the tallest height from 640 px (a typical content
 * column of a school site) to 800 px (where the embed's content stops growing: .embed-main is capped
 * at 50rem, and the maps grow with their width) plus a margin, so that an iframe fits without
 * embed.js in any column 640 px wide or wider; 375 px (a phone) is recorded for reference.
 * When the heights changed, the site is built again so that the embed codes carry them.
 *
 *   tsx scripts/measure-embeds.ts [--root dist] [--no-rebuild]
 *
 * Re-run it after changing an embed's content or styles; the e2e gate `embeds` fails when a
 * committed height no longer fits (nothing may be cut off without a host script).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startServer } from './serve.ts';
import { guardedContext, KEEP_NAMES_SHIM, launchBrowser } from './lib/chromium.ts';
import { settledHeight, type EmbedPage } from './lib/embed-measure.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HEIGHTS_FILE = path.join(REPO, 'src', 'site', 'embed-heights.json');
export const WIDTHS = [375, 640, 720, 800] as const;

/** Every embed page of a built site, English first. */
export function embedPages(root: string): EmbedPage[] {
  const out: EmbedPage[] = [];
  for (const [locale, dir] of [
    ['en', 'embed'],
    ['zh', 'zh/embed'],
  ] as const) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const slug of readdirSync(abs).sort()) {
      if (existsSync(path.join(abs, slug, 'index.html'))) out.push({ slug, locale, urlPath: `/${dir}/${slug}/` });
    }
  }
  return out;
}

type Heights = Record<string, Record<string, Record<string, number>>>;

export async function measureEmbeds(browser: Browser, root: string, log: (l: string) => void = console.log): Promise<Heights> {
  const pages = embedPages(root);
  if (!pages.length) throw new Error(`no embed pages under ${root}: build the site first`);
  const server = await startServer({ root });
  const out: Heights = {};
  try {
    for (const width of WIDTHS) {
      const ctx = { viewport: { width, height: 600 }, reducedMotion: 'reduce' as const };
      const withJs = await guardedContext(browser, [server.origin], ctx);
      const noJs = await guardedContext(browser, [server.origin], { ...ctx, javaScriptEnabled: false });
      try {
        for (const e of pages) {
          const measure = async (context: typeof withJs.context, scripting: boolean) => {
            const page = await context.newPage();
            try {
              await page.goto(server.origin + e.urlPath, { waitUntil: 'load' });
              if (!scripting) await page.evaluate(KEEP_NAMES_SHIM);
              return await settledHeight(page, { scripting });
            } finally {
              await page.close();
            }
          };
          const js = await measure(withJs.context, true);
          const nojs = await measure(noJs.context, false);
          ((out[e.slug] ??= {})[e.locale] ??= {})[String(width)] = Math.max(js, nojs);
          log(`${String(width).padStart(4)} px  ${e.urlPath.padEnd(34)} ${js} px with scripts, ${nojs} px without`);
        }
        const offsite = [...withJs.offsite, ...noJs.offsite];
        if (offsite.length) throw new Error(`requests left the machine: ${offsite.join(' ')}`);
      } finally {
        await withJs.context.close();
        await noJs.context.close();
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--root');
  const root = path.resolve(i >= 0 ? args[i + 1]! : path.join(REPO, 'dist'));
  const browser = await launchBrowser();
  let heights: Heights;
  try {
    heights = await measureEmbeds(browser, root);
  } finally {
    await browser.close();
  }
  const sorted = Object.fromEntries(
    Object.keys(heights)
      .sort()
      .map((k) => [k, heights[k]]),
  );
  const text =
    JSON.stringify(
      {
        about:
          'Content height (CSS px) of every embed once settled, at each width, the larger of with and without its scripts; written by `npm run measure:embeds` (scripts/measure-embeds.ts), read by src/site/embed-code.ts. Do not edit by hand.',
        widths: [...WIDTHS],
        charts: sorted,
      },
      null,
      2,
    ) + '\n';
  const before = existsSync(HEIGHTS_FILE) ? readFileSync(HEIGHTS_FILE, 'utf8') : '';
  if (before === text) console.log(`${path.relative(REPO, HEIGHTS_FILE)}: unchanged`);
  else {
    writeFileSync(HEIGHTS_FILE, text);
    console.log(`${path.relative(REPO, HEIGHTS_FILE)}: written`);
    if (!args.includes('--no-rebuild')) {
      console.log('The heights changed: building again so that the embed codes carry them.');
      execSync('npm run build', { cwd: REPO, stdio: 'inherit' });
    }
  }
}
