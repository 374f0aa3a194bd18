import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { keyOf, snapVertices } from '../../../scripts/geo/snap.ts';
import { transplantBorders } from '../../../scripts/geo/transplant-borders.ts';
import { square } from './shapes.ts';

const ring = (g: { coordinates: unknown }) => (g as Polygon).coordinates[0]!;
const has = (r: Position[], p: Position) => r.some((q) => keyOf(q) === keyOf(p));

describe('snapVertices', () => {
  // A (rank 0) is the unit square at 100..101; B (rank 1) starts 0.01° east of A's right edge.
  const a = square(0, 0);
  const b: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [101.01, 30],
        [101.01, 31],
        [102, 31],
        [102, 30],
        [101.01, 30],
      ],
    ],
  };

  it('moves the taker vertices within tolerance onto the neighbour, never the neighbour', () => {
    const out = snapVertices(
      [
        { geometry: a, rank: 0 },
        { geometry: b, rank: 1 },
      ],
      { tolerance: 0.025 },
    );
    expect(out.geometries[0]).toBe(a);
    expect(ring(out.geometries[1]!)).toEqual([
      [101, 30],
      [101, 31],
      [102, 31],
      [102, 30],
      [101, 30],
    ]);
    expect(out.moved).toBe(3); // the closing position counts too
  });

  it('leaves vertices beyond the tolerance alone', () => {
    const out = snapVertices(
      [
        { geometry: a, rank: 0 },
        { geometry: b, rank: 1 },
      ],
      { tolerance: 0.005 },
    );
    expect(ring(out.geometries[1]!)).toEqual(ring(b));
    // `moved` counts the repeated closing position of a ring (as the committed join report does)
    expect(out.moved).toBeLessThanOrEqual(1);
  });
});

describe('transplantBorders', () => {
  // A's right edge has a vertex at (101, 30.5); B's left edge wanders to 101.05 between the same corners.
  const a: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [100, 30],
        [100, 31],
        [101, 31],
        [101, 30.5],
        [101, 30],
        [100, 30],
      ],
    ],
  };
  const b: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [101, 30],
        [101.05, 30.5],
        [101, 31],
        [102, 31],
        [102, 30],
        [101, 30],
      ],
    ],
  };

  it("replaces the taker's stretch between common vertices by the settled line", () => {
    const out = transplantBorders(
      [
        { geometry: a, rank: 0 },
        { geometry: b, rank: 1 },
      ],
      { maxDistance: 0.15 },
    );
    const rb = ring(out.geometries[1]!);
    expect(has(rb, [101, 30.5])).toBe(true);
    expect(has(rb, [101.05, 30.5])).toBe(false);
    expect(out.replaced).toBe(1);
    expect(ring(out.geometries[0]!)).toEqual(ring(a));
  });

  it('keeps the stretch when the lines are further apart than maxDistance', () => {
    const out = transplantBorders(
      [
        { geometry: a, rank: 0 },
        { geometry: b, rank: 1 },
      ],
      { maxDistance: 0.01 },
    );
    expect(out.replaced).toBe(0);
    expect(has(ring(out.geometries[1]!), [101.05, 30.5])).toBe(true);
  });

  it('gives the same result on a second run (coordinates are copied, never computed)', () => {
    const run = () =>
      JSON.stringify(
        transplantBorders([
          { geometry: a, rank: 0 },
          { geometry: b, rank: 1 },
        ]).geometries,
      );
    expect(run()).toBe(run());
  });
});
