// The lesson notes in a real Chromium, both versions in every edition: the teacher's (/teach/,
// /zh/teach/) and the students' (/teach/student/, /zh/teach/student/). On screen: notes for every chart,
// an answer block for each in the teacher version and none in the student version, the version choice
// (two links), every image loaded, no unfilled placeholder, axe light and dark (with an answer open).
// On paper (A4 PDFs read back with poppler's pdftotext): within the page budget, no blank or near-empty
// page, the answers printed in the teacher version and absent from the student version, the credit line
// (site name, address, licence) on every page, the site's own links written as absolute addresses.
// On dist/ only (SKIP on a site without them).
//
// Alone: npx tsx tests/e2e/teach.ts [--root dist] [--screenshots dir]   (--screenshots also keeps the PDFs)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PRINT_BUDGETS } from '../../scripts/lib/budgets.ts';
import { startServer } from '../../scripts/serve.ts';
import { guardedContext } from '../../scripts/lib/chromium.ts';
import { axe, checker, runAlone, screenshotViews, watch, type BrowserTestOptions } from './browser-helpers.ts';

const GATE = 'teach';

/** Every version of the notes in every edition, with whether it carries the answers. */
const VERSIONS = [
  { base: '/teach/', answers: true },
  { base: '/teach/student/', answers: false },
  { base: '/zh/teach/', answers: true },
  { base: '/zh/teach/student/', answers: false },
] as const;

/** Text as compared with what pdftotext returns: compatibility forms folded (⼈ → 人, ﬁ → fi), no whitespace. */
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** One string per page of a PDF (poppler-utils' pdfinfo and pdftotext; `.ci/run` installs them). */
function pdfPages(file: string): string[] {
  let info: string;
  try {
    info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pdfinfo/pdftotext not found: apt-get install -y poppler-utils');
    throw err;
  }
  const n = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  // -raw: in the order the text was drawn (the default reading order can move a number set in a Latin font
  // away from the Chinese text around it).
  return Array.from({ length: n }, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
}

/** Loads every lazy image (a PDF is printed from what has loaded) and waits for them. */
async function loadImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const i of document.querySelectorAll<HTMLImageElement>('img')) {
      i.loading = 'eager';
      await i.decode().catch(() => {});
    }
  });
}

