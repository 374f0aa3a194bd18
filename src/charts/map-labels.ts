/**
 * Map labels pushed apart where they crowd (with a leader line to the anchor), and the view that frames a box.
 */

// ---------------------------------------------------------------------------------------------
// Labels

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface LabelItem {
  id: string;
  /** Anchor: where the label belongs (the area's identified counties). */
  ax: number;
  ay: number;
  w: number;
  h: number;
}
export interface PlacedLabel extends LabelItem {
  /** Box centre. */
  x: number;
  y: number;
  /** True when the label sits away from its anchor (then a leader line is drawn). */
  moved: boolean;
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

export const boxOf = (cx: number, cy: number, w: number, h: number): Box => ({ x: cx - w / 2, y: cy - h / 2, w, h });

/**
 * Deterministic label placement: labels are placed one by one (the most crowded first), each at
 * its anchor if that box is free, else at the nearest free spot on rings of growing radius around
 * the anchor (16 directions per ring), inside the frame and clear of the obstacles and of other
 * anchors. No two placed boxes overlap. A label that cannot be placed within the frame keeps the
 * least-overlapping spot found (never happens with the story's frames; a test checks).
 */
export function placeLabels(items: LabelItem[], frame: Box, obstacles: Box[] = [], gap = 2): PlacedLabel[] {
  const crowd = (it: LabelItem) => items.filter((o) => o !== it && Math.hypot(o.ax - it.ax, o.ay - it.ay) < (it.w + o.w) / 2 + 20).length;
  const order = [...items].sort((a, b) => crowd(b) - crowd(a) || a.ay - b.ay || a.ax - b.ax || a.id.localeCompare(b.id));
  const placed: PlacedLabel[] = [];
  const dots = items.map((it) => ({ id: it.id, box: boxOf(it.ax, it.ay, 6, 6) }));
  const inside = (b: Box) => b.x >= frame.x && b.y >= frame.y && b.x + b.w <= frame.x + frame.w && b.y + b.h <= frame.y + frame.h;
  const clash = (b: Box, id: string) =>
    placed.some((p) => overlaps(b, boxOf(p.x, p.y, p.w, p.h), gap)) ||
    obstacles.some((o) => overlaps(b, o, gap)) ||
    dots.some((d) => d.id !== id && overlaps(b, d.box));
  const step = 6;
  for (const it of order) {
    let best: { x: number; y: number } | null = null;
    if (!clash(boxOf(it.ax, it.ay, it.w, it.h), it.id) && inside(boxOf(it.ax, it.ay, it.w, it.h))) best = { x: it.ax, y: it.ay };
    for (let r = step; !best && r < Math.max(frame.w, frame.h); r += step) {
      for (let k = 0; k < 16 && !best; k++) {
        const t = (k / 16) * 2 * Math.PI;
        // ellipse wider than tall: labels are wide, so sideways moves need more room
        const x = it.ax + Math.cos(t) * r * 1.6;
        const y = it.ay + Math.sin(t) * r;
        const b = boxOf(x, y, it.w, it.h);
        if (inside(b) && !clash(b, it.id)) best = { x, y };
      }
    }
    const at = best ?? { x: it.ax, y: it.ay };
    placed.push({ ...it, x: Math.round(at.x * 10) / 10, y: Math.round(at.y * 10) / 10, moved: at.x !== it.ax || at.y !== it.ay });
  }
  return items.map((it) => placed.find((p) => p.id === it.id)!);
}

/** The point on a box's border nearest to a point outside it (where a leader line ends). */
export function leaderEnd(b: Box, px: number, py: number): [number, number] {
  return [Math.max(b.x, Math.min(px, b.x + b.w)), Math.max(b.y, Math.min(py, b.y + b.h))];
}

// ---------------------------------------------------------------------------------------------
// Transforms

export interface View {
  tx: number;
  ty: number;
  k: number;
}

/** Largest zoom of an area scene. */
export const MAX_ZOOM = 6;

/** The transform that centres a box in the frame, filling at most `fill` of it. */
export function viewFor(b: [[number, number], [number, number]], width: number, height: number, fill = 0.8): View {
  const [[x0, y0], [x1, y1]] = b;
  const bw = Math.max(1, x1 - x0);
  const bh = Math.max(1, y1 - y0);
  const k = Math.max(1, Math.min(MAX_ZOOM, fill * Math.min(width / bw, height / bh)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { tx: Math.round((width / 2 - k * cx) * 10) / 10, ty: Math.round((height / 2 - k * cy) * 10) / 10, k: Math.round(k * 100) / 100 };
}
