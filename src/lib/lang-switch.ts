/**
 * Keeps the reader's place when switching language: the link carries the current
 * #anchor (the story step in view), so the other edition opens at the same step.
 */
export function keepPlaceOnSwitch(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  if (!link) return;
  const base = link.getAttribute('href') ?? '/';
  const update = (hash: string) => link.setAttribute('href', /^#[A-Za-z][\w-]*$/.test(hash) ? base + hash : base);
  update(doc.location.hash);
  doc.defaultView?.addEventListener('hashchange', () => update(doc.location.hash));
  // the step's id comes with the event: the URL's hash follows the step only once the reader pauses
  doc.addEventListener('ptz:step', (e) => {
    const id = (e as CustomEvent<unknown>).detail;
    update(typeof id === 'string' ? `#${id}` : doc.location.hash);
  });
}
