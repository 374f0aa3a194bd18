// @ts-check
import { defineConfig } from 'astro/config';

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
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
