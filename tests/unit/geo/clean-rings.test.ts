import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cleanRing, MAX_LOOP_AREA, normalizeGeometry, signedArea } from '../../../scripts/geo/clean-rings.ts';
import { squareRing } from './shapes.ts';

/** The ring as a cycle starting at its smallest vertex (cleanRing may start the ring elsewhere). */
function cycle(ring: Position[] | null): string {
  if (!ring) return 'null';
  expect(ring[0]).toEqual(ring[ring.length - 1]);
  const open = ring.slice(0, -1).map((p) => `${p[0]},${p[1]}`);
  const start = open.indexOf([...open].sort()[0]!);
  return [...open.slice(start), ...open.slice(0, start)].join(' ');
}

describe('cleanRing', () => {
  it('closes the ring and drops repeated points', () => {
    expect(
      cycle(
        cleanRing([
          [0, 0],
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 1],
          [1, 0],
        ]),
      ),
    ).toBe('0,0 0,1 1,1 1,0');
  });

  it('drops a zero-width spike', () => {
    const ring: Position[] = [
      [0, 0],
      [0, 1],
      [0.5, 1],
      [0.5, 2],
      [0.5, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    expect(cycle(cleanRing(ring))).toBe('0,0 0,1 0.5,1 1,1 1,0');
  });

  it('drops a spike on the seam where the ring closes', () => {
    const ring: Position[] = [
      [0, 1],
      [0, 2],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
      [0, 1],
    ];
    const out = cleanRing(ring)!;
    expect(out.some((p) => p[1] === 2)).toBe(false);
    expect(Math.abs(signedArea(out))).toBe(1);
  });

  it('cuts out a knot smaller than MAX_LOOP_AREA, keeps a larger loop', () => {
    const d = 1 / 1024;
    const knot: Position[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0.5],
      [1 + d, 0.5],
      [1 + d, 0.5 + d],
      [1, 0.5],
      [1, 0],
      [0, 0],
    ];
    expect(
      Math.abs(
        signedArea([
          [1, 0.5],
          [1 + d, 0.5],
          [1 + d, 0.5 + d],
          [1, 0.5],
        ]),
      ),
    ).toBeLessThan(MAX_LOOP_AREA);
    expect(cleanRing(knot)!.some((p) => p[0]! > 1)).toBe(false);
    const big: Position[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0.5],
      [1.5, 0.5],
      [1.5, 0.9],
      [1, 0.5],
      [1, 0],
      [0, 0],
    ];
    expect(cleanRing(big)!.some((p) => p[0]! > 1)).toBe(true);
  });

  it('returns null for a ring without area', () => {
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toBeNull();
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [2, 0],
        [0, 0],
      ]),
    ).toBeNull();
  });

  it('rejects a non-finite coordinate', () => {
    expect(() =>
      cleanRing([
        [0, 0],
        [Number.NaN, 1],
        [1, 1],
        [0, 0],
      ]),
    ).toThrow(/non-finite/);
  });
});

describe('normalizeGeometry', () => {
  it('orients exteriors clockwise and holes counter-clockwise, so d3 measures the small side', () => {
    const ccwExterior = squareRing(0, 0, 4).slice().reverse();
    const cwHole = squareRing(1, 1, 1);
    const g = normalizeGeometry({ type: 'Polygon', coordinates: [ccwExterior, cwHole] })!;
    expect(g.type).toBe('Polygon');
    const [ext, hole] = (g as { coordinates: Position[][] }).coordinates;
    expect(signedArea(ext!)).toBeLessThan(0);
    expect(signedArea(hole!)).toBeGreaterThan(0);
    expect(geoArea(g)).toBeLessThan(0.01);
    expect(geoArea(g)).toBeGreaterThan(0);
  });

  it('drops polygons whose exterior collapses and returns null when none is left', () => {
    const flat: Position[] = [
      [0, 0],
      [1, 0],
      [0, 0],
    ];
    const g = normalizeGeometry({ type: 'MultiPolygon', coordinates: [[squareRing(0, 0)], [flat]] })!;
    expect(g.type).toBe('Polygon');
    expect(cycle((g as { coordinates: Position[][] }).coordinates[0]!)).toBe(cycle(squareRing(0, 0)));
    expect(normalizeGeometry({ type: 'Polygon', coordinates: [flat] })).toBeNull();
  });
});
