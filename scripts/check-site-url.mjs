// @ts-check
// `npm run build:release` runs this before the build: a release must know its public address.
import { parseSiteUrl } from './lib/site-url.mjs';

const r = parseSiteUrl(process.env.SITE_URL);
if (r.error !== undefined) {
  console.error(
    `build:release: ${r.error}. A release build writes its address into every embed code, citation, oEmbed answer and social card: run it as SITE_URL=https://your.domain npm run build:release`,
  );
  process.exit(1);
}
console.log(`build:release: SITE_URL ${r.site}`);
