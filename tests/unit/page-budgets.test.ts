import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePage, pageProblems } from '../e2e/budgets.ts';

/** Text that gzip cannot shrink much: about n characters of base64 hashes (deterministic). */
function noise(n: number, seed = 1): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += createHash('sha256').update(`${seed}:${i}`).digest('base64');
  return out.slice(0, n);
}

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ptz-budget-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('page byte budgets', () => {
  it('counts only the HTML before the first scene towards the first-screen budget', () => {
    const html = `<!doctype html><html><body><h1>Story</h1><section data-scrolly>${noise(80_000)}</section></body></html>`;
    const root = site({ 'index.html': html });
    const m = measurePage(root, '/', path.join(root, 'index.html'));
    expect(m.htmlFirstGz).toBeLessThan(1000);
    expect(m.htmlGz).toBeGreaterThan(50_000);
    expect(pageProblems(m)).toEqual([]);
  });
  it('counts the whole HTML of a page without scenes', () => {
    const root = site({ 'sources/index.html': `<!doctype html><p>${noise(80_000)}</p>` });
    const m = measurePage(root, '/sources/', path.join(root, 'sources/index.html'));
    expect(pageProblems(m).join()).toMatch(/HTML\+CSS [\d.]+ KB gz > 50\.0 KB/);
  });
  it('holds the chart gallery, which has no first scene, to its own whole-page budget', () => {
    const root = site({ 'zh/charts/index.html': `<!doctype html><p>${noise(80_000)}</p>` });
    const m = measurePage(root, '/zh/charts/', path.join(root, 'zh/charts/index.html'));
    expect(pageProblems(m).join()).toMatch(/HTML\+CSS [\d.]+ KB gz > 60\.0 KB/);
  });
  it('fails a story page whose HTML, CSS, JS and fetched maps pass 300 KB together', () => {
    const html = `<!doctype html><html><body><section data-scrolly><div data-map-src="/maps/big.svg"></div>${noise(200_000)}</section></body></html>`;
    const root = site({ 'index.html': html, 'maps/big.svg': `<svg xmlns="http://www.w3.org/2000/svg"><desc>${noise(250_000, 7)}</desc></svg>` });
    const m = measurePage(root, '/', path.join(root, 'index.html'));
    expect(m.fetched.map((f) => f.path)).toEqual(['/maps/big.svg']);
    expect(pageProblems(m).join()).toMatch(/story page [\d.]+ KB gz > 300\.0 KB/);
  });
  it('sets no page-total budget on pages other than the story', () => {
    const root = site({ 'embed/a/index.html': '<!doctype html><p>x</p>' });
    expect(measurePage(root, '/embed/a/', path.join(root, 'embed/a/index.html')).totalBudget).toBeNull();
  });
});
