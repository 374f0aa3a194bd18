/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format) with Cloudflare's semantics: every
 * matching rule applies in file order, a header given by two rules is sent twice, `! Name` detaches
 * a header set by an earlier rule. Used by the static server, the e2e security gate and the unit tests.
 */

export type Header = [name: string, value: string];
export interface HeaderRule {
  pattern: string;
  regex: RegExp;
  set: Header[];
  detach: string[];
  line: number;
}

/** The rules of a `_headers` text, in file order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      current = { pattern: trimmed, regex: patternToRegExp(trimmed), set: [], detach: [], line: i + 1 };
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`_headers line ${i + 1}: header without a path: ${trimmed}`);
    if (trimmed.startsWith('!')) {
      current.detach.push(trimmed.slice(1).trim().toLowerCase());
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${i + 1}: expected "Name: value", got: ${trimmed}`);
    current.set.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/** `/*` splats match anything (also nothing); `:name` matches one path segment. */
export function patternToRegExp(pattern: string): RegExp {
  const abs = /^https?:\/\/[^/]+(\/.*)?$/i.exec(pattern);
  const p = abs ? abs[1] || '/' : pattern;
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') re += '.*';
    else if (c === ':' && /[A-Za-z]/.test(p[i + 1] ?? '')) {
      while (/[A-Za-z0-9_]/.test(p[i + 1] ?? '')) i++;
      re += '[^/]+';
    } else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The headers for one URL path, names as written; a header set twice is kept twice. */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Header[] {
  let out: Header[] = [];
  for (const rule of rules) {
    if (!rule.regex.test(urlPath)) continue;
    if (rule.detach.length) out = out.filter(([n]) => !rule.detach.includes(n.toLowerCase()));
    out.push(...rule.set);
  }
  return out;
}

/** Files at a site's root that hosts read as configuration and never serve. */
export const CONFIG_FILES: ReadonlySet<string> = new Set(['_headers', '_redirects', '_routes.json']);
