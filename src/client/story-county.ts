/**
 * The story's exits map answers the county finder: on `ptz:county` it marks that county (a class
 * on its path and a ring), shows the map at the county's exit year and brings the step of that
 * year into view (instantly under prefers-reduced-motion), so the scroll scene and the map agree.
 * The map is fetched lazily by story.ts; a county chosen before it arrives is marked when it does.
 */
import { COUNTY_ID } from '../lib/url-state';
import { isExitYear } from '../lib/years';
import { markPath, pathsById } from './map-marker';

interface CountyDetail {
  id?: unknown;
  exitYear?: unknown;
  trigger?: unknown;
}

export function initStoryCounty(doc: Document = document): void {
  const target = doc.querySelector<HTMLElement>('[data-scene-target="map-exits"]');
  if (!target) return;
  let pending: string | null = null;

  const apply = (): void => {
    const svg = target.querySelector<SVGSVGElement>('svg.map');
    if (!svg || !pending) return;
    const path = pathsById(svg).get(pending);
    if (path) markPath(svg, path);
  };
  // The map replaces the placeholder when its section comes near: mark the county then.
  new MutationObserver(apply).observe(target, { childList: true });

  doc.addEventListener('ptz:county', (e) => {
    const d = ((e as CustomEvent).detail ?? {}) as CountyDetail;
    if (typeof d.id !== 'string' || !COUNTY_ID.test(d.id)) return;
    if (!isExitYear(d.exitYear)) return;
    pending = d.id;
    apply();
    // The map may not have arrived yet: its loader reads this when it does (src/client/story.ts).
    target.dataset.countyYear = String(d.exitYear);
    const svg = target.querySelector<SVGSVGElement>('svg.map');
    if (svg) svg.dataset.year = String(d.exitYear);
    const step = doc.getElementById(`exits-${d.exitYear}`);
    if (!step) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    step.scrollIntoView({ behavior: reduce || d.trigger === 'url' ? 'auto' : 'smooth', block: 'center' });
  });
}
