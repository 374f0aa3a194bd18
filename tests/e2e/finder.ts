// The county finder (/counties/, /zh/counties/) in a real Chromium: typing Chinese, pinyin with
// and without spaces, an English name with its suffix, a polyphone and garbage; the combobox by
// keyboard (ArrowDown, Enter, Escape) with aria-activedescendant and the live region; the result
// card, its ?county= link and the `ptz:county` event; a hostile ?county= value; axe with the
// listbox open and the card shown, light and dark. On dist/ only (SKIP on a site without it).
//
// Alone: npx tsx tests/e2e/finder.ts [--root dist] [--screenshots dir]
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { guardedContext } from '../../scripts/lib/chromium.ts';
import { axe, checker, runAlone, screenshotViews, watch, type BrowserTestOptions, type ScreenshotView } from './browser-helpers.ts';

const GATE = 'finder';
const INPUT = '#county-finder-input';
const LIST = '#county-finder-listbox';
const STATUS = '#county-finder-status';
const CARD = '#county-finder-card';

/** Polls the live region until it says `want` (a string or a pattern); returns what it says then. */
async function statusSays(page: Page, want: string | RegExp): Promise<string> {
  const [source, flags, exact] = typeof want === 'string' ? [want, '', true] : [want.source, want.flags, false];
  await page
    .waitForFunction(
      ([sel, src, fl, ex]) => {
        const t = document.querySelector(sel)?.textContent ?? '';
        return ex ? t === src : new RegExp(src, fl).test(t);
      },
      [STATUS, source, flags, exact] as const,
      { timeout: 5000 },
    )
    .catch(() => {});
  return (await page.textContent(STATUS)) ?? '';
}

/**
 * Type into the finder and wait for the live region to answer this text: the box is cleared first and
 * the region polled until it is empty, so that an answer equal to the previous one is not taken for it.
 */
async function type(page: Page, text: string): Promise<void> {
  await page.fill(INPUT, '');
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '') === '', STATUS, { timeout: 5000 });
  await page.click(INPUT);
  await page.keyboard.insertText(text);
  await page.waitForFunction(
    ([sel, q]) => {
      // (the input keeps at most maxlength characters of a long paste)
      const v = document.querySelector<HTMLInputElement>(sel)?.value ?? '';
      const status = document.querySelector('#county-finder-status')?.textContent ?? '';
      return v.length > 0 && q.startsWith(v) && status.length > 0 && !/Loading|加载/.test(status);
    },
    [INPUT, text] as const,
    { timeout: 5000 },
  );
}

const optionTexts = (page: Page) => page.$$eval(`${LIST} [role="option"]`, (os) => os.map((o) => o.textContent ?? ''));

interface PtzEvent {
  id?: string;
  exitYear?: number;
  trigger?: string;
}

