/**
 * Keeps the reader's place when switching language: each language link carries the current
 * #anchor (the story step in view), so the other edition opens at the same step.
 */
export function keepPlaceOnSwitch(doc: Document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')].map((link) => ({ link, base: link.getAttribute('href') ?? '/' }));
  if (!links.length) return;
  const update = (hash: string) => {
    for (const { link, base } of links) link.setAttribute('href', /^#[A-Za-z][\w-]*$/.test(hash) ? base + hash : base);
  };
  update(doc.location.hash);
  doc.defaultView?.addEventListener('hashchange', () => update(doc.location.hash));
  // the step's id comes with the event: the URL's hash follows the step only once the reader pauses
  doc.addEventListener('ptz:step', (e) => {
    const id = (e as CustomEvent<unknown>).detail;
    update(typeof id === 'string' ? `#${id}` : doc.location.hash);
  });
}
