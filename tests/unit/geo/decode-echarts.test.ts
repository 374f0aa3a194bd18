import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCollection, decodeGeometry, decodeRing, encodeRing, isEncoded } from '../../../scripts/geo/decode-echarts.ts';

type Ring = [number, number][];

/** Planar area-weighted centroid and area of a ring (degrees). */
function planarCentroid(ring: Ring): { x: number; y: number; area: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a / 2) };
}

function inside(point: [number, number], ring: Ring): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

describe('decodeRing', () => {
  // A 2 × 2 grid-unit square at (100°E, 30°N): deltas (0,0) (+2,0) (0,+2) (-2,0) (0,-2).
  // zig-zag: 0 → 0, +2 → 4, -2 → 3; plus 64: '@' (0), 'D' (4), 'C' (3).
  const offset: [number, number] = [100 * 1024, 30 * 1024];
  const u = 1 / 1024;

  it.each([
    {
      name: 'hand-encoded square',
      encoded: '@@D@@DC@@C',
      expected: [
        [100, 30],
        [100 + 2 * u, 30],
        [100 + 2 * u, 30 + 2 * u],
        [100, 30 + 2 * u],
        [100, 30],
      ],
    },
    { name: 'single point at the offset', encoded: '@@', expected: [[100, 30]] },
    {
      name: 'negative and positive steps of one unit',
      encoded: '@@BA',
      expected: [
        [100, 30],
        [100 + u, 30 - u],
      ],
    },
  ])('$name', ({ encoded, expected }) => {
    expect(decodeRing(encoded, offset)).toEqual(expected);
  });

  it('uses another scale when given', () => {
    expect(decodeRing('@@D@', [0, 0], 2)).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('round-trips with encodeRing on the 1/1024° grid', () => {
    const ring: Ring = [
      [108.5, 31.25],
      [108.6015625, 31.2998046875],
      [108.5537109375, 31.9990234375],
      [108.1, 31.5], // off-grid: rounds to the nearest grid point
      [108.5, 31.25],
    ];
    const { encoded, offset: off } = encodeRing(ring);
    const back = decodeRing(encoded, off);
    expect(back).toHaveLength(ring.length);
    back.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(ring[i]![0], 2);
      expect(p[1]).toBeCloseTo(ring[i]![1], 2);
    });
    expect(back[1]).toEqual([108.6015625, 31.2998046875]);
  });

  it('rejects malformed input', () => {
    expect(() => decodeRing('@@@', offset)).toThrow(/odd/);
    expect(() => decodeRing(42 as unknown as string, offset)).toThrow(TypeError);
  });
});

describe('decodeGeometry / decodeCollection', () => {
  it('decodes Polygon and MultiPolygon rings with their own offsets', () => {
    const poly = decodeGeometry({
      type: 'Polygon',
      coordinates: ['@@D@@D', '@@B@'],
      encodeOffsets: [
        [1024, 2048],
        [0, 0],
      ],
    });
    expect(poly).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [1, 2],
          [1 + 2 / 1024, 2],
          [1 + 2 / 1024, 2 + 2 / 1024],
        ],
        [
          [0, 0],
          [1 / 1024, 0],
        ],
      ],
    });
    const multi = decodeGeometry({ type: 'MultiPolygon', coordinates: [['@@'], ['@@']], encodeOffsets: [[[1024, 1024]], [[2048, 2048]]] });
    expect(multi).toEqual({ type: 'MultiPolygon', coordinates: [[[[1, 1]]], [[[2, 2]]]] });
  });

  it('leaves plain collections alone and flags encoded ones', () => {
    const plain = { type: 'FeatureCollection', features: [] };
    expect(decodeCollection(plain)).toBe(plain);
    expect(isEncoded(plain)).toBe(false);
    expect(isEncoded({ ...plain, UTF8Encoding: true })).toBe(true);
  });

  it('fails when offsets do not match the rings', () => {
    expect(() => decodeGeometry({ type: 'Polygon', coordinates: ['@@', '@@'], encodeOffsets: [[0, 0]] })).toThrow(/encodeOffsets/);
  });
});

describe('a known Chongqing county (城口县 500229, from chongqing.geojson)', () => {
  const raw = JSON.parse(readFileSync(new URL('../../fixtures/geo/chongqing-chengkou.encoded.json', import.meta.url), 'utf8'));
  const fc = decodeCollection(raw);
  const f = fc.features[0]!;
  const ring = (f.geometry as GeoJSON.Polygon).coordinates[0] as Ring;

  it('is compressed in the fixture and decodes to numbers', () => {
    expect(raw.UTF8Encoding).toBe(true);
    expect(typeof raw.features[0].geometry.coordinates[0]).toBe('string');
    expect(ring.length).toBe(raw.features[0].geometry.coordinates[0].length / 2);
    expect(ring[0]).toEqual([ring[ring.length - 1]![0], ring[ring.length - 1]![1]]);
  });

  it('has its centroid where 城口 is (about 108.74°E 31.88°N) and contains its county seat', () => {
    const c = planarCentroid(ring);
    expect(c.x).toBeGreaterThan(108.6);
    expect(c.x).toBeLessThan(108.85);
    expect(c.y).toBeGreaterThan(31.75);
    expect(c.y).toBeLessThan(32.0);
    // the package's own label point (county seat 葛城街道) lies inside
    expect(inside([108.6649, 31.946293], ring)).toBe(true);
    // about 3,290 km²: at 31.9°N one square degree is ≈ 9,900 km²
    expect(c.area * 111.32 * 111.32 * Math.cos((31.9 * Math.PI) / 180)).toBeGreaterThan(2800);
    expect(c.area * 111.32 * 111.32 * Math.cos((31.9 * Math.PI) / 180)).toBeLessThan(3800);
  });
});
