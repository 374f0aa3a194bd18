// @ts-check
/**
 * The site's public address: one setting, the SITE_URL environment variable, read by
 * astro.config.mjs (canonical links, sitemap, embed codes, citations, oEmbed, social cards).
 * Unset: http://localhost:4321, the origin `npm start` serves, so that everything works locally;
 * never a made-up domain. `npm run build:release` (scripts/check-site-url.mjs) requires it.
 */

/** What `npm start` (astro preview --port 4321) serves. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * SITE_URL as an origin ending in "/", or an error saying what is wrong.
 * @param {string | undefined} raw
 * @returns {{ site: string, error?: undefined } | { site?: undefined, error: string }}
 */
export function parseSiteUrl(raw) {
  const value = (raw ?? '').trim();
  if (!value) return { error: 'SITE_URL is not set' };
  let u;
  try {
    u = new URL(value);
  } catch {
    return { error: `SITE_URL="${value}" is not an absolute URL (write it as https://your.domain)` };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { error: `SITE_URL="${value}" is not an http(s) URL` };
  if (!u.hostname) return { error: `SITE_URL="${value}" has no host name` };
  if (u.pathname !== '/' || u.search || u.hash || u.username || u.password)
    return { error: `SITE_URL="${value}" must be an origin only, such as https://charts.example.edu (the site is served from the root of its host)` };
  return { site: `${u.origin}/` };
}

/**
 * The site for a build. Unset: the local origin and a notice (one line, printed once per process).
 * Set but malformed: throws, in every build (a wrong address would go into every embed code).
 * @param {Record<string, string | undefined>} env
 * @param {(line: string) => void} [warn]
 * @returns {string}
 */
export function siteUrl(env, warn = (line) => console.warn(line)) {
  if (!(env.SITE_URL ?? '').trim()) {
    const g = /** @type {{ __ptzSiteNotice?: boolean }} */ (globalThis);
    if (!g.__ptzSiteNotice)
      warn(
        `[site] SITE_URL is not set: building for ${LOCAL_ORIGIN} (npm start). Set SITE_URL=https://your.domain for a public build (npm run build:release requires it).`,
      );
    g.__ptzSiteNotice = true;
    return `${LOCAL_ORIGIN}/`;
  }
  const r = parseSiteUrl(env.SITE_URL);
  if (r.error !== undefined) throw new Error(`[site] ${r.error}.`);
  return r.site;
}
