// The exits map in a real Chromium: the embed (/embed/county-exits-map/) with ?year= and ?county=
// applied (marker, caption), hostile values falling back without errors or markup, the slider and
// play/pause by keyboard, no autoplay under reduced motion (and autoplay without it, so the check
// can fail), no layout shift while its script loads, the no-JS fallback and axe; and the story's
// exits map answering the county finder. On dist/ only (SKIP on a site without the embed).
//
// Alone: npx tsx tests/e2e/exits-map.ts [--root dist] [--screenshots dir]
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { guardedContext } from '../../scripts/lib/chromium.ts';
import { axe, checker, runAlone, screenshotViews, watch, type BrowserTestOptions } from './browser-helpers.ts';

const GATE = 'exits-map';
const EMBED = '/embed/county-exits-map/';

/** The embed's state, once the class-based map has replaced the picture. */
async function mapState(page: Page) {
  await page.waitForSelector('[data-map-holder] svg.map[data-year]', { timeout: 8000 });
  return page.evaluate(() => {
    const q = (s: string) => document.querySelector<any>(s);
    const caption = q('[data-county-caption]');
    return {
      year: q('svg.map')?.getAttribute('data-year'),
      slider: q('[data-year-input]')?.value,
      label: q('[data-year-label]')?.textContent,
      summary: q('[data-year-summary] .is-current')?.textContent ?? '',
      valuetext: q('[data-year-input]')?.getAttribute('aria-valuetext') ?? '',
      highlighted: [...document.querySelectorAll('svg.map path.hl')].map((p) => p.getAttribute('data-id') ?? ''),
      markers: document.querySelectorAll('svg.map .county-marker').length,
      caption: caption && !caption.hidden ? caption.textContent : null,
      button: q('[data-play-label]')?.textContent,
      state: q('[data-play]')?.getAttribute('data-state'),
      controlsHidden: q('[data-exits-controls]')?.hidden,
      injected: document.querySelectorAll('main img:not([src^="/maps/"]), main script:not([type="module"][src^="/_astro/"])').length,
    };
  });
}

