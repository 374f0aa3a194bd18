// Functional tests of this site's own features in a real browser: scroll-driven scenes, the
// language switch that keeps the reader's step, and embed URL state. Unlike the gates, these
// are specific to the story; they run on dist/ only (SKIP on a site without a story).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../../scripts/serve.ts';
import type { Browser, BrowserContext } from 'playwright-core';
import { guardedContext, scrollToStep } from '../../scripts/lib/chromium.ts';
import { animationsDone, checker } from './browser-helpers.ts';
import type { Reporter } from './common.ts';
import { AREA_SCENES } from '../../src/lib/areas.ts';
import { EXITS, OVERVIEW } from '../../src/lib/scenes.ts';

const GATE = 'story';

export async function runStoryTests({ browser, root, reporter }: { browser: Browser; root: string; reporter: Reporter }): Promise<void> {
  const check = checker(reporter, GATE);
  const index = path.join(root, 'index.html');
  if (!existsSync(index) || !readFileSync(index, 'utf8').includes('data-scrolly')) {
    reporter.skip(GATE, '/', ['no scrollytelling story in this site (SKIP, not PASS)']);
    return;
  }
  const server = await startServer({ root });
  const { context } = await guardedContext(browser, [server.origin], { viewport: { width: 1280, height: 900 } });
  const phone = await guardedContext(browser, [server.origin], { viewport: { width: 375, height: 740 } });
  try {
    const sizes: [BrowserContext, string][] = [
      [context, '1280 px'],
      [phone.context, '375 px'],
    ];
    for (const [ctx, label] of sizes) {
      await check(`/ line chart follows the steps (${label})`, async (problems) => {
        const page = await ctx.newPage();
        await page.goto(server.origin + '/', { waitUntil: 'load' });
        await scrollToStep(page, 'count-2013');
        const state = await page.$$eval('#count [data-scene-target] svg', (svgs) => {
          const svg = svgs.find((s) => s.getBoundingClientRect().width > 0)!;
          const future = (y: number) => svg.querySelector(`.dot[data-year="${y}"]`)!.classList.contains('is-future');
          return { y2013: future(2013), y2014: future(2014), y2020: future(2020) };
        });
        if (state.y2013) problems.push('at step 2013 the 2013 point is hidden');
        if (!state.y2014 || !state.y2020) problems.push('at step 2013 later points are shown');
        await scrollToStep(page, 'count-2020');
        const after = await page.$$eval('#count [data-scene-target] svg .is-future', (n) => n.length);
        if (after) problems.push(`at step 2020, ${after} elements are still hidden`);
        await page.close();
      });

      await check(`/ journey map follows the steps (${label})`, async (problems) => {
        const page = await ctx.newPage();
        await page.goto(server.origin + '/', { waitUntil: 'load' });
        const steps = await page.$$eval('#journey .step[data-scene]', (els) => els.map((e) => ({ id: e.id, scene: e.dataset.scene })));
        if (steps.length < 2) problems.push(`only ${steps.length} journey steps`);
        const markers = await page.$$eval('#journey [data-scene-target] svg.journey .stop', (n) => n.length);
        if (markers !== steps.length) problems.push(`the journey map has ${markers} stops for ${steps.length} steps`);
        for (const st of steps) {
          await scrollToStep(page, st.id);
          // Let the 400 ms fades finish before reading computed opacities (polled: no transition running).
          await animationsDone(page);
          const state = await page.$$eval('#journey [data-scene-target] svg.journey', (svgs) => {
            const svg = svgs.find((x) => x.getBoundingClientRect().width > 0);
            if (!svg) return null;
            const lit = [...svg.querySelectorAll('.stop')].filter((n) => getComputedStyle(n).opacity === '1').map((n) => n.getAttribute('data-step'));
            const labels = [...svg.querySelectorAll('.stop-label')]
              .filter((n) => getComputedStyle(n).display !== 'none')
              .map((n) => n.getAttribute('data-step'));
            const legs = [...svg.querySelectorAll('.leg')].filter((n) => getComputedStyle(n).opacity !== '0').map((n) => Number(n.getAttribute('data-step')));
            return { scene: svg.getAttribute('data-scene'), lit, labels, legs };
          });
          if (!state) {
            problems.push('no visible journey map');
            break;
          }
          if (state.scene !== st.scene) problems.push(`at ${st.id} the map shows scene ${state.scene}, not ${st.scene}`);
          if (state.lit.join() !== st.scene) problems.push(`at ${st.id} the lit stops are ${state.lit.join() || 'none'}`);
          if (state.labels.join() !== st.scene) problems.push(`at ${st.id} the labels shown are ${state.labels.join() || 'none'}`);
          const want = Array.from({ length: Number(st.scene) - 1 }, (_, i) => i + 2).join();
          if (state.legs.join() !== want) problems.push(`at ${st.id} the route shows legs ${state.legs.join() || 'none'}, not ${want || 'none'}`);
        }
        await page.close();
      });

      await check(`/ county map follows the steps (${label})`, async (problems) => {
        const page = await ctx.newPage();
        await page.goto(server.origin + '/', { waitUntil: 'load' });
        await scrollToStep(page, 'exits-2017');
        await page.waitForSelector('[data-scene-target="map-exits"] svg.map[data-year="2017"]', { timeout: 10000 });
        const fills = await page.$eval('[data-scene-target="map-exits"] svg.map', (svg) => {
          const fill = (sel: string) => getComputedStyle(svg.querySelector(sel)!).fill;
          return { y2016: fill('.pc.y2016'), y2017: fill('.pc.y2017'), y2018: fill('.pc.y2018'), y2020: fill('.pc.y2020') };
        });
        if (fills.y2018 !== fills.y2020) problems.push(`counties that leave later differ at step 2017 (${fills.y2018} vs ${fills.y2020})`);
        if (fills.y2016 === fills.y2018 || fills.y2017 === fills.y2018) problems.push('counties that already left look like those still on the list');
        const count = await page.$$eval('[data-scene-target="map-exits"] svg.map path[data-id]', (p) => p.length);
        if (count < 830) problems.push(`only ${count} county paths on the map`);
        await page.close();
      });
    }

    for (const [ctx, label] of sizes) {
      await check(`/ areas map: overview, each area, closing scene (${label})`, async (problems) => {
        const page = await ctx.newPage();
        await page.goto(server.origin + '/', { waitUntil: 'load' });
        const steps = await page.$$eval('#areas .step[data-scene]', (els) => els.map((e) => ({ id: e.id, scene: (e as HTMLElement).dataset.scene ?? '' })));
        if (steps.map((s) => s.scene).join() !== AREA_SCENES.join()) {
          problems.push(
            `areas steps ${steps.map((s) => s.scene).join(', ')}; expected ${AREA_SCENES.join(', ')} (the overview, the 14 areas in journey order, the closing exits scene)`,
          );
        }
        for (const s of steps) {
          await scrollToStep(page, s.id);
          await page.waitForSelector(`#areas svg.areas-map[data-area="${s.scene}"]`, { timeout: 10000 }).catch(() => {});
          const st = await page.$eval('#areas svg.areas-map', (el) => {
            const svg = el as SVGSVGElement;
            const g = svg.querySelector(`.ar[data-a="${svg.dataset.area}"]`);
            const overlay = svg.nextElementSibling as SVGSVGElement | null;
            return {
              area: svg.dataset.area,
              transform: svg.style.transform,
              title: svg.querySelector('title')?.textContent ?? '',
              lit: g ? getComputedStyle(g).opacity : null,
              textInMap: svg.querySelectorAll('text').length,
              labelsArea: overlay?.classList.contains('areas-labels') ? overlay.dataset.area : null,
            };
          });
          if (st.area !== s.scene) problems.push(`step ${s.id}: map shows ${st.area}`);
          // the labels live in the unzoomed overlay: text under a zoom is laid out again each scene
          if (st.textInMap) problems.push(`step ${s.id}: ${st.textInMap} text elements inside the zoomed map`);
          if (st.labelsArea !== s.scene) problems.push(`step ${s.id}: the label overlay shows ${st.labelsArea ?? 'nothing'}`);
          const isArea = s.scene !== OVERVIEW && s.scene !== EXITS;
          if (isArea && !/scale\(/.test(st.transform)) problems.push(`step ${s.id}: the view did not move to the area`);
          if (!isArea && st.transform) problems.push(`step ${s.id}: the view is still zoomed (${st.transform})`);
          if (isArea && st.lit !== '1') problems.push(`step ${s.id}: the area is not lit (opacity ${st.lit})`);
          if (!st.title) problems.push(`step ${s.id}: the map has no accessible name`);
        }
        // once the zoom has arrived, the focused area's own label is shown inside the map's box
        const last = steps.filter((s) => s.scene !== OVERVIEW && s.scene !== EXITS).at(-1);
        if (last) {
          await scrollToStep(page, last.id);
          // polled: the zoom has arrived when the area's label is fully shown inside the map's box
          await page
            .waitForFunction(
              (id) => {
                const holder = document.querySelector('#areas [data-scene-target="map-areas"]');
                if (!holder) return false;
                const box = holder.getBoundingClientRect();
                const shown = [...holder.querySelectorAll<SVGTextElement>(`.areas-labels .fl[data-a="${id}"]`)].find(
                  (t) => t.getBoundingClientRect().width > 0,
                );
                const r = shown?.getBoundingClientRect();
                return (
                  !!r &&
                  getComputedStyle(shown!).opacity === '1' &&
                  r.left >= box.left - 1 &&
                  r.right <= box.right + 1 &&
                  r.top >= box.top - 1 &&
                  r.bottom <= box.bottom + 1
                );
              },
              last.scene,
              { timeout: 10_000 },
            )
            .catch(() => {});
          await animationsDone(page);
          const lab = await page.$eval(
            '#areas [data-scene-target="map-areas"]',
            (holder, id) => {
              const box = holder.getBoundingClientRect();
              const shown = [...holder.querySelectorAll<SVGTextElement>(`.areas-labels .fl[data-a="${id}"]`)].find((t) => t.getBoundingClientRect().width > 0);
              if (!shown) return null;
              const r = shown.getBoundingClientRect();
              return {
                opacity: getComputedStyle(shown).opacity,
                inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
              };
            },
            last.scene,
          );
          if (!lab) problems.push(`step ${last.id}: no label for the area`);
          else {
            if (lab.opacity !== '1') problems.push(`step ${last.id}: the area's label is not shown (opacity ${lab.opacity})`);
            if (!lab.inside) problems.push(`step ${last.id}: the area's label falls outside the map`);
          }
        }
        await page.close();
      });
    }

    await check('/embed/contiguous-areas/ opens ?area= and ignores bad values', async (problems) => {
      const page = await context.newPage();
      const shown = async (q: string) => {
        await page.goto(`${server.origin}/embed/contiguous-areas/${q}`, { waitUntil: 'load' });
        await page.waitForSelector('svg.areas-map[data-area]', { timeout: 10000 });
        return page.$eval('svg.areas-map', (el) => {
          const svg = el as SVGSVGElement;
          return { area: svg.dataset.area, zoomed: /scale\(/.test(svg.style.transform) };
        });
      };
      const w = await shown('?area=wuling');
      if (w.area !== 'wuling' || !w.zoomed) problems.push(`?area=wuling shows ${w.area} (zoomed: ${w.zoomed})`);
      const e = await shown(`?area=${EXITS}`);
      if (e.area !== EXITS) problems.push(`?area=${EXITS} shows ${e.area}`);
      for (const q of ['?area=nowhere', '?area=<script>alert(1)</script>', '?area=WULING', '?area=__proto__', '']) {
        const r = await shown(q);
        if (r.area !== OVERVIEW || r.zoomed) problems.push(`${q || '(none)'} shows ${r.area} (zoomed: ${r.zoomed}), not the overview`);
      }
      await page.close();
    });

    await check('/ language switch keeps the step', async (problems) => {
      const page = await context.newPage();
      await page.goto(server.origin + '/', { waitUntil: 'load' });
      await scrollToStep(page, 'exits-2018');
      const href = await page.$eval('[data-lang-switch]', (a) => a.getAttribute('href'));
      if (href !== '/zh/#exits-2018') problems.push(`switch points to ${href}, not /zh/#exits-2018`);
      // the address follows the step once the reader pauses, so a shared link opens there
      await page
        .waitForFunction(() => location.hash === '#exits-2018', null, { timeout: 3000 })
        .catch(() => problems.push(`the address did not follow the step (${page.url()})`));
      await page.click('[data-lang-switch]');
      await page.waitForURL('**/zh/#exits-2018');
      const landed = await page.$eval('#exits-2018', (e) => {
        const r = e.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      });
      if (!landed) problems.push('the Chinese page did not open at the same step');
      await page.close();
    });

    await check('/embed/county-exits/ reads ?year= and ignores bad values', async (problems) => {
      const page = await context.newPage();
      const hidden = async (q: string) => {
        await page.goto(`${server.origin}/embed/county-exits/${q}`, { waitUntil: 'load' });
        return page.$$eval('.chart-wide .bar.is-future', (n) => n.map((b) => b.getAttribute('data-year')));
      };
      const at2017 = await hidden('?year=2017');
      if (at2017.join() !== '2018,2019,2020') problems.push(`?year=2017 hides ${at2017.join() || 'nothing'}`);
      for (const q of ['?year=1999', '?year=2017x', '?year=<script>', '?x=1']) {
        const h = await hidden(q);
        if (h.length) problems.push(`${q} changed the chart (hides ${h.join()})`);
      }
      await page.close();
    });
  } finally {
    await context.close();
    await phone.context.close();
    await server.close();
  }
}
