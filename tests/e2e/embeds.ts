// The embeds as a teacher's page gets them (dist/ only; SKIP on a site without embeds):
//   links      every <a href> (HTML and SVG) in every built embed page opens outside the frame
//              (target _blank with rel noopener, or _top): the pages they lead to forbid framing;
//   links-dom  the same in the final DOM of every embed once its scripts have run (the class-based
//              maps, captions), and a link a script inserts later is fixed too (src/client/embed-frame.ts);
//   height     in a 640 px column and a 1000 px one (past the embed's 800 px cap), with no host script
//              (embed.js stripped, as many school CMSs do), every embed's content fits the iframe height
//              its code gives (oEmbed's html, the same code as the gallery's): nothing is cut, nothing
//              scrolls inside;
//   theme      ?theme=light under prefers-color-scheme: dark gives the light page, ?theme=dark under
//              light the dark one, ?theme=bogus changes nothing; the maps' painted images follow;
//   csv        every /data/*.csv starts with a UTF-8 byte-order mark and still parses (header intact);
//   oembed     every oEmbed answer has thumbnail_url/width/height naming the chart's PNG at its real
//              size, and a height equal to its iframe's.
//
// Alone: npx tsx tests/e2e/embeds.ts [--root dist] [--screenshots dir]
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Frame, Page as PwPage } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { guardedContext } from '../../scripts/lib/chromium.ts';
import { settledHeight } from '../../scripts/lib/embed-measure.ts';
import { embedPages } from '../../scripts/measure-embeds.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { pngHeader } from './images-print.ts';
import { checker, runAlone, watch, type BrowserTestOptions } from './browser-helpers.ts';
import { Reporter, attr, elements, parseHtmlFile } from './common.ts';

const GATE = 'embeds';
const COLUMN = 640;
/** Columns the iframe-only code must fit: the typical one its height is chosen for, and a wide one. */
const COLUMNS = [COLUMN, 1000];
const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(20, 20, 19)';

/** Problems with one link's target: it must leave the frame. */
function linkProblem(target: string | null | undefined, rel: string | null | undefined): string | null {
  if (target === '_top') return null;
  if (target !== '_blank') return `target=${target ?? '(none)'}`;
  if (!(rel ?? '').toLowerCase().split(/\s+/).includes('noopener')) return `target=_blank without rel=noopener (rel=${rel ?? '(none)'})`;
  return null;
}

/** The static gate: every <a> with an href in the built HTML of every embed. */
export function checkEmbedLinksStatic(root: string, reporter: Reporter): void {
  for (const e of embedPages(root)) {
    const file = path.join(root, e.urlPath, 'index.html');
    const problems: string[] = [];
    let n = 0;
    for (const el of elements(parseHtmlFile(file))) {
      if (el.tagName !== 'a') continue;
      const href = attr(el, 'href') ?? attr(el, 'xlink:href');
      if (href === undefined) continue;
      n++;
      const p = linkProblem(attr(el, 'target'), attr(el, 'rel'));
      if (p) problems.push(`line ${el.sourceCodeLocation?.startLine ?? '?'}: <a href="${href}"> ${p}`);
    }
    if (!n) problems.push('no links at all (the source line and credits are missing?)');
    reporter.check(`${GATE}-links`, e.urlPath, problems, [`${n} links, each opens outside the frame`]);
  }
}

/** Every link in a page's (or frame's) DOM as it is now, with its problem if any. */
async function domLinks(target: PwPage | Frame) {
  return target.evaluate(() =>
    [...document.querySelectorAll('a[href], a[*|href]')].map((a) => ({
      href: a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '',
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
      svg: a.namespaceURI === 'http://www.w3.org/2000/svg',
    })),
  );
}

/** The CSV gate: byte-order mark, and the header parses without it leaking into the first column. */
export function checkCsv(root: string, reporter: Reporter): void {
  const dir = path.join(root, 'data');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
  if (!files.length) return void reporter.skip(`${GATE}-csv`, '/data/*.csv', ['no CSV downloads in this site (SKIP, not PASS)']);
  for (const f of files) {
    const buf = readFileSync(path.join(dir, f));
    const problems: string[] = [];
    if (!(buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf))
      problems.push(`starts with ${buf.subarray(0, 3).toString('hex')}, not the UTF-8 byte-order mark efbbbf (Excel on Windows garbles the Chinese names)`);
    const rows = parseCsv(buf.toString('utf8'));
    const first = rows.columns[0] ?? '';
    if (!/^[a-z][a-z0-9_]*$/.test(first)) problems.push(`first column parses as ${JSON.stringify(first)}`);
    if (!rows.length) problems.push('no rows');
    if (buf.subarray(3).includes(Buffer.from([0xef, 0xbb, 0xbf]))) problems.push('a second byte-order mark inside the file');
    reporter.check(`${GATE}-csv`, `/data/${f}`, problems, [`BOM, ${rows.length} rows, columns ${rows.columns.slice(0, 3).join(', ')}…`]);
  }
}

