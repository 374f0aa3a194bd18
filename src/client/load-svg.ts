/** Fetches a same-site SVG file and puts it into a holder in place of its fallback content. */
export async function loadSvgInto(holder: HTMLElement): Promise<SVGSVGElement | null> {
  const src = holder.dataset.mapSrc;
  // only the site's own files: the attribute is written at build time, but never follow it off-site
  if (!src || !src.startsWith('/')) return null;
  const res = await fetch(src);
  if (!res.ok) return null;
  const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') return null;
  const node = document.importNode(svg, true) as unknown as SVGSVGElement;
  holder.replaceChildren(node);
  return node;
}
