/**
 * What every embed does to its own frame, before anything else:
 * - ?theme=light|dark fixes the colours (a dark device would otherwise turn an embed dark inside a
 *   light page): one attribute on <html>, which global.css answers (the dark palette is written
 *   once; astro.config.mjs derives the forced rules from it), and the painted map images follow;
 * - every link opens outside the frame. The pages rendered into an embed already carry
 *   target="_blank" (SourceLine, the credit line; the e2e gate `embeds` checks the built HTML);
 *   this also covers whatever a script inserts later (the class-based maps, captions, cards).
 */
import type { Theme } from '../lib/url-state';

const DARK_MEDIA = /prefers-color-scheme:\s*dark/;

/** Force a theme: `data-theme` on <html>, and the light or dark painted image in every <picture>. */
export function applyTheme(doc: Document, theme: Theme): void {
  doc.documentElement.dataset.theme = theme;
  doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
  for (const source of doc.querySelectorAll<HTMLSourceElement>('picture > source[media]')) {
    if (!DARK_MEDIA.test(source.media)) continue;
    source.dataset.media ??= source.media;
    source.media = theme === 'dark' ? 'all' : 'not all';
  }
}

/** Give one link target="_blank" rel="noopener" unless it already opens outside the frame. */
function openOutside(a: Element): void {
  const target = a.getAttribute('target');
  if (target === '_blank' || target === '_top') {
    if (target === '_blank' && !/\bnoopener\b/.test(a.getAttribute('rel') ?? '')) a.setAttribute('rel', `${a.getAttribute('rel') ?? ''} noopener`.trim());
    return;
  }
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', `${a.getAttribute('rel') ?? ''} noopener`.trim());
}

/** Links in HTML and SVG alike (an SVG <a> has href or xlink:href). */
const LINKS = 'a[href], a[*|href]';

/** Every link under `root`, now and whenever one is added, opens outside the frame. */
export function keepLinksOutside(root: Element): MutationObserver {
  root.querySelectorAll(LINKS).forEach(openOutside);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target instanceof Element && r.target.matches(LINKS)) openOutside(r.target);
        continue;
      }
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(LINKS)) openOutside(node);
        node.querySelectorAll(LINKS).forEach(openOutside);
      }
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['href', 'target'] });
  return observer;
}