/** The oEmbed gate: thumbnails at the PNG's real size; the answer's height is its iframe's. */
export function checkOembed(root: string, reporter: Reporter): void {
  const dir = path.join(root, 'oembed');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  if (!files.length) return void reporter.skip(`${GATE}-oembed`, '/oembed/*.json', ['no oEmbed answers in this site (SKIP, not PASS)']);
  for (const f of files) {
    const o = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;
    const problems: string[] = [];
    const slug = f.replace(/(-zh)?\.json$/, '');
    const locale = f.endsWith('-zh.json') ? 'zh' : 'en';
    let png: string | null = null;
    try {
      const u = new URL(String(o.thumbnail_url));
      if (!/^https?:$/.test(u.protocol)) problems.push(`thumbnail_url ${u.href} is not http(s)`);
      if (u.pathname !== `/charts/${slug}-${locale}.png`) problems.push(`thumbnail_url ${u.href} is not /charts/${slug}-${locale}.png`);
      png = path.join(root, u.pathname);
      if (o.provider_url && u.origin !== new URL(String(o.provider_url)).origin)
        problems.push(`thumbnail_url ${u.origin} is not the provider's origin ${o.provider_url}`);
    } catch {
      problems.push(`thumbnail_url ${JSON.stringify(o.thumbnail_url)} is not an absolute URL`);
    }
    if (png && !existsSync(png)) problems.push(`${path.relative(root, png)} does not exist`);
    else if (png) {
      const h = pngHeader(readFileSync(png));
      if (h.problem !== undefined) problems.push(`${path.relative(root, png)}: ${h.problem}`);
      else if (h.width !== o.thumbnail_width || h.height !== o.thumbnail_height)
        problems.push(`thumbnail ${o.thumbnail_width}×${o.thumbnail_height}, but the PNG is ${h.width}×${h.height}`);
    }
    const iframeHeight = /<iframe [^>]*\bheight="(\d+)"/.exec(String(o.html))?.[1];
    if (Number(iframeHeight) !== o.height) problems.push(`height ${o.height}, but the iframe in html is ${iframeHeight} high`);
    reporter.check(`${GATE}-oembed`, `/oembed/${f}`, problems, [`thumbnail ${o.thumbnail_width}×${o.thumbnail_height}, height ${o.height}`]);
  }
}

/** The code a teacher pastes into a page that strips scripts: the oEmbed html without its <script>. */
function iframeOnlyCode(root: string, slug: string, locale: string): string | null {
  const file = path.join(root, 'oembed', `${slug}${locale === 'zh' ? '-zh' : ''}.json`);
  if (!existsSync(file)) return null;
  const html = String((JSON.parse(readFileSync(file, 'utf8')) as { html?: unknown }).html ?? '');
  return html.replace(/<script\b[^>]*>\s*<\/script>/g, '').trim();
}

