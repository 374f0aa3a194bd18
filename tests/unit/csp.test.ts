import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CSP_DIRECTIVES, cspHeader, cspMeta, isEmbedPath, serializeCsp } from '../../src/lib/csp';
import { buildHeaders, buildRules, writeHeaders } from '../../scripts/write-headers.ts';
import { parseHeadersFile, headersForPath } from '../../scripts/lib/headers-file.ts';

const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
  );

describe('CSP_DIRECTIVES', () => {
  it('is the agreed policy', () => {
    expect(serializeCsp(CSP_DIRECTIVES)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CSP_DIRECTIVES)).toBe(true);
    expect(Object.isFrozen(CSP_DIRECTIVES['script-src'])).toBe(true);
  });

  it.each(['script-src', 'style-src', 'default-src'])('%s allows neither inline code nor eval', (name) => {
    const values = CSP_DIRECTIVES[name]!;
    expect(values).not.toContain("'unsafe-inline'");
    expect(values).not.toContain("'unsafe-eval'");
    expect(values).not.toContain('*');
  });
});

describe('cspMeta', () => {
  it('leaves out frame-ancestors, which a meta policy cannot carry', () => {
    expect(cspMeta()).not.toMatch(/frame-ancestors/);
    expect(parse(cspMeta()).get('object-src')).toEqual(["'none'"]);
  });
});

describe.each([
  { embed: false, ancestors: ["'none'"] },
  { embed: true, ancestors: ['*'] },
])('cspHeader({ embed: $embed })', ({ embed, ancestors }) => {
  it(`ends with frame-ancestors ${ancestors.join(' ')}`, () => {
    const header = cspHeader({ embed });
    expect(parse(header).get('frame-ancestors')).toEqual(ancestors);
    expect(header.startsWith(cspMeta() + '; ')).toBe(true);
  });
});

describe('isEmbedPath', () => {
  it.each([
    ['/embed/poverty-line/', true],
    ['/zh/embed/poverty-line/', true],
    ['/embed.js', false],
    ['/', false],
    ['/zh/', false],
    ['/charts/', false],
    ['/zh/embedded/', false],
  ])('%s -> %s', (p, expected) => {
    expect(isEmbedPath(p)).toBe(expected);
  });
});

describe('write-headers', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'csp-test-'));
    const files = [
      'index.html',
      '404.html',
      'embed.js',
      '_astro/app.abc123.js',
      'charts/index.html',
      'embed/poverty-line/index.html',
      'zh/index.html',
      'zh/charts/index.html',
      'zh/embed/poverty-line/index.html',
      'data/provinces.topo.json',
    ];
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
      writeFileSync(path.join(dist, f), 'x');
    }
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const servedPaths = [
    '/',
    '/index.html',
    '/404.html',
    '/embed.js',
    '/_astro/app.abc123.js',
    '/charts/',
    '/charts/index.html',
    '/embed/poverty-line/',
    '/zh/',
    '/zh/index.html',
    '/zh/charts/',
    '/zh/embed/poverty-line/',
    '/zh/embed/poverty-line/index.html',
    '/data/provinces.topo.json',
  ];

  it.each(servedPaths)('gives %s exactly one CSP, with the right frame-ancestors', (p) => {
    const rules = parseHeadersFile(buildHeaders(dist));
    const csp = headersForPath(rules, p).filter(([n]) => n.toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    expect(csp[0]![1]).toBe(cspHeader({ embed: isEmbedPath(p) }));
  });

  it('sends nosniff and the referrer policy everywhere, a long cache on /_astro/*', () => {
    const rules = parseHeadersFile(buildHeaders(dist));
    const get = (p: string, name: string) =>
      headersForPath(rules, p)
        .filter(([n]) => n.toLowerCase() === name)
        .map(([, v]) => v);
    for (const p of servedPaths) {
      expect(get(p, 'x-content-type-options')).toEqual(['nosniff']);
      expect(get(p, 'referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
    }
    expect(get('/_astro/app.abc123.js', 'cache-control')).toEqual(['public, max-age=31536000, immutable']);
    expect(get('/', 'cache-control')).toEqual([]);
  });

  it('never lets two CSP rules match one path', () => {
    const rules = buildRules(dist);
    const cspPatterns = rules.filter((r) => r.headers.some(([n]) => n === 'Content-Security-Policy'));
    expect(cspPatterns.map((r) => r.pattern)).not.toContain('/*');
    expect(cspPatterns.map((r) => r.pattern)).not.toContain('/zh/*');
  });

  it('writes the file, and gives no rule to the _headers file itself when run again', () => {
    writeHeaders(dist);
    const { file, text } = writeHeaders(dist);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(text.split('\n')).not.toContain('/_headers');
  });
});
