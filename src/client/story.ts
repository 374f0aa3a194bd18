/** The story's only script: scroll-driven scenes for its figures. */
import { loadSvgInto } from './load-svg';
import { initScrolly, revealTo } from './scrolly';
import { applyAreaScene, prefersReducedMotion } from './areas-scenes';
import { LAST_EXIT_YEAR } from '../lib/years';

for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
  const target = root.querySelector<HTMLElement>('[data-scene-target]');
  if (!target) continue;
  const kind = target.dataset.sceneTarget;
  if (kind === 'line') {
    // Both drawings (wide and narrow) follow the scene; CSS shows the one that fits.
    const svgs = [...target.querySelectorAll('svg')];
    const reveal = (scene: string) => svgs.forEach((svg) => revealTo(svg, Number(scene)));
    const first = root.querySelector<HTMLElement>('.step[data-scene]')?.dataset.scene;
    if (first) reveal(first);
    initScrolly(root, reveal);
  } else if (kind === 'journey') {
    // The journey map: the scene (the visit's number) is one attribute on both drawings; CSS does the rest.
    const svgs = [...target.querySelectorAll('svg')];
    initScrolly(root, (scene) => svgs.forEach((svg) => svg.setAttribute('data-scene', scene)));
  } else if (kind === 'map-exits' || kind === 'map-areas') {
    // With JavaScript the painted fallback image is not needed: drop it before it loads (it is
    // lazy), keeping its box so nothing shifts, and fetch the animated map when the section nears.
    const img = target.querySelector('img');
    const label = img?.alt ?? '';
    if (img) {
      const box = document.createElement('div');
      box.className = 'map-placeholder';
      box.setAttribute('role', 'img');
      box.setAttribute('aria-label', img.alt);
      target.replaceChildren(box);
    }
    let scene: string | null = null;
    let map: SVGSVGElement | null = null;
    const apply = () => {
      if (!map || scene === null) return;
      if (kind === 'map-exits') map.dataset.year = scene;
      else applyAreaScene(map, scene, prefersReducedMotion());
    };
    initScrolly(root, (s) => {
      scene = s;
      // a step reached after a county was chosen in the finder supersedes the county's year
      delete target.dataset.countyYear;
      apply();
    });
    // Fetch the class-based map only when its section comes near, so the first screen stays light.
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        loadSvgInto(target).then((svg) => {
          map = svg;
          // The same text alternative as the fallback image it replaces.
          // (the areas map names itself, per scene, in its <title> and <desc>)
          if (map && kind === 'map-exits') {
            map.removeAttribute('aria-hidden');
            map.setAttribute('role', 'img');
            map.setAttribute('aria-label', label);
          }
          // A county chosen before the map arrived (src/client/story-county.ts) keeps its year, whatever
          // step was active before the choice; otherwise the active step's year, or the last one.
          const countyYear = kind === 'map-exits' ? target.dataset.countyYear : undefined;
          if (map && countyYear) map.dataset.year = countyYear;
          else {
            if (map && kind === 'map-exits' && scene === null) map.dataset.year = String(LAST_EXIT_YEAR);
            apply();
          }
        });
      },
      { rootMargin: '100% 0px' },
    );
    io.observe(root);
  }
}
