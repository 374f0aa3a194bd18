/**
 * Scenes of the areas map (src/charts/areas-map.ts): the scene is one attribute on the <svg>
 * (data-area), which the page's CSS (src/styles/areas-map.css) turns into lit and dimmed areas;
 * the view moves with one transform on g.zoom, read from the area group's data-t ("tx ty k",
 * computed at build time). Nothing is redrawn. Under prefers-reduced-motion the view cuts.
 * The map's accessible name and description follow the scene.
 */
export const OVERVIEW = 'overview';
export const EXITS = 'exits';

/** The transform of a data-t value, or '' when the value is missing or malformed. */
export function transformOf(dataT: string | null | undefined): string {
  const t = (dataT ?? '').trim().split(/\s+/).map(Number);
  if (t.length !== 3 || !t.every(Number.isFinite) || !(t[2]! > 0)) return '';
  return `translate(${t[0]}px, ${t[1]}px) scale(${t[2]})`;
}

/** Show a scene on an areas map; an unknown scene shows the overview. Returns the scene shown. */
export function applyAreaScene(svg: SVGSVGElement, scene: string, reduceMotion = false): string {
  const groups = [...svg.querySelectorAll<SVGGElement>('.ar[data-a]')];
  const group = groups.find((g) => g.dataset.a === scene);
  const shown = group ? scene : scene === EXITS && svg.querySelector('.exits') ? EXITS : OVERVIEW;
  if (svg.dataset.area === shown) return shown;
  svg.dataset.area = shown;
  const zoom = svg.querySelector<SVGGElement>('.zoom');
  if (zoom) {
    zoom.style.transition = reduceMotion ? 'none' : '';
    zoom.style.transform = group ? transformOf(group.dataset.t) : '';
  }
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
