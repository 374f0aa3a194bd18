#!/usr/bin/env node
/**
 * Writes dist/_headers (Netlify / Cloudflare Pages format) after `astro build`, with the policy
 * of src/lib/csp.ts.
 *
 * Every path gets exactly one Content-Security-Policy header:
 *   - frame-ancestors 'none' for the site,
 *   - frame-ancestors *      for /embed/** and /zh/embed/** (embeddable charts).
 * The CSP rules are written so that no two of them match the same path. That is on purpose: on
 * Cloudflare Pages every matching rule applies and a header set by two rules is sent twice, and a
 * browser enforces *both* policies, so a site-wide `/*` CSP with 'none' would block the embeds
 * whatever `/embed/*` says. Netlify instead lets the later rule win. Rules that never overlap mean
 * the same thing on both hosts. To get there the script lists the built output: one rule per
 * top-level file or folder, going down only into folders that hold an embed folder (e.g. /zh/).
 *
 * Run: tsx scripts/write-headers.ts [distDir=dist]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EMBED_PATH_PREFIXES, cspHeader } from '../src/lib/csp.ts';
import { CONFIG_FILES, type Header } from './lib/headers-file.ts';
import { writeAllAtomically } from './lib/write-atomic.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export const COMMON_HEADERS: readonly Header[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];
export const IMMUTABLE_CACHE: Header = ['Cache-Control', 'public, max-age=31536000, immutable'];

export interface Rule {
  pattern: string;
  headers: Header[];
}

/**
 * The rules for a built site. `/*` carries only headers that are the same everywhere; the CSP
 * rules never overlap (see the comment at the top).
 */
export function buildRules(distDir: string): Rule[] {
  const siteCsp: Header = ['Content-Security-Policy', cspHeader({ embed: false })];
  const embedCsp: Header = ['Content-Security-Policy', cspHeader({ embed: true })];
  const cspRules: Rule[] = [];

  const walk = (dirAbs: string, urlPrefix: string) => {
    for (const name of readdirSync(dirAbs).sort()) {
      if (urlPrefix === '/' && CONFIG_FILES.has(name)) continue;
      const abs = path.join(dirAbs, name);
      const url = urlPrefix + name;
      if (statSync(abs).isDirectory()) {
        const dirUrl = url + '/';
        if (EMBED_PATH_PREFIXES.some((p) => dirUrl.startsWith(p))) {
          cspRules.push({ pattern: dirUrl + '*', headers: [embedCsp] });
        } else if (EMBED_PATH_PREFIXES.some((p) => p.startsWith(dirUrl))) {
          // This folder holds an embed folder deeper down: list it instead of `dir/*`.
          if (existsSync(path.join(abs, 'index.html'))) cspRules.push({ pattern: dirUrl, headers: [siteCsp] });
          walk(abs, dirUrl);
        } else {
          const headers = [siteCsp];
          if (dirUrl === '/_astro/') headers.push(IMMUTABLE_CACHE);
          cspRules.push({ pattern: dirUrl + '*', headers });
        }
      } else {
        if (name === 'index.html' && urlPrefix === '/') cspRules.push({ pattern: '/', headers: [siteCsp] });
        cspRules.push({ pattern: url, headers: [siteCsp] });
      }
    }
  };
  walk(path.resolve(distDir), '/');
  return [{ pattern: '/*', headers: [...COMMON_HEADERS] }, ...cspRules];
}

export function formatHeaders(rules: readonly Rule[]): string {
  const head = [
    '# Written by scripts/write-headers.ts from src/lib/csp.ts after `astro build`.',
    '# Do not edit by hand. No two Content-Security-Policy rules match the same path (see the script).',
    '',
    '',
  ];
  const body = rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n'));
  return head.join('\n') + body.join('\n\n') + '\n';
}

export function buildHeaders(distDir: string): string {
  return formatHeaders(buildRules(distDir));
}

/** Writes `<distDir>/_headers` through a temp file. */
export function writeHeaders(distDir = path.join(here, '..', 'dist')): { file: string; text: string } {
  const abs = path.resolve(distDir);
  if (!existsSync(abs)) throw new Error(`write-headers: ${abs} does not exist; run \`astro build\` first`);
  const text = buildHeaders(abs);
  writeAllAtomically(abs, [{ path: '_headers', content: text }]);
  return { file: path.join(abs, '_headers'), text };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { file, text } = writeHeaders(process.argv[2]);
    const n = text.split('\n').filter((l) => l && !l.startsWith(' ') && !l.startsWith('#')).length;
    console.log(`write-headers: ${path.relative(process.cwd(), file)} (${n} rules)`);
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exit(1);
  }
}
