// The edition gate: every Chinese page (<html lang="zh…">) reads as written for Chinese readers.
// One check per page, on the built HTML (no browser):
//   - Latin share: unmarked Latin letters (latin-share.ts: elements marked lang="en" or another
//     non-Chinese language, code, URLs, domain names and acronyms left out) at most LATIN_BUDGET
//     of all letters, or at most LATIN_FLOOR letters on a small page;
//   - no ASCII brackets around Chinese text in running text ("77 (未经核实)"): full-width（）;
//   - no digit grouping with commas ("8,452元"): Chinese digits are written ungrouped (src/lib/format.ts);
//   - the glossary (src/i18n/glossary.ts): no forbidden variant of a term; status badges say the
//     status's one label; no note about an English translation; no unattributed instruction;
//   - addresses in Chinese order (湖南省花垣县, not 花垣县，湖南省).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, attr, elements, fileToUrlPath, type Doc, type Reporter } from './common.ts';
import { latinShareOfRuns, parsePage, visibleRuns } from './latin-share.ts';
import { GLOSSARY, STATUS_TERMS, TRANSLATION_NOTES, UNATTRIBUTED_VOICE } from '../../src/i18n/glossary.ts';

const GATE = 'edition';
/** Unmarked Latin letters allowed on a Chinese page: a share of all letters … */
export const LATIN_BUDGET = 0.03;
/** … or this many letters, whichever is larger (a brand name on a small embed page). */
export const LATIN_FLOOR = 20;

const HAN = '\\p{Script=Han}';
/** ASCII brackets with Chinese inside: "(未经核实)", "(2019年)". */
const ASCII_PARENS = new RegExp(`\\([^()\\n]{0,80}${HAN}[^()\\n]{0,80}\\)`, 'gu');
/** A comma-grouped number: "8,452", "16,021.5". */
const GROUPED = /\d{1,3}(?:,\d{3})+(?:\.\d+)?/g;
/** The province names (湖南省, 湖南), longest first. */
const PROVINCE_NAMES = readFileSync(path.join(REPO, 'data', 'provinces.json'), 'utf8')
  .split('\n')
  .filter((l) => l.trim().startsWith('{'))
  .flatMap((l) => {
    const p = JSON.parse(l.trim().replace(/,$/, '')) as { nameZh: string; shortZh: string };
    return [p.nameZh, p.shortZh];
  })
  .sort((a, b) => b.length - a.length);
/** A county, township or village, then a comma, then its province: English address order (花垣县，湖南省). */
const ENGLISH_ORDER = new RegExp(`${HAN}{1,8}(?:县|区|市|旗|乡|镇|村)[，,]\\s*(?:${PROVINCE_NAMES.join('|')})(?![${'\\u4e00-\\u9fff'}]*(?:县|区|市))`, 'gu');

export function isChinesePage(doc: Doc): boolean {
  for (const el of elements(doc)) if (el.tagName === 'html') return /^zh(-|$)/i.test(attr(el, 'lang') ?? '');
  return false;
}

const excerpt = (text: string, index: number, length: number) =>
  text
    .slice(Math.max(0, index - 20), index + length + 20)
    .replace(/\s+/g, ' ')
    .trim();

/** The problems of one Chinese page (empty when it passes). */
export function editionProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const runs = visibleRuns(doc);
  const share = latinShareOfRuns(runs);
  if (share.latin > LATIN_FLOOR && share.share > LATIN_BUDGET)
    problems.push(
      `Latin letters are ${(share.share * 100).toFixed(1)} % of the letters (${share.latin} of ${share.latin + share.han}), over ${LATIN_BUDGET * 100} %: ` +
        `mark names that have no Chinese form with lang="en", give the rest in Chinese. Longest: ${share.samples
          .slice(0, 5)
          .map((s) => `“${s.slice(0, 60)}”`)
          .join(', ')}`,
    );
  // Running text: the runs joined (inline elements split a sentence into several runs).
  const text = runs.map((r) => r.text).join('');
  for (const m of text.matchAll(ASCII_PARENS)) problems.push(`ASCII brackets around Chinese text, use（）: “${excerpt(text, m.index, m[0].length)}”`);
  for (const m of text.matchAll(GROUPED))
    problems.push(`digits grouped with commas (Chinese numbers are written ungrouped: 8452元, 9899万): “${excerpt(text, m.index, m[0].length)}”`);
  for (const m of text.matchAll(ENGLISH_ORDER))
    problems.push(`address in English order (write 省 before 县: 湖南省花垣县): “${excerpt(text, m.index, m[0].length)}”`);
  for (const g of GLOSSARY)
    for (const bad of g.forbidden) {
      const i = text.indexOf(bad);
      if (i >= 0) problems.push(`glossary: “${bad}” — write “${g.preferred}” (${g.why}): “${excerpt(text, i, bad.length)}”`);
    }
  for (const bad of TRANSLATION_NOTES) {
    const i = text.indexOf(bad);
    if (i >= 0) problems.push(`a note about an English translation the Chinese reader never sees: “${excerpt(text, i, bad.length)}”`);
  }
  for (const bad of UNATTRIBUTED_VOICE) {
    const i = text.indexOf(bad);
    if (i >= 0)
      problems.push(`the site's own voice gives an instruction or a slogan unattributed (say who said it, when, where): “${excerpt(text, i, bad.length)}”`);
  }
  // Status badges: one label per status.
  for (const el of elements(doc)) {
    const cls = (attr(el, 'class') ?? '').split(/\s+/);
    if (!cls.includes('status-badge')) continue;
    const status = (Object.keys(STATUS_TERMS) as (keyof typeof STATUS_TERMS)[]).find((s) => cls.includes(s));
    const label = runs
      .filter((r) => r.el === el)
      .map((r) => r.text)
      .join('')
      .trim();
    if (status && label && label !== STATUS_TERMS[status]) problems.push(`status badge “${label}” — the ${status} label is “${STATUS_TERMS[status]}”`);
  }
  return problems;
}

export function gateEdition({ root, htmlFiles, reporter }: { root: string; htmlFiles: string[]; reporter: Reporter }): void {
  let n = 0;
  for (const rel of htmlFiles) {
    const doc = parsePage(path.join(root, rel));
    if (!isChinesePage(doc)) continue;
    n++;
    const share = latinShareOfRuns(visibleRuns(doc));
    reporter.check(GATE, fileToUrlPath(rel), editionProblems(doc), [
      `Latin ${(share.share * 100).toFixed(1)} % (${share.latin} of ${share.latin + share.han} letters)`,
    ]);
  }
  if (!n) reporter.skip(GATE, root, ['no Chinese page (html lang="zh…") in the site']);
}
