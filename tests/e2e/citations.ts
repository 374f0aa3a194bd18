// The citation boxes (src/components/CiteBox.astro, src/client/cite.ts) in a real Chromium, on the chart
// gallery (/charts/: APA 7 and MLA 9; /zh/charts/: GB/T 7714—2015) and the licence page (the site as a whole):
// every chart has a box with each style of its edition; the static page gives the build's day, said as such;
// the script puts in the reader's day (the browser's clock is set to a day that is not the build's, so the
// check can fail) in each style's form; Copy, by mouse and by keyboard (Tab from the link before it, a visible
// focus, Enter), puts the citation on the clipboard and says so in the box's live region; without a clipboard
// it selects the citation and says how to copy it; axe passes, light and dark. Every wait polls for a state.
//
// Alone: npx tsx tests/e2e/citations.ts [--root dist] [--screenshots dir]
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { guardedContext } from '../../scripts/lib/chromium.ts';
import { formatAccessed, isoDay, type CiteStyle, type Ymd } from '../../src/lib/cite-styles.ts';
import { formatDate } from '../../src/lib/format.ts';
import { strings } from '../../src/lib/i18n.ts';
import { axe, checker, runAlone, watch, type BrowserTestOptions } from './browser-helpers.ts';

const GATE = 'citations';
/** The reader's "today" in the browser: a day no build has, so a page still showing the build's day fails. */
const TODAY = new Date(2031, 4, 9, 10, 30);
const TODAY_YMD: Ymd = { year: 2031, month: 5, day: 9 };
const POLL = { timeout: 10_000 };

const EDITIONS = [
  { locale: 'en', path: '/charts/', licence: '/licence/' },
  { locale: 'zh', path: '/zh/charts/', licence: '/zh/licence/' },
] as const;

/** What each style's text must look like around its date. */
const SHAPE: Record<CiteStyle, (date: string) => RegExp> = {
  apa: (d) => new RegExp(`^.+\\. \\(n\\.d\\.\\)\\. .+ \\[(Chart|Map)\\]\\. Retrieved ${d}, from https?://\\S+$`),
  mla: (d) => new RegExp(`^“.+\\.” .+, \\S+\\. Accessed ${d}\\.$`),
  gbt: (d) => new RegExp(`^.+\\. .+\\[EB/OL\\]\\. \\[${d}\\]\\. https?://\\S+\\.$`),
};

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits until every citation box on the page has the reader's day (the script's mark on the box). */
async function waitForDates(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const boxes = [...document.querySelectorAll<HTMLElement>('[data-cite-box]')];
        return boxes.length > 0 && boxes.every((b) => b.dataset.citeDay);
      },
      null,
      POLL,
    );
  } catch {
    const state = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('[data-cite-box]')];
      const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((x) => x.src.split('/').pop());
      return `${boxes.filter((b) => b.dataset.citeDay).length} of ${boxes.length} boxes dated; readyState ${document.readyState}; scripts ${scripts.join(' ')}`;
    });
    throw new Error(`the script did not date the citations within ${POLL.timeout} ms: ${state}`);
  }
}

/** Waits until the live region of the box holding `buttonSel` says `text`; returns what it says. */
async function waitForStatus(page: Page, buttonSel: string, text: string): Promise<string> {
  await page
    .waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.closest('[data-cite-box]')?.querySelector('[data-cite-status]')?.textContent === want,
      [buttonSel, text] as const,
      POLL,
    )
    .catch(() => {});
  return page.$eval(buttonSel, (b) => b.closest('[data-cite-box]')?.querySelector('[data-cite-status]')?.textContent ?? '');
}