export async function runTeachTests({ browser, root, reporter, screenshots = null }: BrowserTestOptions): Promise<void> {
  const check = checker(reporter, GATE);
  if (!existsSync(path.join(root, 'teach', 'index.html'))) {
    reporter.skip(GATE, '/teach/', ['no lesson notes in this site (SKIP, not PASS)']);
    return;
  }
  const server = await startServer({ root });
  const o = server.origin;
  const still = await guardedContext(browser, [o], { viewport: { width: 640, height: 900 }, reducedMotion: 'reduce' });
  try {
    for (const { base, answers } of VERSIONS) {
      await check(`${base} notes for every chart, ${answers ? 'answers' : 'no answers'}, version choice, images; axe`, async (problems) => {
        const page = await still.context.newPage();
        const errors = watch(page);
        await page.goto(`${o}${base}`, { waitUntil: 'load' });
        const r = await page.evaluate(async () => {
          const sections = [...document.querySelectorAll('section.teach-chart')];
          const imgs = [...document.querySelectorAll<HTMLImageElement>('.teach-figure img')];
          for (const i of imgs) {
            i.loading = 'eager';
            await i.decode().catch(() => {});
          }
          return {
            sections: sections.length,
            answers: document.querySelectorAll('section.teach-chart details.teach-answers').length,
            printAnswers: document.querySelectorAll('section.teach-chart .teach-answers-print').length,
            versions: [...document.querySelectorAll<HTMLAnchorElement>('nav.teach-versions a[href]')].map((a) => ({
              path: new URL(a.href).pathname,
              current: a.getAttribute('aria-current') === 'page',
            })),
            broken: imgs.filter((i) => !i.naturalWidth).map((i) => i.getAttribute('src')),
            placeholders: (document.body.textContent ?? '').match(/\{[a-z]+\.[A-Za-z0-9_.]+\}/g) ?? [],
          };
        });
        const want = answers ? r.sections : 0;
        if (!r.sections || r.answers !== want || r.printAnswers !== want)
          problems.push(`${r.sections} chart sections, ${r.answers} answer blocks, ${r.printAnswers} printed answer blocks (want ${want})`);
        const current = r.versions.filter((v) => v.current).map((v) => v.path);
        if (r.versions.length !== 2 || current.length !== 1 || current[0] !== base)
          problems.push(`version choice: ${JSON.stringify(r.versions)} (want two links, ${base} the current one)`);
        if (r.broken.length) problems.push(`images not loaded: ${r.broken.join(' ')}`);
        if (r.placeholders.length) problems.push(`unfilled placeholders: ${r.placeholders.join(' ')}`);
        if (answers) await page.click('section.teach-chart details.teach-answers summary');
        problems.push(...(await axe(page)));
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await axe(page)).map((v) => `dark: ${v}`));
        problems.push(...errors);
        await page.close();
      });
    }

    // On paper: A4 PDFs as a reader's browser prints them, read back page by page.
    const pdfDir = screenshots ?? mkdtempSync(path.join(tmpdir(), 'teach-pdf-'));
    mkdirSync(pdfDir, { recursive: true });
    try {
      const answerTexts = new Map<string, string[]>();
      for (const { base, answers } of VERSIONS) {
        const budget = PRINT_BUDGETS.teachPages[base];
        await check(
          `${base} printed (A4): at most ${budget} pages, none near-empty, ${answers ? 'answers printed' : 'no answers'}, credit on every page, absolute links`,
          async (problems, notes) => {
            const page = await still.context.newPage();
            await page.goto(`${o}${base}`, { waitUntil: 'load' });
            await loadImages(page);
            const dom = await page.evaluate(() => ({
              credit: document.querySelector('.teach-print-credit')?.textContent ?? '',
              canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? '',
              answers: [...document.querySelectorAll('.teach-answers-print')].map((e) =>
                [...e.children]
                  .slice(1)
                  .map((c) => c.textContent ?? '')
                  .join(' '),
              ),
              siteLinks: [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')].filter((a) => a.checkVisibility()).length,
            }));
            const lang = base.startsWith('/zh/') ? 'zh' : 'en';
            if (answers) answerTexts.set(lang, dom.answers);
            const file = path.join(pdfDir, `teach-${base.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.pdf`);
            writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
            await page.close();
            const pages = pdfPages(file).map(squash);
            const all = pages.join('');
            const credit = squash(dom.credit);
            const siteOrigin = dom.canonical ? new URL(dom.canonical).origin : '';
            notes.push(`${pages.length} pages`);
            if (!credit || !siteOrigin || !dom.credit.includes(dom.canonical))
              problems.push(`credit line "${dom.credit}" does not carry the page's address ${dom.canonical}`);
            if (pages.length > budget) problems.push(`${pages.length} pages, budget ${budget} (PRINT_BUDGETS.teachPages)`);
            pages.forEach((text, i) => {
              if (!text.includes(credit)) problems.push(`page ${i + 1}: no credit line`);
              const body = text.replace(credit, '').length;
              if (body < PRINT_BUDGETS.minCharsPerPage)
                problems.push(`page ${i + 1}: ${body} characters besides the credit line (blank or near-empty; want ${PRINT_BUDGETS.minCharsPerPage})`);
            });
            // Answers: each one's opening words in the teacher's PDF; none of them in the student's.
            const openings = (answerTexts.get(lang) ?? []).map((a) => squash(a).slice(0, 40)).filter(Boolean);
            if (!openings.length) problems.push('no answers to look for (the teacher version is checked first)');
            const found = openings.filter((a) => all.includes(a));
            if (answers && found.length !== openings.length) problems.push(`answers printed: ${found.length} of ${openings.length}`);
            if (!answers && found.length) problems.push(`answers printed in the student version: ${found.length}`);
            // The site's own links written out in full, never as a bare path.
            if (dom.siteLinks && !all.includes(squash(`(${siteOrigin}/`))) problems.push(`no link written as an absolute address (${siteOrigin}/…)`);
            const bare = all.match(/\(\/(?:data|zh|sources|charts|embed|teach)[^)]*\)/g) ?? [];
            if (bare.length) problems.push(`links printed as bare paths: ${bare.slice(0, 3).join(' ')}`);
          },
        );
      }
    } finally {
      if (!screenshots) rmSync(pdfDir, { recursive: true, force: true });
    }

    if (screenshots) {
      await screenshotViews(browser, o, screenshots, async (page, { width, scheme, locale, prefix }) => {
        await page.goto(`${o}${prefix}/teach/`, { waitUntil: 'load' });
        await page.screenshot({ path: path.join(screenshots, `teach-${locale}-${width}-${scheme}.png`) });
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: path.join(screenshots, `teach-print-${locale}-${width}-${scheme}.png`) });
      });
    }
    if (still.offsite.length) reporter.fail(GATE, 'offsite', still.offsite);
  } finally {
    await still.context.close();
    await server.close();
  }
}

await runAlone(import.meta.url, runTeachTests);
