/**
 * Marking one county on the class-based county map (/maps/counties.svg): a class on its path
 * (`hl`, drawn last so its outline shows) and a ring around it. Shared by the exits-map embed and
 * the story. Ids are compared as strings against each path's data-id list, never put in a selector.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** county id → its path (a path may carry several ids: the Haixi 行委 share one). */
export function pathsById(svg: SVGSVGElement): Map<string, SVGPathElement> {
  const out = new Map<string, SVGPathElement>();
  for (const p of svg.querySelectorAll<SVGPathElement>('path.c[data-id]')) {
    for (const id of (p.getAttribute('data-id') ?? '').split(' ')) if (id) out.set(id, p);
  }
  return out;
}

/** The exit year a path's class names (y2016 … y2020), or null. */
export function exitYearOf(path: Element): number | null {
  const m = /\by(20\d\d)\b/.exec(path.getAttribute('class') ?? '');
  return m ? Number(m[1]) : null;
}

export function clearMark(svg: SVGSVGElement): void {
  svg.querySelectorAll('path.hl').forEach((p) => p.classList.remove('hl'));
  svg.querySelectorAll('.county-marker-group').forEach((g) => g.remove());
}

/** Marks a path (clearing any earlier mark). */
export function markPath(svg: SVGSVGElement, path: SVGPathElement): void {
  clearMark(svg);
  path.classList.add('hl');
  path.parentNode?.appendChild(path);
  const b = path.getBBox();
  const r = Math.max(10, Math.hypot(b.width, b.height) / 2 + 4);
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'county-marker-group');
  g.setAttribute('aria-hidden', 'true');
  for (const cls of ['county-marker-halo', 'county-marker']) {
    const c = document.createElementNS(SVG_NS, 'circle');
    c.setAttribute('cx', String(Math.round(b.x + b.width / 2)));
    c.setAttribute('cy', String(Math.round(b.y + b.height / 2)));
    c.setAttribute('r', String(Math.round(r)));
    c.setAttribute('class', cls);
    g.appendChild(c);
  }
  svg.appendChild(g);
}
