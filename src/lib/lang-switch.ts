/**
 * Keeps the reader's place when switching language: the link carries the current
 * #anchor (the story step in view), so the other edition opens at the same step.
 */
export function keepPlaceOnSwitch(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  if (!link) return;
  const base = link.getAttribute('href') ?? '/';
  const update = () => {
    const hash = doc.location.hash;
    link.setAttribute('href', /^#[A-Za-z][\w-]*$/.test(hash) ? base + hash : base);
  };
  update();
  doc.defaultView?.addEventListener('hashchange', update);
  doc.addEventListener('ptz:step', update);
}
