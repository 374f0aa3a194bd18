#!/usr/bin/env node
// Writes dist/_headers (Netlify / Cloudflare Pages format) after `astro build`.
//
// The policy comes from src/lib/csp-policy.json, which src/lib/csp.ts reads too
// (tests/unit/csp.test.ts checks that both give the same header).
//
// Every path gets exactly one Content-Security-Policy header:
//   - frame-ancestors 'none' for the site,
//   - frame-ancestors *      for /embed/** and /zh/embed/** (embeddable charts).
// The CSP rules are written so that no two of them match the same path. That is
// on purpose: on Cloudflare Pages every matching rule applies and a header set
// by two rules is sent twice, and a browser enforces *both* policies, so a
// site-wide `/*` CSP with 'none' would block the embeds whatever `/embed/*`
// says. Netlify instead lets the later rule win. Rules that never overlap mean
// the same thing on both hosts. To get there the script lists the built output:
// one rule per top-level file or folder, going down only into folders that hold
// an embed folder (e.g. /zh/).
//
// Run: node scripts/write-headers.mjs [distDir=dist]

import { readFileSync, readdirSync, writeFileSync, renameSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const POLICY_FILE = path.join(here, '..', 'src', 'lib', 'csp-policy.json');

/** Files that hosts read as configuration: no rules for them. */
const CONFIG_FILES = new Set(['_headers', '_redirects', '_routes.json']);

export const COMMON_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];
export const IMMUTABLE_CACHE = ['Cache-Control', 'public, max-age=31536000, immutable'];

export function readPolicy(file = POLICY_FILE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Same serialization as src/lib/csp.ts: `name v1 v2; name v1`. */
export function cspFor(policy, { embed }) {
  const directives = {
    ...policy.directives,
    'frame-ancestors': embed ? policy.frameAncestors.embed : policy.frameAncestors.site,
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * The rules for a built site: [{ pattern, headers: [[name, value]] }].
 * `/*` carries only headers that are the same everywhere; the CSP rules never
 * overlap (see the comment at the top).
 */
export function buildRules(distDir, policy = readPolicy()) {
  const embedPrefixes = policy.embedPathPrefixes;
  const siteCsp = ['Content-Security-Policy', cspFor(policy, { embed: false })];
  const embedCsp = ['Content-Security-Policy', cspFor(policy, { embed: true })];
  const rules = [{ pattern: '/*', headers: [...COMMON_HEADERS] }];
  const cspRules = [];

  const walk = (dirAbs, urlPrefix) => {
    const names = readdirSync(dirAbs).sort();
    for (const name of names) {
      if (urlPrefix === '/' && CONFIG_FILES.has(name)) continue;
      const abs = path.join(dirAbs, name);
      const url = urlPrefix + name;
      if (statSync(abs).isDirectory()) {
        const dirUrl = url + '/';
        if (embedPrefixes.some((p) => dirUrl.startsWith(p))) {
          cspRules.push({ pattern: dirUrl + '*', headers: [embedCsp] });
        } else if (embedPrefixes.some((p) => p.startsWith(dirUrl))) {
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
  return [...rules, ...cspRules];
}

export function formatHeaders(rules) {
  const head = [
    '# Written by scripts/write-headers.mjs from src/lib/csp-policy.json after `astro build`.',
    '# Do not edit by hand. No two Content-Security-Policy rules match the same path (see the script).',
    '',
    '',
  ];
  const body = rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n'));
  return head.join('\n') + body.join('\n\n') + '\n';
}

export function buildHeaders(distDir, policy = readPolicy()) {
  return formatHeaders(buildRules(distDir, policy));
}

/** Writes `<distDir>/_headers` through a temp file. Returns { file, text }. */
export function writeHeaders(distDir = path.join(here, '..', 'dist')) {
  const abs = path.resolve(distDir);
  if (!existsSync(abs)) throw new Error(`write-headers: ${abs} does not exist; run \`astro build\` first`);
  const text = buildHeaders(abs);
  const file = path.join(abs, '_headers');
  const tmp = file + '.tmp';
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return { file, text };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const { file, text } = writeHeaders(process.argv[2]);
    const n = text.split('\n').filter((l) => l && !l.startsWith(' ') && !l.startsWith('#')).length;
    console.log(`write-headers: ${path.relative(process.cwd(), file)} (${n} rules)`);
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exit(1);
  }
}
