// Runs every gate on one built site (a dist/ directory or a fixture).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../../scripts/serve.ts';
import type { Browser } from 'playwright-core';
import { discoverPages, type Reporter } from './common.ts';
import { runBudgets } from './budgets.ts';
import { gateHtml, gateLinks, gateSecurity, gateHeaders } from './static-gates.ts';
import { gateVnu } from './vnu.ts';
import { gateEdition } from './edition-gates.ts';
import { runBrowserGates, BROWSER_GATES } from './browser-gates.ts';
import { gateEmbedHost } from './embed-host.ts';

export const STATIC_GATES = ['bytes', 'html', 'vnu', 'links', 'security', 'edition'];
export const ALL_GATES = [...STATIC_GATES, ...BROWSER_GATES, 'embed-host'];

/**
 * options:
 *   root        the built site
 *   browser     a launched playwright Browser (only needed for browser gates)
 *   reporter    a Reporter
 *   gates       Set of gate names (default: all)
 *   concurrency pages tested at once in the browser (default 2)
 *   siteOrigin  the public origin (absolute links to it are internal); default: from the sitemap or canonical link
 */
export interface SuiteOptions {
  root: string;
  browser: Browser | null;
  reporter: Reporter;
  gates?: Set<string>;
  concurrency?: number;
  siteOrigin?: string;
}

export async function runSuite({ root, browser, reporter, gates = new Set(ALL_GATES), concurrency = 2, siteOrigin }: SuiteOptions): Promise<void> {
  const abs = path.resolve(root);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    reporter.fail('setup', abs, [`${abs} does not exist: build the site first (npm run build)`]);
    return;
  }
  const found = discoverPages(abs);
  const origin = siteOrigin ?? process.env.SITE_URL?.replace(/\/+$/, '') ?? found.siteOrigin ?? null;
  const { pages, files } = found;
  const htmlFiles = files.filter((f) => /\.html?$/i.test(f));
  reporter.info(
    `Site ${abs}: ${pages.length} page(s) from ${found.source}` +
      (found.redirects.length ? `, ${found.redirects.length} redirect page(s) left out of the browser gates` : '') +
      `, ${htmlFiles.length} HTML file(s)` +
      (origin ? `, public origin ${origin}` : ''),
  );
  if (!pages.length) {
    reporter.fail('setup', abs, ['no pages found (no sitemap*.xml, no **/index.html)']);
    return;
  }
  const want = (g: string) => gates.has(g);

  if (want('bytes')) runBudgets({ root: abs, pages, reporter, siteOrigin: origin });
  if (want('html')) await gateHtml({ root: abs, htmlFiles, reporter });
  if (want('vnu')) await gateVnu({ root: abs, htmlFiles, files, reporter });
  if (want('edition')) gateEdition({ root: abs, htmlFiles, reporter });
  if (want('links'))
    gateLinks({
      root: abs,
      htmlFiles,
      reporter,
      siteOrigin: origin,
      sitemap: { files: found.sitemapFiles, missing: found.sitemapMissing, notInSitemap: found.notInSitemap, count: pages.length },
    });
  if (want('security')) {
    gateSecurity({ root: abs, htmlFiles, reporter });
    gateHeaders({ root: abs, files, reporter });
  }

  const browserGates = new Set(BROWSER_GATES.filter(want));
  if (!browserGates.size && !want('embed-host')) return;
  if (!browser) throw new Error('runSuite: browser gates need a browser');
  const server = await startServer({ root: abs });
  try {
    if (browserGates.size) await runBrowserGates({ browser, origin: server.origin, pages, reporter, concurrency, gates: browserGates });
    if (want('embed-host')) await gateEmbedHost({ browser, root: abs, origin: server.origin, pages, reporter });
  } finally {
    await server.close();
  }
}
