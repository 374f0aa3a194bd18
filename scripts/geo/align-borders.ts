/**
 * Files drawn from another source than their neighbours (Cangzhou, then the four municipalities) are
 * made to follow their neighbours' borders, so shared borders become shared arcs (the why is in
 * snap.ts). Rank by rank: each level snaps to, and takes lines from, everything settled before it.
 */
import { normalizeGeometry } from './clean-rings.ts';
import { MUNICIPALITIES, type JoinResult } from './join-counties.ts';
import { FOREIGN_FILES, SETTINGS } from './settings.ts';
import { snapVertices } from './snap.ts';
import { transplantBorders } from './transplant-borders.ts';
import type { SourceFeature } from './types.ts';

export interface AlignStats {
  snappedVertices: number;
  stretches: number;
  movedJunctions: number;
}

/** 0 = never changed; foreign files settle first, municipality files after them. */
export function rankOf(f: SourceFeature, join: JoinResult): number {
  const foreign = FOREIGN_FILES[f.file];
  if (foreign !== undefined) return foreign;
  const c = join.files.get(f.file);
  return c && c.kind === 'province' && MUNICIPALITIES.has(c.code) ? 2 : 0;
}

/** Replaces the geometry of the ranked features in place; the others are read only. */
export function alignBorders(withGeometry: readonly SourceFeature[], rank: (f: SourceFeature) => number): AlignStats {
  const ranks = withGeometry.map(rank);
  const aligned: AlignStats = { snappedVertices: 0, stretches: 0, movedJunctions: 0 };
  for (const level of [...new Set(ranks)].filter((r) => r > 0).sort((a, b) => a - b)) {
    const idx = withGeometry.map((_, i) => i).filter((i) => ranks[i]! <= level);
    const items = idx.map((i) => {
      const g = withGeometry[i]!.geometry;
      if (!g) throw new Error(`${withGeometry[i]!.key} has no geometry to align`);
      return { geometry: g, rank: ranks[i] === level ? 1 : 0 };
    });
    const snapped = snapVertices(items, { tolerance: SETTINGS.snapTolerance });
    const transplant = transplantBorders(
      items.map((it, k) => {
        const g = snapped.geometries[k]!;
        return { geometry: it.rank ? normalizeGeometry(g) || g : g, rank: it.rank };
      }),
      { maxDistance: SETTINGS.transplantMaxDistance },
    );
    aligned.snappedVertices += snapped.moved;
    aligned.stretches += transplant.replaced;
    aligned.movedJunctions += transplant.movedJunctions;
    idx.forEach((i, k) => {
      if (ranks[i] !== level) return;
      const f = withGeometry[i]!;
      const g = normalizeGeometry(transplant.geometries[k]!);
      if (!g) throw new Error(`${f.key} ${f.name} lost its geometry when its borders were aligned`);
      f.geometry = g;
    });
  }
  return aligned;
}