export async function runFinderTests({ browser, root, reporter, screenshots = null }: BrowserTestOptions): Promise<void> {
  const check = checker(reporter, GATE);
  if (!existsSync(path.join(root, 'counties', 'index.html'))) {
    reporter.skip(GATE, '/counties/', ['no county finder page in this site (SKIP, not PASS)']);
    return;
  }
  const server = await startServer({ root });
  const wide = await guardedContext(browser, [server.origin], { viewport: { width: 1280, height: 900 } });
  const o = server.origin;
  try {
    await check('/counties/ index is fetched lazily', async (problems) => {
      const page = await wide.context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${o}/counties/`, { waitUntil: 'load' });
      // settled: the script has run (the finder is shown and has answered the address) and the network is quiet
      await page.waitForSelector('[data-county-finder][data-url-state="done"]', { timeout: 5000 });
      await page.waitForLoadState('networkidle');
      if (requests.includes('/data/county-index.json')) problems.push('the index was fetched before the finder was used');
      const ui = await page.$eval('[data-finder-ui]', (e) => !(e as HTMLElement).hidden);
      if (!ui) problems.push('the finder is still hidden with JavaScript on');
      await page.focus(INPUT);
      await page.waitForResponse((r) => r.url().endsWith('/data/county-index.json'), { timeout: 5000 });
      await page.close();
    });

    await check('/counties/ finds counties as the reader types', async (problems) => {
      const page = await wide.context.newPage();
      const errors = watch(page);
      await page.goto(`${o}/counties/`, { waitUntil: 'load' });
      const cases: [string, string][] = [
        ['临泉', 'Linquan County'],
        ['临泉县', 'Linquan County'],
        ['lin quan', 'Linquan County'],
        ['linquan', 'Linquan County'],
        ['Linquan County', 'Linquan County'],
        ['yu xian', 'Yu County'], // 蔚县: a polyphone fixed by the override table
        ['Kashgar', 'Kashgar City'],
        ['ka shi', 'Kashgar City'], // hanyu pinyin of a non-Han name
      ];
      for (const [q, want] of cases) {
        await type(page, q);
        const opts = await optionTexts(page);
        if (!opts[0]?.includes(want)) problems.push(`"${q}": first option is "${opts[0] ?? '(none)'}", want ${want}`);
        const expanded = await page.getAttribute(INPUT, 'aria-expanded');
        if (expanded !== 'true') problems.push(`"${q}": aria-expanded is ${expanded} with options shown`);
        const status = await page.textContent(STATUS);
        if (!/\d+ counties match|1 county matches/.test(status ?? '')) problems.push(`"${q}": live region says "${status}"`);
      }
      await type(page, 'qqqzzxxk');
      const none = await page.textContent(STATUS);
      if (!/No county matches “qqqzzxxk”/.test(none ?? '')) problems.push(`garbage: live region says "${none}"`);
      if ((await page.getAttribute(INPUT, 'aria-expanded')) !== 'false') problems.push('garbage: listbox still expanded');
      await type(page, 'linquam');
      const near = await page.$$eval('[data-finder-nearest] button', (b) => b.map((x) => x.textContent));
      if (!near.some((t) => t?.includes('Linquan'))) problems.push(`"linquam": no "did you mean" Linquan (${near.join(' | ')})`);
      for (const hostile of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '🙂'.repeat(40), 'x'.repeat(500)]) {
        await type(page, hostile);
        if (await page.$('#county-finder img, #county-finder script:not([type])')) problems.push(`"${hostile.slice(0, 20)}": markup was injected`);
      }
      problems.push(...errors);
      await page.close();
    });

    await check('/counties/ combobox by keyboard: ArrowDown, Enter, Escape', async (problems) => {
      const page = await wide.context.newPage();
      const errors = watch(page);
      await page.goto(`${o}/counties/`, { waitUntil: 'load' });
      await page.evaluate(() => {
        const w = window as unknown as { __ptz: unknown[] };
        w.__ptz = [];
        document.addEventListener('ptz:county', (e) => w.__ptz.push((e as CustomEvent).detail));
      });
      await type(page, 'xian');
      const status = await page.textContent(STATUS);
      if (!/counties match; the first \d+ are listed/.test(status ?? '')) problems.push(`"xian": live region says "${status}" (want a count and the cap)`);
      if (await page.getAttribute(INPUT, 'aria-activedescendant')) problems.push('an option is active before any arrow key');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const ad = await page.getAttribute(INPUT, 'aria-activedescendant');
      const selected = await page.$$eval(`${LIST} [aria-selected="true"]`, (os) => os.map((x) => x.id));
      if (ad !== 'county-finder-opt-1') problems.push(`after two ArrowDown, aria-activedescendant is ${ad}`);
      if (selected.length !== 1 || selected[0] !== ad) problems.push(`aria-selected options ${selected.join(',')} do not match ${ad}`);
      await page.keyboard.press('ArrowUp');
      if ((await page.getAttribute(INPUT, 'aria-activedescendant')) !== 'county-finder-opt-0') problems.push('ArrowUp did not go back to the first option');
      await page.keyboard.press('Escape');
      if ((await page.getAttribute(INPUT, 'aria-expanded')) !== 'false') problems.push('Escape did not close the listbox');
      if (await page.getAttribute(INPUT, 'aria-activedescendant')) problems.push('aria-activedescendant left after Escape');
      if (!(await page.$eval(LIST, (l) => (l as HTMLElement).hidden))) problems.push('listbox visible after Escape');

      await type(page, 'lin');
      await page.keyboard.press('ArrowDown');
      await type(page, 'lin quan');
      if (await page.getAttribute(INPUT, 'aria-activedescendant')) problems.push('aria-activedescendant kept after the text changed');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${CARD}:not([hidden])`, { timeout: 3000 });
      const card = await page.textContent(CARD);
      for (const want of ['Linquan County', '临泉县', 'Anhui', '安徽省', 'Fuyang City', '阜阳市', 'in 2019', 'not identified']) {
        if (!card?.includes(want)) problems.push(`card lacks "${want}"`);
      }
      const link = await page.inputValue('[data-finder-link]');
      if (link !== `${o}/counties/?county=341221`) problems.push(`link is ${link}`);
      if (!page.url().endsWith('?county=341221')) problems.push(`address is ${page.url()}`);
      const events = await page.evaluate(() => (window as unknown as { __ptz: PtzEvent[] }).__ptz);
      if (events.length !== 1 || events[0]!.id !== '341221' || events[0]!.exitYear !== 2019 || events[0]!.trigger !== 'select') {
        problems.push(`ptz:county events: ${JSON.stringify(events)}`);
      }
      if ((await page.getAttribute(INPUT, 'aria-expanded')) !== 'false') problems.push('listbox still open after Enter');
      // a click chooses too
      await type(page, '蔚县');
      await page.click(`${LIST} [role="option"] >> nth=0`);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#county-finder-card')?.dataset.county === '130726', null, { timeout: 3000 });
      problems.push(...errors);
      await page.close();
    });

    await check('/counties/?county= opens on a county; a hostile value is ignored', async (problems) => {
      const page = await wide.context.newPage();
      const errors = watch(page);
      await page.goto(`${o}/counties/?county=341221`, { waitUntil: 'load' });
      await page.waitForSelector(`${CARD}:not([hidden])`, { timeout: 5000 });
      if (!(await page.textContent(CARD))?.includes('Linquan County')) problems.push('?county=341221 did not open Linquan County');
      if ((await page.inputValue(INPUT)) !== 'Linquan County') problems.push('the input does not name the county');
      await page.goto(`${o}/zh/counties/?county=632803`, { waitUntil: 'load' });
      await page.waitForSelector(`${CARD}:not([hidden])`, { timeout: 5000 });
      const zhCard = await page.textContent(CARD);
      if (!zhCard?.includes('茫崖行委') || (!zhCard.includes('2019年') && !/20\d\d年/.test(zhCard))) problems.push(`zh card: ${zhCard}`);
      for (const bad of [
        '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
        '999999',
        '34122',
        '341221%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
        '..%2F..%2Fetc',
        '',
      ]) {
        await page.goto(`${o}/counties/?county=${bad}`, { waitUntil: 'load' });
        // the finder has settled on the address (looked the value up, or refused it)
        await page.waitForSelector('[data-county-finder][data-url-state="done"]', { timeout: 5000 });
        const hidden = await page.$eval(CARD, (c) => (c as HTMLElement).hidden);
        if (!hidden) problems.push(`?county=${bad} opened a card`);
        if ((await page.inputValue(INPUT)) !== '') problems.push(`?county=${bad} filled the input`);
        if (await page.$('#county-finder img')) problems.push(`?county=${bad} injected markup`);
      }
      problems.push(...errors);
      await page.close();
    });

    await check('/counties/ choosing a county is announced; a county outside the 832 is named as such; suggestions once each', async (problems) => {
      const page = await wide.context.newPage();
      const errors = watch(page);
      const names = new Set<string>();
      page.on('request', (r) => names.add(new URL(r.url()).pathname));
      await page.goto(`${o}/counties/`, { waitUntil: 'load' });
      await type(page, 'lin quan');
      await page.keyboard.press('Enter');
      const chosen = await statusSays(page, 'Linquan County: left the list in 2019.');
      if (chosen !== 'Linquan County: left the list in 2019.') problems.push(`Enter on Linquan: the live region says "${chosen}"`);
      // a "did you mean" choice is announced too
      await type(page, 'linquam');
      const near = await page.$$eval('[data-finder-nearest] button', (b) => b.map((x) => x.textContent ?? ''));
      if (new Set(near).size !== near.length) problems.push(`"linquam": a suggestion is offered twice (${near.join(' | ')})`);
      await page.click('[data-finder-nearest] button >> nth=0');
      const viaNear = await statusSays(page, /left the list in 20\d\d\.$/);
      if (!/^.+: left the list in 20\d\d\.$/.test(viaNear)) problems.push(`a "did you mean" choice: the live region says "${viaNear}"`);
      if (names.has('/data/county-names.json')) problems.push('the names outside the 832 were fetched for a Latin query');
      for (const [q, name] of [
        ['海淀区', '海淀区'],
        ['海淀', '海淀区'],
        ['龙山区', '龙山区'],
      ] as const) {
        await type(page, q);
        const want = `${name} is not one of the 832 poverty-stricken counties.`;
        const said = await statusSays(page, want);
        if (said !== want) problems.push(`"${q}": the live region says "${said}", want "${want}"`);
        if (await page.$eval('[data-finder-nearest]', (e) => !(e as HTMLElement).hidden))
          problems.push(`"${q}": look-alikes offered for a real county outside the 832`);
        if ((await page.getAttribute(INPUT, 'aria-expanded')) !== 'false') problems.push(`"${q}": listbox open`);
      }
      // the bare name of one of the 832 still finds it (龙山 → 龙山县), and a misspelling still gets suggestions
      await type(page, '龙山');
      if (!(await optionTexts(page))[0]?.includes('龙山县')) problems.push('"龙山" no longer finds 龙山县');
      await type(page, '临全');
      if (!(await page.$$eval('[data-finder-nearest] button', (b) => b.map((x) => x.textContent ?? ''))).some((t) => t.includes('临泉县')))
        problems.push('"临全": no "did you mean" 临泉县');
      problems.push(...errors);
      await page.close();
    });

    await check('/zh/counties/ the same in Chinese', async (problems) => {
      const page = await wide.context.newPage();
      const errors = watch(page);
      await page.goto(`${o}/zh/counties/`, { waitUntil: 'load' });
      await type(page, '临泉');
      await page.keyboard.press('Enter');
      const chosen = await statusSays(page, '临泉县：2019年摘帽。');
      if (chosen !== '临泉县：2019年摘帽。') problems.push(`Enter on 临泉: the live region says "${chosen}"`);
      await type(page, '朝阳区');
      const out = await statusSays(page, '朝阳区不在832个贫困县之列。');
      if (out !== '朝阳区不在832个贫困县之列。') problems.push(`"朝阳区": the live region says "${out}"`);
      problems.push(...errors);
      await page.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      await check(`/counties/ axe with the listbox open and the card shown (${scheme})`, async (problems) => {
        const page = await wide.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${o}/counties/`, { waitUntil: 'load' });
        await type(page, 'lin');
        await page.keyboard.press('ArrowDown');
        problems.push(...(await axe(page)).map((v) => `listbox open: ${v}`));
        await page.keyboard.press('Enter');
        await page.waitForSelector(`${CARD}:not([hidden])`);
        problems.push(...(await axe(page)).map((v) => `card shown: ${v}`));
        await page.close();
      });
    }

    if (screenshots) {
      const views = async (page: Page, { width, scheme, locale, prefix }: ScreenshotView) => {
        const base = `${prefix}/counties/`;
        await page.goto(`${o}${base}`, { waitUntil: 'load' });
        await type(page, locale === 'zh' ? '临' : 'lin');
        await page.keyboard.press('ArrowDown');
        await page.screenshot({ path: path.join(screenshots, `finder-list-${locale}-${width}-${scheme}.png`) });
        await page.goto(`${o}${base}?county=620123`, { waitUntil: 'load' });
        await page.waitForSelector(`${CARD}:not([hidden])`);
        await page.screenshot({ path: path.join(screenshots, `finder-card-${locale}-${width}-${scheme}.png`), fullPage: true });
      };
      await screenshotViews(browser, o, screenshots, views, { phoneHeight: 740, reducedMotion: 'no-preference' });
    }
    if (wide.offsite.length) reporter.fail(GATE, 'offsite', wide.offsite);
  } finally {
    await wide.context.close();
    await server.close();
  }
}

await runAlone(import.meta.url, runFinderTests);