export async function runExitsMapTests({ browser, root, reporter, screenshots = null }: BrowserTestOptions): Promise<void> {
  const check = checker(reporter, GATE);
  if (!existsSync(path.join(root, 'embed', 'county-exits-map', 'index.html'))) {
    reporter.skip(GATE, EMBED, ['no exits-map embed in this site (SKIP, not PASS)']);
    return;
  }
  const server = await startServer({ root });
  const o = server.origin;
  const still = await guardedContext(browser, [o], { viewport: { width: 640, height: 900 }, reducedMotion: 'reduce' });
  const moving = await guardedContext(browser, [o], { viewport: { width: 640, height: 900 }, reducedMotion: 'no-preference' });
  try {
    await check(`${EMBED}?year=2018&county=341221 shows 2018 with Linquan marked`, async (problems) => {
      const page = await still.context.newPage();
      const errors = watch(page);
      await page.goto(`${o}${EMBED}?year=2018&county=341221`, { waitUntil: 'load' });
      await page.waitForFunction(() => !(document.querySelector('[data-county-caption]') as HTMLElement | null)?.hidden, null, { timeout: 5000 });
      const s = await mapState(page);
      if (s.year !== '2018' || s.slider !== '2018' || s.label !== '2018') problems.push(`year: map ${s.year}, slider ${s.slider}, label ${s.label}`);
      if (!/By the end of 2018: \d+ counties had left/.test(s.summary)) problems.push(`summary: "${s.summary}"`);
      if (!s.valuetext.startsWith('2018')) problems.push(`aria-valuetext: "${s.valuetext}"`);
      if (s.highlighted.length !== 1 || !s.highlighted[0]?.split(' ').includes('341221')) problems.push(`highlighted paths: ${JSON.stringify(s.highlighted)}`);
      if (s.markers !== 1) problems.push(`${s.markers} markers`);
      if (s.caption !== 'Linquan County left the list in 2019.') problems.push(`caption: "${s.caption}"`);
      if (s.button !== 'Play' || s.state !== 'paused') problems.push(`button: ${s.button} (${s.state}); a ?year= link must not autoplay`);
      problems.push(...errors);
      await page.close();
    });

    await check(`${EMBED} nothing moves when the script shows its controls`, async (problems) => {
      // Hold the page's scripts back, note where the map starts, let them run, and look again: the
      // controls must already hold their room (a reader on a slow phone would see the map jump).
      const page = await moving.context.newPage();
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route('**/*.js', async (route) => {
        await held;
        await route.continue();
      });
      // (DOMContentLoaded waits for module scripts: wait for the parsed page and its stylesheets instead)
      await page.goto(`${o}${EMBED}`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () =>
          document.readyState !== 'loading' &&
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet || l.media === 'print'),
        null,
        { timeout: 10000 },
      );
      const top = () => page.$eval('[data-map-holder]', (e) => Math.round(e.getBoundingClientRect().top));
      const before = await top();
      release();
      await page.waitForSelector('[data-exits-controls]:not([hidden])', { timeout: 5000 });
      const after = await top();
      if (before !== after) problems.push(`the map moved ${after - before} px when the controls appeared`);
      await page.unroute('**/*.js');
      await page.close();
    });

    await check(`/zh${EMBED}?county=632803 opens at the county's exit year`, async (problems) => {
      const page = await moving.context.newPage();
      const errors = watch(page);
      await page.goto(`${o}/zh${EMBED}?county=632803`, { waitUntil: 'load' });
      await page.waitForFunction(() => !(document.querySelector('[data-county-caption]') as HTMLElement | null)?.hidden, null, { timeout: 5000 });
      const s = await mapState(page);
      const m = /^茫崖行委于(20\d\d)年摘帽。$/.exec(s.caption ?? '');
      if (!m) problems.push(`caption: "${s.caption}"`);
      else if (s.year !== m[1]) problems.push(`map at ${s.year}, the county left in ${m[1]}`);
      if (s.state !== 'paused') problems.push('a ?county= link autoplayed');
      problems.push(...errors);
      await page.close();
    });

    const hostile = [
      ['year=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '<script>'],
      ['year=9999', '9999'],
      ['year=2014', '2014'],
      ['county=..%2F..%2Fx', '../../x'],
      ['county=../../x', '../../x (raw)'],
      ['county=999999&year=2021', 'unknown county'],
      ['county=341221%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'markup in county'],
      ['year=2018%22%3E%3Csvg%20onload%3Dalert(1)%3E&county=%3Cb%3E', 'markup in both'],
    ];
    await check(`${EMBED} hostile ?year= / ?county= fall back to 2020, nothing marked, no errors`, async (problems) => {
      const page = await still.context.newPage();
      const errors = watch(page);
      for (const [q, name] of hostile) {
        await page.goto(`${o}${EMBED}?${q}`, { waitUntil: 'load' });
        const s = await mapState(page);
        if (s.year !== '2020' || s.slider !== '2020') problems.push(`${name}: year ${s.year} / slider ${s.slider}, want the default 2020`);
        if (s.highlighted.length || s.markers || s.caption) problems.push(`${name}: a county is marked (${JSON.stringify(s.highlighted)}, "${s.caption}")`);
        if (s.injected) problems.push(`${name}: markup was injected`);
      }
      problems.push(...errors);
      await page.close();
    });

    await check(`${EMBED} slider and play/pause by keyboard; the URL follows`, async (problems) => {
      const page = await still.context.newPage();
      const errors = watch(page);
      // the page's clock is Playwright's (it runs in real time): the pause check below moves it on instead of sleeping
      await page.clock.install();
      await page.goto(`${o}${EMBED}`, { waitUntil: 'load' });
      await mapState(page);
      // Tab from the top reaches the play button, then the slider.
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.hasAttribute('data-play'));
      if (!first) problems.push('the first Tab stop is not the play button');
      await page.keyboard.press('Tab');
      const second = await page.evaluate(() => document.activeElement?.hasAttribute('data-year-input'));
      if (!second) problems.push('the second Tab stop is not the year slider');
      const height = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const h2020 = await height();
      await page.focus('[data-year-input]');
      await page.keyboard.press('ArrowLeft');
      let s = await mapState(page);
      if (s.year !== '2019' || s.label !== '2019') problems.push(`ArrowLeft: map ${s.year}, label ${s.label}`);
      await page.keyboard.press('Home');
      s = await mapState(page);
      if (s.year !== '2015' || !/all 832/.test(s.summary)) problems.push(`Home: map ${s.year}, "${s.summary}"`);
      const h2015 = await height();
      if (h2015 !== h2020) problems.push(`the embed's height changes with the year (${h2020} px at 2020, ${h2015} px at 2015): the host page would jump`);
      if (!page.url().endsWith('?year=2015')) problems.push(`address after Home: ${page.url()}`);
      await page
        .waitForFunction(() => /2015/.test(document.querySelector('[data-live]')?.textContent ?? ''), null, { timeout: 3000 })
        .catch(() => problems.push('the live region did not announce 2015'));
      // Play with the keyboard, from 2015: the year advances once a second.
      await page.focus('[data-play]');
      await page.keyboard.press('Enter');
      s = await mapState(page);
      if (s.button !== 'Pause' || s.state !== 'playing') problems.push(`after Enter: button "${s.button}" (${s.state})`);
      const liveWhilePlaying = await page.textContent('[data-live]');
      await page.waitForFunction(() => Number(document.querySelector('svg.map')?.getAttribute('data-year')) >= 2017, null, { timeout: 4000 });
      if ((await page.textContent('[data-live]')) !== liveWhilePlaying)
        problems.push('the live region changed while playing (it should speak when playback stops)');
      await page.keyboard.press(' ');
      s = await mapState(page);
      if (s.button !== 'Play' || s.state !== 'paused') problems.push(`after Space: button "${s.button}" (${s.state})`);
      const stoppedAt = s.year;
      // more than one step of playback (a year a second), run at once: every timer due in that time fires
      await page.clock.runFor(1500);
      s = await mapState(page);
      if (s.year !== stoppedAt) problems.push(`still moving after pause: ${stoppedAt} → ${s.year}`);
      if (!(await page.textContent('[data-live]'))?.includes(String(stoppedAt))) problems.push('the live region did not announce the year playback stopped at');
      // Escape stops it too; playing to the end stops by itself at 2020.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      s = await mapState(page);
      if (s.state !== 'paused') problems.push('Escape did not stop playback');
      await page.focus('[data-year-input]');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.focus('[data-play]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-play]')?.getAttribute('data-state') === 'paused', null, { timeout: 4000 });
      s = await mapState(page);
      if (s.year !== '2020') problems.push(`playback ended at ${s.year}, want 2020`);
      problems.push(...errors);
      await page.close();
    });

    await check(`${EMBED} reduced motion: no autoplay (and autoplay without it)`, async (problems) => {
      const page = await still.context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.clock.install();
      await page.goto(`${o}${EMBED}`, { waitUntil: 'load' });
      await mapState(page);
      // longer than an autoplay would take to start and take a step, run at once rather than slept
      await page.clock.runFor(1500);
      let s = await mapState(page);
      if (s.state !== 'paused' || s.year !== '2020') problems.push(`reduced motion: ${s.state} at ${s.year}`);
      await page.close();
      const page2 = await moving.context.newPage();
      await page2.emulateMedia({ reducedMotion: 'no-preference' });
      await page2.goto(`${o}${EMBED}`, { waitUntil: 'load' });
      s = await mapState(page2);
      if (s.state !== 'playing') problems.push(`no preference: ${s.state} at ${s.year} (expected the years to play once)`);
      await page2.keyboard.press('Tab');
      await page2.keyboard.press('Enter');
      s = await mapState(page2);
      if (s.state !== 'paused') problems.push('autoplay could not be stopped from the keyboard');
      await page2.close();
    });

    await check(`${EMBED} without JavaScript: painted map and tables`, async (problems) => {
      const nojs = await guardedContext(browser, [o], { viewport: { width: 640, height: 900 }, javaScriptEnabled: false });
      const page = await nojs.context.newPage();
      await page.goto(`${o}${EMBED}`, { waitUntil: 'load' });
      const r = await page.evaluate(() => ({
        img: document.querySelector('[data-map-holder] img')?.getAttribute('src'),
        loaded: document.querySelector<HTMLImageElement>('[data-map-holder] img')?.naturalWidth ?? 0,
        alt: document.querySelector('[data-map-holder] img')?.getAttribute('alt') ?? '',
        rows: document.querySelectorAll('.exits-table tbody tr').length,
        controlsVisible: !!document.querySelector('[data-exits-controls]')?.getClientRects().length,
      }));
      if (r.img !== '/maps/exits-2020-light.svg' || !r.loaded) problems.push(`fallback image ${r.img} (${r.loaded}px)`);
      if (!r.alt) problems.push('fallback image without alt');
      if (r.rows !== 5) problems.push(`${r.rows} rows in the exits table`);
      if (r.controlsVisible) problems.push('the controls show without JavaScript');
      await nojs.context.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      await check(`${EMBED} axe, county marked (${scheme})`, async (problems) => {
        const page = await still.context.newPage();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(`${o}${EMBED}?year=2019&county=341221`, { waitUntil: 'load' });
        await page.waitForFunction(() => !(document.querySelector('[data-county-caption]') as HTMLElement | null)?.hidden, null, { timeout: 5000 });
        problems.push(...(await axe(page)));
        await page.goto(`${o}/zh${EMBED}`, { waitUntil: 'load' });
        await mapState(page);
        problems.push(...(await axe(page)).map((v) => `zh: ${v}`));
        await page.close();
      });
    }

    await check('/ the finder on the story marks the county on the exits map', async (problems) => {
      const page = await still.context.newPage();
      const errors = watch(page);
      // The map arrives late, as on a busy machine: the county's year must hold once it does (it once fell
      // back to 2020, the default for a map that arrives before any step is active).
      await page.route('**/maps/counties.svg', async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.goto(`${o}/`, { waitUntil: 'load' });
      const input = '#county-finder-input';
      if (!(await page.$(input))) throw new Error('no county finder on the story');
      await page.click(input);
      await page.keyboard.insertText('lin quan');
      await page.waitForSelector('#county-finder-listbox [role="option"]', { timeout: 5000 });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-scene-target="map-exits"] svg.map path.hl', { timeout: 8000 });
      // polled: the map has moved to the county's year and the page has scrolled to that year's step
      await page
        .waitForFunction(
          () => {
            const svg = document.querySelector('[data-scene-target="map-exits"] svg.map');
            const step = document.getElementById('exits-2019')?.getBoundingClientRect();
            return (
              svg?.getAttribute('data-year') === '2019' &&
              !!step &&
              step.bottom > 0 &&
              step.top < innerHeight &&
              svg.querySelectorAll('.county-marker').length === 1
            );
          },
          null,
          { timeout: 10_000 },
        )
        .catch(() => {});
      const r = await page.evaluate(() => {
        const svg = document.querySelector('[data-scene-target="map-exits"] svg.map');
        const step = document.getElementById('exits-2019')?.getBoundingClientRect();
        return {
          year: svg?.getAttribute('data-year'),
          hl: [...(svg?.querySelectorAll('path.hl') ?? [])].map((p) => p.getAttribute('data-id')),
          rings: svg?.querySelectorAll('.county-marker').length ?? 0,
          stepInView: !!step && step.bottom > 0 && step.top < innerHeight,
        };
      });
      if (r.year !== '2019') problems.push(`the map shows ${r.year}, Linquan left in 2019`);
      if (r.hl.length !== 1 || r.hl[0] !== '341221') problems.push(`marked paths: ${JSON.stringify(r.hl)}`);
      if (r.rings !== 1) problems.push(`${r.rings} rings`);
      if (!r.stepInView) problems.push('the 2019 step was not scrolled into view');
      problems.push(...errors);
      await page.close();
    });

    if (screenshots) {
      await screenshotViews(browser, o, screenshots, async (page, { width, scheme, locale, prefix }) => {
        for (const y of [2015, 2017, 2019]) {
          await page.goto(`${o}${prefix}${EMBED}?year=${y}&county=522732`, { waitUntil: 'load' });
          await page.waitForFunction(() => !(document.querySelector('[data-county-caption]') as HTMLElement | null)?.hidden, null, { timeout: 5000 });
          await page.screenshot({ path: path.join(screenshots, `exits-map-${y}-${locale}-${width}-${scheme}.png`), fullPage: true });
        }
      });
    }
    for (const c of [still, moving]) if (c.offsite.length) reporter.fail(GATE, 'offsite', c.offsite);
  } finally {
    await still.context.close();
    await moving.context.close();
    await server.close();
  }
}

await runAlone(import.meta.url, runExitsMapTests);
