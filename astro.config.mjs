// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { LOCALES, DEFAULT_LOCALE, LOCALE_INFO } from './src/i18n/locales.ts';
import { siteUrl } from './scripts/lib/site-url.mjs';
import { themeCss } from './scripts/lib/theme-css.mjs';

// The public origin of the site: the SITE_URL environment variable (README, "Deploying"); unset,
// http://localhost:4321 (what `npm start` serves), with a one-line notice. Canonical links, the
// sitemap, embed codes, citations, oEmbed and social cards are built from it.
const site = siteUrl(process.env);

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Routes come from the locale list (src/i18n/locales.ts): the default edition at the root, the
  // others under their path (src/pages/[...locale]/).
  i18n: {
    locales: LOCALES.map((l) => ({ path: LOCALE_INFO[l].path || l, codes: [LOCALE_INFO[l].tag] })),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [LOCALE_INFO[l].path || l, LOCALE_INFO[l].tag])) },
      // Machine-readable files and embeds are not pages for readers to land on from search.
      filter: (page) => !/\/(maps|data|oembed)\//.test(new URL(page).pathname),
    }),
  ],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 }, plugins: [themeCss()] },
});
