/**
 * A small reader for the site's own stylesheets (flat rules, @media blocks, comments; no nesting):
 * enough to derive the export style of the charts from src/styles/charts.css (src/charts/standalone.ts)
 * and for the tests to compare the page's chart rules with the exported ones.
 */

export interface CssRule {
  /** The selector list, split at top-level commas and trimmed. */
  selectors: string[];
  /** Declarations in order: [property, value]. */
  declarations: [string, string][];
  /** The enclosing at-rule prelude (e.g. "@media (max-width: 40rem)"), or null at the top level. */
  atRule: string | null;
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Split at commas that are not inside parentheses or brackets. */
export function splitTopLevel(s: string, sep = ','): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

function declarations(body: string): [string, string][] {
  return splitTopLevel(body, ';')
    .map((d) => {
      const i = d.indexOf(':');
      return [d.slice(0, i).trim(), d.slice(i + 1).trim()] as [string, string];
    })
    .filter(([p, v]) => p && v);
}

/** Every style rule of a stylesheet, in source order; rules inside an at-rule block carry its prelude. */
export function parseCss(source: string): CssRule[] {
  const css = stripComments(source);
  const rules: CssRule[] = [];
  const walk = (text: string, atRule: string | null) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      const prelude = text.slice(i, open).trim();
      // the matching brace
      let depth = 1;
      let j = open + 1;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
      }
      const body = text.slice(open + 1, j - 1);
      if (prelude.startsWith('@')) walk(body, prelude);
      else rules.push({ selectors: splitTopLevel(prelude), declarations: declarations(body), atRule });
      i = j;
    }
  };
  walk(css, null);
  return rules;
}

/** A value with every var(--name) replaced from `vars` (nested var() too); an unknown name is an error. */
export function resolveVars(value: string, vars: Readonly<Record<string, string>>): string {
  let out = value;
  for (let n = 0; n < 10 && out.includes('var('); n++) {
    out = out.replace(/var\(--([a-z0-9-]+)\)/gi, (_, name: string) => {
      const v = vars[name];
      if (v === undefined) throw new Error(`css: var(--${name}) has no value`);
      return v;
    });
  }
  return out;
}

/** A rule list written compactly: `a,b{p:v;q:w}`. */
export function printRules(rules: Pick<CssRule, 'selectors' | 'declarations'>[]): string {
  return rules.map((r) => `${r.selectors.join(',')}{${r.declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`).join('');
}