export async function runCitationTests({ browser, root, reporter, screenshots = null }: BrowserTestOptions): Promise<void> {
  const check = checker(reporter, GATE);
  if (!existsSync(path.join(root, 'charts', 'index.html'))) {
    reporter.skip(GATE, '/charts/', ['no chart gallery in this site (SKIP, not PASS)']);
    return;
  }
  const server = await startServer({ root });
  const o = server.origin;
  const wide = await guardedContext(browser, [o], { viewport: { width: 1280, height: 900 } });
  await wide.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: o });
  try {
    for (const ed of EDITIONS) {
      const L = strings(ed.locale).citeBox;
      const styles = L.styles.split(' ') as CiteStyle[];

      await check(`${ed.path} the build's day without the script, said as such`, async (problems) => {
        const ctx = await guardedContext(browser, [o], { javaScriptEnabled: false });
        const page = await ctx.context.newPage();
        await page.goto(`${o}${ed.path}`, { waitUntil: 'load' });
        const boxes = await page.$$eval('[data-cite-box]', (bs) =>
          bs.map((b) => ({
            note: b.querySelector('[data-cite-note]')?.textContent ?? '',
            dates: [...b.querySelectorAll('time[data-cite-date]')].map((t) => t.getAttribute('datetime')),
            buttons: [...b.querySelectorAll('button')].map((x) => (x as HTMLButtonElement).hidden),
          })),
        );
        const sections = await page.$$eval('section.gallery-item', (s) => s.length);
        if (!boxes.length || boxes.length !== sections) problems.push(`${boxes.length} citation boxes for ${sections} charts`);
        for (const [i, b] of boxes.entries()) {
          const day = b.dates[0] ?? '';
          if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || b.dates.some((d) => d !== day)) problems.push(`box ${i}: dates ${b.dates.join(', ')}`);
          const [y, m, d] = day.split('-').map(Number);
          if (!y || !m || !d) continue;
          if (b.note !== L.built(formatDate(day, ed.locale))) problems.push(`box ${i}: the note says "${b.note}", not that the date is the build's`);
          if (b.buttons.some((hidden) => !hidden)) problems.push(`box ${i}: a Copy button shows without JavaScript`);
        }
        await ctx.context.close();
      });

      await check(`${ed.path} each chart cited in ${styles.join(', ')}, dated today`, async (problems) => {
        const page = await wide.context.newPage();
        const errors = watch(page);
        await page.clock.setFixedTime(TODAY);
        await page.goto(`${o}${ed.path}`, { waitUntil: 'load' });
        await waitForDates(page);
        // the site's address (SITE_URL), which the citations carry: the canonical link's origin
        const site = new URL(await page.$eval('link[rel="canonical"]', (l) => (l as HTMLLinkElement).href)).origin;
        const slugs = await page.$$eval('section.gallery-item', (s) => s.map((x) => x.id));
        for (const slug of slugs) {
          for (const style of styles) {
            const sel = `#${slug}-cite-${style}`;
            const el = await page.$(sel);
            if (!el) {
              problems.push(`${slug}: no ${style} citation`);
              continue;
            }
            const text = norm(await el.textContent());
            const want = formatAccessed(style, TODAY_YMD);
            if (!SHAPE[style](want.replace(/[.[\]()]/g, '\\$&')).test(text))
              problems.push(`${slug} ${style}: "${text}" (want the shape of ${style}, accessed ${want})`);
            const url = `${new URL(ed.path, site).href}#${slug}`;
            if (!text.includes(style === 'mla' ? url.replace(/^https?:\/\//, '') : url)) problems.push(`${slug} ${style}: the address is not ${url}`);
            const dt = await page.$eval(`${sel} time`, (t) => t.getAttribute('datetime'));
            if (dt !== isoDay(TODAY_YMD)) problems.push(`${slug} ${style}: <time datetime="${dt}">`);
          }
          for (const other of (['apa', 'mla', 'gbt'] as const).filter((s) => !styles.includes(s))) {
            if (await page.$(`#${slug}-cite-${other}`)) problems.push(`${slug}: a ${other} citation on the ${ed.locale} page`);
          }
        }
        const notes = await page.$$eval('[data-cite-note]', (n) => [...new Set(n.map((x) => x.textContent))]);
        if (notes.length !== 1 || notes[0] !== L.today) problems.push(`the notes say ${JSON.stringify(notes)}, want "${L.today}"`);
        problems.push(...errors);
        await page.close();
      });

      await check(`${ed.path} Copy by mouse and by keyboard: clipboard and live region`, async (problems) => {
        const page = await wide.context.newPage();
        const errors = watch(page);
        await page.goto(`${o}${ed.path}`, { waitUntil: 'load' });
        await waitForDates(page);
        const slug = await page.$eval('section.gallery-item', (s) => s.id);
        const last = styles.at(-1)!;
        // by mouse, the last style of the first chart
        const btn = `[data-cite-copy="${slug}-cite-${last}"]`;
        await page.click(btn);
        const said = await waitForStatus(page, btn, L.copied);
        if (said !== L.copied) problems.push(`after a click the live region says "${said}", want "${L.copied}"`);
        const role = await page.$eval(btn, (b) => b.closest('[data-cite-box]')?.querySelector('[data-cite-status]')?.getAttribute('role'));
        if (role !== 'status') problems.push(`the live region has role ${role}`);
        const want = norm(await page.textContent(`#${slug}-cite-${last}`));
        const got = norm(await page.evaluate(() => navigator.clipboard.readText()));
        if (got !== want) problems.push(`clipboard has "${got}", want "${want}"`);
        // by keyboard: Tab from the chart's last link reaches the first Copy button, which shows focus; Enter copies
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await page.focus(`#${slug} .gallery-links li:last-child a`);
        await page.keyboard.press('Tab');
        const first = `${slug}-cite-${styles[0]}`;
        const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.citeCopy ?? document.activeElement?.tagName);
        if (focused !== first) problems.push(`Tab from the last link focuses ${focused}, not the first Copy button`);
        const ring = await page.$eval(`[data-cite-copy="${first}"]`, (b) => {
          const cs = getComputedStyle(b);
          return b.matches(':focus-visible') && cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
        });
        if (!ring) problems.push('the focused Copy button shows no focus outline');
        const name = await page.getAttribute(`[data-cite-copy="${first}"]`, 'aria-label');
        if (!name?.includes(L.copy)) problems.push(`the button's name "${name}" does not contain its text "${L.copy}"`);
        await page.keyboard.press('Enter');
        const firstBtn = `[data-cite-copy="${first}"]`;
        // the same message again: the region is cleared and refilled, so that it is announced again
        await page
          .waitForFunction(
            async (w) => (await navigator.clipboard.readText()).replace(/\s+/g, ' ').trim() === w,
            norm(await page.textContent(`#${first}`)),
            POLL,
          )
          .catch(() => {});
        const viaKey = norm(await page.evaluate(() => navigator.clipboard.readText()));
        if (viaKey !== norm(await page.textContent(`#${first}`))) problems.push(`Enter: clipboard has "${viaKey}"`);
        if ((await waitForStatus(page, firstBtn, L.copied)) !== L.copied) problems.push('Enter: nothing said');
        problems.push(...errors);
        await page.close();
      });

      await check(`${ed.path} without a clipboard: the citation is selected and the reader told`, async (problems) => {
        const page = await wide.context.newPage();
        const errors = watch(page);
        await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
        await page.goto(`${o}${ed.path}`, { waitUntil: 'load' });
        await waitForDates(page);
        const slug = await page.$eval('section.gallery-item', (s) => s.id);
        const btn = `[data-cite-copy="${slug}-cite-${styles[0]}"]`;
        await page.click(btn);
        const said = await waitForStatus(page, btn, L.copyFailed);
        if (said !== L.copyFailed) problems.push(`the live region says "${said}", want "${L.copyFailed}"`);
        const selected = norm(await page.evaluate(() => window.getSelection()?.toString()));
        const want = norm(await page.textContent(`#${slug}-cite-${styles[0]}`));
        if (selected !== want) problems.push(`selection is "${selected}", want the citation`);
        problems.push(...errors);
        await page.close();
      });

      await check(`${ed.licence} cites the site in ${styles.join(', ')}, dated today`, async (problems) => {
        const page = await wide.context.newPage();
        const errors = watch(page);
        await page.clock.setFixedTime(TODAY);
        await page.goto(`${o}${ed.licence}`, { waitUntil: 'load' });
        await waitForDates(page);
        const home = new URL(ed.path.replace(/charts\/$/, ''), new URL(await page.$eval('link[rel="canonical"]', (l) => (l as HTMLLinkElement).href)).origin)
          .href;
        for (const style of styles) {
          const text = norm(await page.textContent(`#site-cite-${style}`).catch(() => ''));
          if (!text.includes(formatAccessed(style, TODAY_YMD))) problems.push(`${style}: "${text}"`);
          if (!text.includes(style === 'mla' ? home.replace(/^https?:\/\//, '') : home)) problems.push(`${style}: not the site's address ${home}: "${text}"`);
        }
        problems.push(...errors);
        await page.close();
      });

      for (const scheme of ['light', 'dark'] as const) {
        await check(`${ed.path} axe after a copy (${scheme})`, async (problems) => {
          const page = await wide.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`${o}${ed.path}`, { waitUntil: 'load' });
          await waitForDates(page);
          const btn = 'button[data-cite-copy]';
          await page.click(btn);
          await waitForStatus(page, btn, L.copied);
          problems.push(...(await axe(page)));
          await page.close();
        });
      }
    }

    if (screenshots) {
      mkdirSync(screenshots, { recursive: true });
      for (const w of [375, 1280]) {
        for (const scheme of ['light', 'dark'] as const) {
          for (const ed of EDITIONS) {
            const ctx = await guardedContext(browser, [o], { viewport: { width: w, height: 900 }, colorScheme: scheme });
            await ctx.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: o });
            const page = await ctx.context.newPage();
            await page.goto(`${o}${ed.path}`, { waitUntil: 'load' });
            await waitForDates(page);
            const btn = 'button[data-cite-copy]';
            await page.focus(btn);
            await page.keyboard.press('Enter');
            await waitForStatus(page, btn, strings(ed.locale).citeBox.copied);
            const box = await page.$('[data-cite-box]');
            await box?.screenshot({ path: path.join(screenshots, `cite-${ed.locale}-${w}-${scheme}.png`) });
            await ctx.context.close();
          }
        }
      }
    }
    if (wide.offsite.length) reporter.fail(GATE, 'offsite', wide.offsite);
  } finally {
    await wide.context.close();
    await server.close();
  }
}

await runAlone(import.meta.url, runCitationTests);
