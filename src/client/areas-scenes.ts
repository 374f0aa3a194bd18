/**
 * Scenes of the areas map (src/charts/areas-map.ts): the scene is one attribute on the <svg>
 * (data-area), which the page's CSS (src/styles/areas-map.css) turns into lit and dimmed areas;
 * the view moves with one CSS transform on the <svg> element itself, read from the area group's
 * data-t ("tx ty k" in the map's units, computed at build time): an HTML-level transform, which
 * the compositor animates without repainting the map. Nothing is redrawn. Under
 * prefers-reduced-motion the view cuts.
 * The labels are not zoomed: the map carries them in one layer (g.overlay), which
 * `liftLabels` moves into an overlay <svg> of the same size beside the map, so a zoom changes no
 * text (Blink lays out every SVG text under a changed scale again: 60-90 ms a scene at 4x CPU).
 * The map's accessible name and description follow the scene.
 */
import { loadSvgInto } from './load-svg';
import { EXITS, OVERVIEW } from '../lib/scenes';

export { EXITS, OVERVIEW };

/** The zoom of a data-t value, or null when the value is missing or malformed. */
export function viewOf(dataT: string | null | undefined): { tx: number; ty: number; k: number } | null {
  const t = (dataT ?? '').trim().split(/\s+/).map(Number);
  if (t.length !== 3 || !t.every(Number.isFinite) || !(t[2]! > 0)) return null;
  return { tx: t[0]!, ty: t[1]!, k: t[2]! };
}

/**
 * The CSS transform of the <svg> for a data-t value on a map of width × height units (the
 * translation in percent of the element's own box, so it holds at any rendered size), or ''.
 */
export function transformOf(dataT: string | null | undefined, width: number, height: number): string {
  const v = viewOf(dataT);
  if (!v || !(width > 0) || !(height > 0)) return '';
  const pct = (x: number) => `${Math.round(x * 1000) / 1000}%`;
  return `translate(${pct((v.tx / width) * 100)}, ${pct((v.ty / height) * 100)}) scale(${v.k})`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Move the map's label layer into an unzoomed overlay <svg> placed after the map (CSS lays it
 * over the map). Returns the overlay; idempotent.
 */
export function liftLabels(svg: SVGSVGElement): SVGSVGElement | null {
  const next = svg.nextElementSibling;
  if (next instanceof SVGSVGElement && next.classList.contains('areas-labels')) return next;
  const layer = svg.querySelector(':scope > g.overlay');
  if (!layer) return null;
  const overlay = document.createElementNS(SVG_NS, 'svg');
  overlay.setAttribute('class', 'areas-labels');
  overlay.setAttribute('viewBox', svg.getAttribute('viewBox') ?? '');
  overlay.setAttribute('aria-hidden', 'true');
  overlay.setAttribute('focusable', 'false');
  overlay.append(layer);
  svg.after(overlay);
  return overlay;
}

/** Show a scene on an areas map; an unknown scene shows the overview. Returns the scene shown. */
export function applyAreaScene(svg: SVGSVGElement, scene: string, reduceMotion = false): string {
  const groups = [...svg.querySelectorAll<SVGGElement>('.ar[data-a]')];
  const group = groups.find((g) => g.dataset.a === scene);
  const shown = group ? scene : scene === EXITS && svg.querySelector('.exits') ? EXITS : OVERVIEW;
  const overlay = liftLabels(svg);
  if (svg.dataset.area === shown && (!overlay || overlay.dataset.area === shown)) return shown;
  svg.dataset.area = shown;
  if (overlay) overlay.dataset.area = shown;
  const vb = svg.viewBox.baseVal;
  const transform = group ? transformOf(group.dataset.t, vb.width, vb.height) : '';
  svg.style.transition = reduceMotion ? 'none' : '';
  svg.style.transform = transform;
  // the figure's legends follow the scene (the exit-year key in the closing scene)
  const figure = svg.closest<HTMLElement>('.areas-figure');
  if (figure) figure.dataset.area = shown;
  const source = group ?? svg.querySelector<SVGGElement>(shown === EXITS ? '.exits' : '.areas');
  const title = svg.querySelector('title');
  const desc = svg.querySelector('desc');
  if (source?.dataset.title && title) title.textContent = source.dataset.title;
  if (source?.dataset.desc && desc) desc.textContent = source.dataset.desc;
  return shown;
}

/** True when the reader asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Replace a holder's fallback image with the class-based areas map (data-map-src, same origin)
 * and show a scene on it. Returns the map, or null when it could not be loaded (the image stays).
 */
export async function loadAreasMap(holder: HTMLElement, scene: string): Promise<SVGSVGElement | null> {
  const svg = await loadSvgInto(holder);
  if (svg) applyAreaScene(svg, scene, true);
  return svg;
}
