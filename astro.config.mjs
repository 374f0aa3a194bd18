// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public origin of the site. Override with SITE_URL when deploying elsewhere;
// canonical links, oEmbed and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'https://82million-to-zero.example.org';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-Hans' } },
      // Machine-readable files and embeds are not pages for readers to land on from search.
      filter: (page) => !/\/(maps|data|oembed)\//.test(new URL(page).pathname),
    }),
  ],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
