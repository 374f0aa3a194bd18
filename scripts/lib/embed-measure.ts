/**
 * How tall an embed is once it has settled, for `npm run measure:embeds` (scripts/measure-embeds.ts)
 * and the e2e gate `embeds` (tests/e2e/embeds.ts), so that both measure the same thing.
 *
 * "Settled": the document has loaded, its images are decoded, its fonts are ready, and, with
 * scripting on, the embed's scripts have done their work (the class-based map has replaced the
 * painted image, the exits map shows its controls); then the height is polled until it has not
 * changed for STABLE_POLLS polls in a row. No fixed sleep anywhere.
 */
import type { Frame, Page } from 'playwright-core';

export const POLL_MS = 100;
export const STABLE_POLLS = 5;

/** The embed pages of a built site: /embed/<chart>/ and /zh/embed/<chart>/ (from dist/embed/). */
export interface EmbedPage {
  slug: string;
  locale: 'en' | 'zh';
  urlPath: string;
}

/** The state an embed is in: loaded, scripts done (when they run), and its height. */
async function state(target: Page | Frame, scripting: boolean) {
  return target.evaluate((js) => {
    const d = document;
    const ready =
      d.readyState === 'complete' &&
      [...d.images].every((i) => i.complete) &&
      (!js ||
        ([...d.querySelectorAll('[data-map-src]')].every((h) => h.querySelector('svg')) &&
          [...d.querySelectorAll<HTMLElement>('[data-exits-controls]')].every((c) => !c.hidden)));
    // what the iframe must hold: the document's box, or what scrolls if something sticks out
    const height = Math.max(
      Math.ceil(d.documentElement.getBoundingClientRect().height),
      d.documentElement.scrollHeight > innerHeight ? d.documentElement.scrollHeight : 0,
    );
    return { ready, height, fonts: d.fonts.status };
  }, scripting);
}

/**
 * Waits for an embed (a page, or the frame of an iframe) to settle and returns its content height
 * in CSS px. `scripting` says whether the embed's own scripts run (they do unless JS is off).
 */
export async function settledHeight(target: Page | Frame, { scripting = true, timeoutMs = 20_000 } = {}): Promise<number> {
  const page = 'page' in target ? target.page() : target;
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let same = 0;
  let s = await state(target, scripting);
  while (Date.now() < deadline) {
    s = await state(target, scripting);
    if (s.ready && s.fonts === 'loaded') {
      same = s.height === last ? same + 1 : 0;
      last = s.height;
      if (same >= STABLE_POLLS) return s.height;
    }
    await page.waitForTimeout(POLL_MS);
  }
  throw new Error(`the embed did not settle within ${timeoutMs / 1000} s (ready: ${s.ready}, fonts: ${s.fonts}, height ${s.height})`);
}
