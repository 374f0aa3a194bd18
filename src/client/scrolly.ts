/**
 * Scrollytelling without a library: an IntersectionObserver marks the step nearest the middle
 * of the viewport as active and hands its scene to the figure of its section. The URL hash
 * follows the active step once the reader pauses (replaceState, no history spam), so a shared
 * link opens at the same step; the language switch follows each step at once (`ptz:step`).
 */
export type SceneHandler = (scene: string) => void;

/** How long the active step must stay active before the URL's hash follows it. */
export const HASH_DELAY_MS = 400;

export function initScrolly(root: HTMLElement, onScene: SceneHandler): void {
  const steps = [...root.querySelectorAll<HTMLElement>('.step[data-scene]')];
  if (!steps.length) return;
  let active: HTMLElement | null = null;
  let hashTimer: ReturnType<typeof setTimeout> | undefined;
  const activate = (step: HTMLElement) => {
    if (step === active) return;
    active?.classList.remove('is-active');
    step.classList.add('is-active');
    active = step;
    onScene(step.dataset.scene!);
    document.dispatchEvent(new CustomEvent('ptz:step', { detail: step.id }));
    // The hash follows once the reader stops: each URL change makes the browser reload the
    // page's icon (an SVG document, 15-25 ms of main thread at 4x CPU slowdown), which a fast
    // scroll through the steps would pay at every step.
    clearTimeout(hashTimer);
    hashTimer = setTimeout(() => {
      if (history.replaceState && location.hash !== `#${step.id}`) history.replaceState(null, '', `#${step.id}`);
    }, HASH_DELAY_MS);
  };
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) activate(e.target as HTMLElement);
    },
    // On wide screens the trigger line is the middle of the viewport; on phones, where the
    // figure fills the top, it is low in the viewport so the active step sits under the figure.
    { rootMargin: matchMedia('(max-width: 59.99rem)').matches ? '-72% 0px -26% 0px' : '-45% 0px -45% 0px' },
  );
  steps.forEach((s) => io.observe(s));
}

/** Reveal a line/bar chart up to a year: marks later elements "is-future" (CSS fades them). */
export function revealTo(svg: Element, year: number): void {
  svg.querySelectorAll<SVGElement>('[data-year]').forEach((n) => n.classList.toggle('is-future', Number(n.dataset.year) > year));
}
