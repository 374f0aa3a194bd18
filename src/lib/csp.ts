/**
 * The site's Content Security Policy: the one place it is written.
 *
 * - `cspMeta()` goes into `<meta http-equiv="Content-Security-Policy">` in every layout. A meta
 *   policy cannot carry `frame-ancestors`, so it is left out.
 * - `cspHeader({ embed })` is the HTTP header that `scripts/write-headers.ts` writes into
 *   dist/_headers: the same directives plus `frame-ancestors 'none'` for the site, or
 *   `frame-ancestors *` for the embeddable pages under `/embed/` in every edition (`/zh/embed/` …).
 */

import { LOCALES, LOCALE_INFO } from '../i18n/locales.ts';

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

function freeze(d: Record<string, string[]>): CspDirectives {
  const out: Record<string, readonly string[]> = {};
  for (const [name, values] of Object.entries(d)) out[name] = Object.freeze([...values]);
  return Object.freeze(out);
}

/** Every directive except frame-ancestors, in the order they are sent. */
export const CSP_DIRECTIVES: CspDirectives = freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
});

/** frame-ancestors for ordinary pages and for embeds. */
export const FRAME_ANCESTORS = Object.freeze({
  site: Object.freeze(["'none'"]),
  embed: Object.freeze(['*']),
});

/** URL path prefixes whose pages may be framed by any site. */
export const EMBED_PATH_PREFIXES: readonly string[] = Object.freeze(LOCALES.map((l) => (LOCALE_INFO[l].path ? `/${LOCALE_INFO[l].path}/embed/` : '/embed/')));

/** `default-src 'self'; script-src 'self'; ...` */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The Content-Security-Policy HTTP header value. */
export function cspHeader({ embed }: { embed: boolean }): string {
  return serializeCsp({
    ...CSP_DIRECTIVES,
    'frame-ancestors': embed ? FRAME_ANCESTORS.embed : FRAME_ANCESTORS.site,
  });
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` (no frame-ancestors). */
export function cspMeta(): string {
  return serializeCsp(CSP_DIRECTIVES);
}

/** True when a URL path is an embeddable page (`/embed/...`, `/zh/embed/...`). */
export function isEmbedPath(urlPath: string): boolean {
  return EMBED_PATH_PREFIXES.some((prefix) => urlPath.startsWith(prefix));
}
