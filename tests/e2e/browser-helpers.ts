// What the browser-driven test files (story, finder, maps-teach, images-print) share: a check
// that turns a thrown error into a problem, axe run in the page, and a watch on a page's errors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AXE_TAGS } from './browser-gates.ts';
import { firstLine, type Reporter } from './common.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js'), 'utf8');

export type CheckBody = (problems: string[], notes: string[]) => Promise<void>;

/** A check function for one gate: runs the body, reports PASS with its notes or FAIL with its problems (a throw is one). */
export function checker(reporter: Reporter, gate: string): (target: string, fn: CheckBody) => Promise<void> {
  return async (target, fn) => {
    const problems: string[] = [];
    const notes: string[] = [];
    try {
      await fn(problems, notes);
    } catch (err) {
      problems.push(firstLine(err));
    }
    reporter.check(gate, target, problems, notes);
  };
}

/** axe-core (WCAG 2.2 A/AA tags) on the page as it is now: one line per violation. */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(`typeof window.axe === 'object'`))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // @ts-expect-error injected
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
}

/** Collects a page's uncaught exceptions, console errors and dialogs (dismissed) as problems. */
export function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return errors;
}