export async function runEmbedTests({ browser, root, reporter, screenshots = null }: BrowserTestOptions): Promise<void> {
  const embeds = embedPages(root);
  if (!embeds.length) return void reporter.skip(GATE, '/embed/', ['no embed pages in this site (SKIP, not PASS)']);
  checkEmbedLinksStatic(root, reporter);
  checkCsv(root, reporter);
  checkOembed(root, reporter);

  const check = checker(reporter, GATE);
  const server = await startServer({ root });
  const tmp = mkdtempSync(path.join(tmpdir(), 'ptz-embeds-'));
  const host = await startServer({ root: tmp, headers: false });
  const o = server.origin;
  const contexts = [
    await guardedContext(browser, [o], { viewport: { width: COLUMN, height: 900 }, reducedMotion: 'reduce' }),
    await guardedContext(browser, [o, host.origin], { viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' }),
    await guardedContext(browser, [o], { viewport: { width: COLUMN, height: 900 }, reducedMotion: 'reduce', colorScheme: 'dark' }),
    await guardedContext(browser, [o], { viewport: { width: COLUMN, height: 900 }, reducedMotion: 'reduce', colorScheme: 'light' }),
  ];
  const [plain, hosted, dark, light] = [0, 1, 2, 3].map((i) => contexts[i]!.context) as [BrowserContext, BrowserContext, BrowserContext, BrowserContext];
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  try {
    // ---- links in the final DOM, after the embed's scripts
    let total = 0;
    for (const e of embeds) {
      await check(`links-dom ${e.urlPath}`, async (problems, notes) => {
        const page = await plain.newPage();
        const errors = watch(page);
        await page.goto(o + e.urlPath, { waitUntil: 'load' });
        await settledHeight(page);
        const links = await domLinks(page);
        for (const l of links) {
          const p = linkProblem(l.target, l.rel);
          if (p) problems.push(`${l.svg ? 'SVG ' : ''}<a href="${l.href}"> ${p}`);
        }
        if (!links.length) problems.push('no links in the DOM');
        total += links.length;
        notes.push(`${links.length} links (${links.filter((l) => l.svg).length} in SVG), each opens outside the frame`);
        problems.push(...errors);
        await page.close();
      });
    }
    reporter.info(`embeds: ${total} links in ${embeds.length} embeds checked in the DOM`);

    await check('links-dom a link a script inserts (HTML and SVG) is fixed', async (problems) => {
      const page = await plain.newPage();
      await page.goto(o + embeds[0]!.urlPath, { waitUntil: 'load' });
      await settledHeight(page);
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '/sources/#inserted';
        a.id = 'inserted-html';
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const sa = document.createElementNS('http://www.w3.org/2000/svg', 'a');
        sa.setAttribute('href', '/sources/#inserted-svg');
        sa.id = 'inserted-svg';
        svg.append(sa);
        const wrap = document.createElement('p');
        wrap.append(a, svg);
        document.querySelector('main')!.append(wrap);
      });
      const fixed = await page
        .waitForFunction(() => ['inserted-html', 'inserted-svg'].every((id) => document.getElementById(id)?.getAttribute('target') === '_blank'), null, {
          timeout: 3000,
          polling: 50,
        })
        .then(() => true)
        .catch(() => false);
      if (!fixed)
        problems.push(
          `inserted links were not given target=_blank: ${JSON.stringify(await domLinks(page).then((ls) => ls.filter((l) => l.href.includes('inserted'))))}`,
        );
      await page.close();
    });

    // ---- heights without a host script, in a 640 px column and a wide one
    for (const column of COLUMNS)
      for (const e of embeds) {
        await check(`height ${e.urlPath} fits its code in a ${column} px column without embed.js`, async (problems, notes) => {
          const code = iframeOnlyCode(root, e.slug, e.locale);
          if (!code) return void problems.push(`no oEmbed answer for ${e.slug} (${e.locale}) to take the code from`);
          const src = /\ssrc="([^"]+)"/.exec(code)?.[1] ?? '';
          const codeHeight = Number(/\sheight="(\d+)"/.exec(code)?.[1]);
          const local = code.replace(src, o + new URL(src.replaceAll('&amp;', '&')).pathname);
          const file = `${column}-${e.locale}-${e.slug}.html`;
          writeFileSync(
            path.join(tmp, file),
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A teacher's page</title>` +
              `<style>body{margin:0;font:16px/1.5 serif}main{width:${column}px;margin:0 auto}</style></head>` +
              `<body><main><h1>Lesson</h1><p>A paragraph before the chart.</p>${local}<p>After the chart.</p></main></body></html>`,
          );
          const page = await hosted.newPage();
          await page.goto(`${host.origin}/${file}`, { waitUntil: 'load' });
          const frame = await (await page.waitForSelector('iframe'))?.contentFrame();
          if (!frame) return void problems.push('the iframe did not load');
          await frame.waitForLoadState('load');
          const content = await settledHeight(frame);
          const box = await frame.evaluate(() => ({ w: innerWidth, h: innerHeight, scroll: document.documentElement.scrollHeight }));
          if (box.w !== column) problems.push(`the iframe is ${box.w} px wide, not ${column}`);
          if (box.h !== codeHeight) problems.push(`the iframe is ${box.h} px high, its code says ${codeHeight}`);
          if (content > box.h || box.scroll > box.h)
            problems.push(
              `content ${Math.max(content, box.scroll)} px > iframe ${box.h} px: ${Math.max(content, box.scroll) - box.h} px cut off (run npm run measure:embeds and rebuild)`,
            );
          notes.push(`content ${content} px in an iframe of ${box.h} px (${box.h - content} px to spare)`);
          if (screenshots && e.slug === 'contiguous-areas' && e.locale === 'en')
            await page.screenshot({ path: path.join(screenshots, `host-noscript-${column}.png`), fullPage: true });
          await page.close();
        });
      }

    // ---- ?theme=
    const bg = async (page: PwPage) =>
      page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        theme: document.documentElement.dataset.theme ?? null,
        scheme: getComputedStyle(document.documentElement).colorScheme,
      }));
    const themed = async (context: BrowserContext, urlPath: string, want: { bg: string; theme: string | null }, problems: string[], shot?: string) => {
      const page = await context.newPage();
      const errors = watch(page);
      await page.goto(o + urlPath, { waitUntil: 'load' });
      await settledHeight(page);
      const s = await bg(page);
      if (s.bg !== want.bg) problems.push(`${urlPath}: background ${s.bg}, want ${want.bg}`);
      if (s.theme !== want.theme) problems.push(`${urlPath}: data-theme ${s.theme}, want ${want.theme}`);
      const img = await page.$$eval('picture img', (imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc));
      const wrongImage = img.filter((src) => (want.bg === LIGHT_BG ? /-dark\.svg/ : /-light\.svg/).test(src));
      if (wrongImage.length) problems.push(`${urlPath}: painted image of the other theme: ${wrongImage.join(' ')}`);
      if (shot && screenshots) await page.screenshot({ path: path.join(screenshots, shot), fullPage: true });
      problems.push(...errors);
      await page.close();
    };
    const first = embeds.find((e) => e.slug === 'poor-population') ?? embeds[0]!;
    const map = embeds.find((e) => e.slug === 'county-exits-map' && e.locale === 'zh') ?? first;
    await check('theme the dark scheme applies without ?theme= (so the checks below can fail)', async (problems) => {
      await themed(dark, first.urlPath, { bg: DARK_BG, theme: null }, problems);
    });
    await check('theme ?theme=light under prefers-color-scheme: dark gives the light page', async (problems) => {
      await themed(dark, `${first.urlPath}?theme=light`, { bg: LIGHT_BG, theme: 'light' }, problems, 'theme-light-under-dark.png');
      await themed(dark, `${map.urlPath}?theme=light&year=2017`, { bg: LIGHT_BG, theme: 'light' }, problems, 'theme-light-under-dark-map.png');
    });
    await check('theme the painted map images follow ?theme= (class-based maps held back)', async (problems, notes) => {
      // Hold the class-based maps back, so that the <picture> fallbacks stay: each must show the forced theme's image.
      for (const [context, theme, other] of [
        [dark, 'light', 'dark'],
        [light, 'dark', 'light'],
      ] as const) {
        for (const e of embeds.filter((x) => x.slug === 'county-exits-map' || x.slug === 'contiguous-areas')) {
          const page = await context.newPage();
          await page.route(/\/maps\/(counties|areas\/(en|zh))\.svg$/, (r) => r.abort());
          await page.goto(`${o}${e.urlPath}?theme=${theme}`, { waitUntil: 'load' });
          await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5000 });
          await page.waitForFunction(() => [...document.querySelectorAll('picture img')].every((i) => (i as HTMLImageElement).complete), null, {
            timeout: 5000,
          });
          const srcs = await page.$$eval('picture img', (imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc));
          if (!srcs.length) problems.push(`${e.urlPath}: no painted image to check`);
          for (const src of srcs)
            if (!src.includes(`-${theme}.svg`) || src.includes(`-${other}.svg`)) problems.push(`${e.urlPath}?theme=${theme}: the painted image is ${src}`);
          notes.push(`${e.urlPath}?theme=${theme}: ${srcs.map((x) => x.replace(o, '')).join(' ')}`);
          await page.close();
        }
      }
    });
    await check('theme ?theme=dark under prefers-color-scheme: light gives the dark page', async (problems) => {
      await themed(light, `${first.urlPath}?theme=dark`, { bg: DARK_BG, theme: 'dark' }, problems);
    });
    await check('theme ?theme=bogus (and other values) changes nothing', async (problems) => {
      for (const v of ['bogus', 'Light', 'light%20', '%3Cscript%3E', 'auto']) {
        await themed(dark, `${first.urlPath}?theme=${v}`, { bg: DARK_BG, theme: null }, problems);
        await themed(light, `${first.urlPath}?theme=${v}`, { bg: LIGHT_BG, theme: null }, problems);
      }
    });
    for (const c of contexts) if (c.offsite.length) reporter.fail(GATE, 'offsite', c.offsite);
  } finally {
    for (const c of contexts) await c.context.close().catch(() => {});
    await server.close();
    await host.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await runAlone(import.meta.url, runEmbedTests);
