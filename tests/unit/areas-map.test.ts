/** The areas map: label placement, per-area views, palette, scenes (src/charts/areas-map.ts, src/client/areas-scenes.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { validateDataset, DATASETS, type DatasetName } from '../../src/lib/schemas';
import {
  AREA_COLOURS,
  areaGeo,
  areaColour,
  areasMapSvg,
  EXITS,
  LABEL_SIZES,
  labelLayout,
  OVERVIEW,
  overlaps,
  placeLabels,
  resolveScene,
  viewFor,
  type LabelItem,
} from '../../src/charts/areas-map';
import { areaSmallMapSvg, exitStripSvg } from '../../src/charts/areas-small-map';
import { DARK, LIGHT, mapHeight } from '../../src/charts/china-map';
import { transformOf } from '../../src/client/areas-scenes';

const load = <N extends DatasetName>(n: N) => validateDataset(n, JSON.parse(readFileSync(new URL(`../../${DATASETS[n].file}`, import.meta.url), 'utf8')));
const areas = load('areas');
const counties = load('counties');
const provinces = load('provinces');
const topo = JSON.parse(readFileSync(new URL('../../data/geo/counties.topo.json', import.meta.url), 'utf8')) as Topology;

const box = (p: { x: number; y: number; w: number; h: number }) => ({ x: p.x - p.w / 2, y: p.y - p.h / 2, w: p.w, h: p.h });

describe('label placement', () => {
  it('separates labels that share an anchor, and keeps them in the frame', () => {
    const items: LabelItem[] = Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, ax: 100, ay: 100, w: 60, h: 14 }));
    const frame = { x: 0, y: 0, w: 400, h: 300 };
    const placed = placeLabels(items, frame);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(box(placed[i]!), box(placed[j]!)), `${placed[i]!.id} / ${placed[j]!.id}`).toBe(false);
    for (const p of placed) {
      const b = box(p);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(400);
    }
    expect(placed.filter((p) => p.moved).length).toBeGreaterThanOrEqual(7);
  });

  it('leaves a label with room at its anchor', () => {
    const [p] = placeLabels([{ id: 'x', ax: 200, ay: 150, w: 40, h: 12 }], { x: 0, y: 0, w: 400, h: 300 });
    expect(p).toMatchObject({ x: 200, y: 150, moved: false });
  });

  it('avoids obstacles (the inset)', () => {
    const [p] = placeLabels([{ id: 'x', ax: 380, ay: 280, w: 40, h: 12 }], { x: 0, y: 0, w: 400, h: 300 }, [{ x: 340, y: 240, w: 60, h: 60 }]);
    expect(overlaps(box(p!), { x: 340, y: 240, w: 60, h: 60 })).toBe(false);
  });

  const geo = areaGeo(topo, areas, 800, provinces);
  for (const locale of ['en', 'zh'] as const)
    for (const kind of ['wide', 'narrow'] as const)
      it(`the story's ${kind} ${locale} labels do not overlap and are deterministic`, () => {
        const a = labelLayout(geo, areas, locale, LABEL_SIZES[kind]);
        const b = labelLayout(areaGeo(topo, structuredClone(areas), 800, provinces), areas, locale, LABEL_SIZES[kind]);
        expect(a).toEqual(b);
        expect(a).toHaveLength(areas.length);
        for (let i = 0; i < a.length; i++) {
          const bi = box(a[i]!);
          expect(bi.x).toBeGreaterThanOrEqual(0);
          expect(bi.y).toBeGreaterThanOrEqual(0);
          expect(bi.x + bi.w).toBeLessThanOrEqual(800);
          expect(bi.y + bi.h).toBeLessThanOrEqual(mapHeight(800));
          for (let j = i + 1; j < a.length; j++) expect(overlaps(bi, box(a[j]!)), `${a[i]!.id} / ${a[j]!.id}`).toBe(false);
        }
      });
});

describe('views', () => {
  const geo = areaGeo(topo, areas, 800, provinces);
  it('every area has a transform that keeps it in the frame', () => {
    for (const a of areas) {
      const v = geo.views.get(a.id);
      expect(v, a.id).toBeDefined();
      const [[x0, y0], [x1, y1]] = geo.bounds.get(a.id)!;
      expect(v!.k).toBeGreaterThanOrEqual(1);
      expect(v!.tx + v!.k * x0).toBeGreaterThanOrEqual(-1);
      expect(v!.ty + v!.k * y0).toBeGreaterThanOrEqual(-1);
      expect(v!.tx + v!.k * x1).toBeLessThanOrEqual(801);
      expect(v!.ty + v!.k * y1).toBeLessThanOrEqual(mapHeight(800) + 1);
    }
  });
  it('every area group of the story map carries its transform', () => {
    const svg = areasMapSvg(topo, counties, areas, { locale: 'en', provinces });
    for (const a of areas) expect(svg).toMatch(new RegExp(`data-a="${a.id}" data-t="-?[\\d.]+ -?[\\d.]+ [\\d.]+"`));
  });
  it('centres a box and caps the zoom', () => {
    expect(
      viewFor(
        [
          [0, 0],
          [100, 100],
        ],
        800,
        600,
      ),
    ).toEqual({ tx: 400 - 4.8 * 50, ty: 300 - 4.8 * 50, k: 4.8 });
    expect(
      viewFor(
        [
          [10, 10],
          [11, 11],
        ],
        800,
        600,
      ).k,
    ).toBe(6);
  });
});

// WCAG relative luminance and contrast
const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);

describe('palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    const land = theme === 'light' ? LIGHT.land : DARK.land;
    it(`${theme}: one colour per area, 14 distinct, each at least 3:1 against the land`, () => {
      const colours = areas.map((a, i) => areaColour(a.id, theme, i));
      expect(new Set(colours).size).toBe(14);
      for (const c of colours) expect(contrast(c, land), c).toBeGreaterThanOrEqual(3);
    });
  }
  it('the stylesheet has a colour and the scene rules for every area', () => {
    const css = readFileSync(new URL('../../src/styles/areas-map.css', import.meta.url), 'utf8')
      .replace(/\s+/g, ' ')
      .replace(/"/g, "'"); // whatever the formatter's spacing and quotes
    for (const a of areas) {
      expect(AREA_COLOURS.light[a.id]).toMatch(/^#[0-9a-f]{6}$/i);
      expect(AREA_COLOURS.dark[a.id]).toMatch(/^#[0-9a-f]{6}$/i);
      expect(css).toContain(`.k-${a.id} { --ac: var(--am-${a.id.replace(/_/g, '-')}); }`);
      expect(css).toContain(`.areas-map[data-area='${a.id}'] .ar[data-a='${a.id}'] { opacity: 1; }`);
    }
  });
});

describe('scenes', () => {
  it('an unknown or hostile scene falls back to the overview', () => {
    expect(resolveScene('wuling', areas)).toBe('wuling');
    expect(resolveScene(EXITS, areas)).toBe(EXITS);
    for (const bad of ['', 'nowhere', '<script>', 'wuling ', null, undefined, '__proto__']) expect(resolveScene(bad, areas)).toBe(OVERVIEW);
    expect(areasMapSvg(topo, counties, areas, { locale: 'en', provinces, scene: 'nowhere' })).toContain('data-area="overview"');
  });
  it('the client reads only well-formed transforms', () => {
    expect(transformOf('-10 20 3', 800, 400)).toBe('translate(-1.25%, 5%) scale(3)');
    for (const bad of ['', '1 2', '1 2 x', '1 2 0', 'url(x) 1 2', null]) expect(transformOf(bad, 800, 400)).toBe('');
    expect(transformOf('1 2 3', 0, 400)).toBe('');
  });
  it('a painted area scene zooms, dims the others and names the area', () => {
    const svg = areasMapSvg(topo, counties, areas, { locale: 'zh', provinces, scene: 'wuling', paint: 'light' });
    expect(svg).toMatch(/<g transform="translate\([-\d.]+ [-\d.]+\) scale\([\d.]+\)">/);
    expect(svg.match(/opacity="0.22"/g)).toHaveLength(areas.length - 1);
    expect(svg).toContain('<title id="areas-map-title">武陵山区</title>');
    expect(svg).not.toMatch(/<style|style="/);
  });
  it('every identified county is in the closing scene, by exit year', () => {
    const svg = areasMapSvg(topo, counties, areas, { locale: 'en', provinces });
    expect(svg.match(/class="ex y20(1[6-9]|20)"/g)?.length).toBeGreaterThanOrEqual(4);
  });
});

describe('exit strip', () => {
  it('one dot per county, solid and unverified apart, counts in words', () => {
    const svg = exitStripSvg(
      [
        { year: 2016, solid: 12, unverified: 0 },
        { year: 2017, solid: 0, unverified: 0 },
        { year: 2018, solid: 3, unverified: 2 },
      ],
      { locale: 'en', id: 's', title: 'When they left' },
    );
    const dots = (cls: string) =>
      new RegExp(`class="${cls}"[^>]*d="([^"]*)"|d="([^"]*)"[^>]*class="${cls}"`, 'g').exec(svg)
        ? [...svg.matchAll(new RegExp(`<path d="([^"]*)" class="${cls}"`, 'g'))].map((m) => m[1]!.match(/h0/g)!.length)
        : [];
    expect(dots('strip-dots')).toEqual([12, 5]); // 2016: 12 solid; 2018: 3 solid + 2 rings
    expect(dots('strip-hole')).toEqual([2]);
    expect(svg).toContain('class="strip-none"');
    expect(svg).toContain('2018: 3, and 2 whose membership is unverified');
    expect(svg).toContain('>3+2</text>');
  });
});

describe('small maps', () => {
  it('draw only the area, in both themes, with an accessible name', () => {
    for (const a of areas) {
      const light = areaSmallMapSvg(topo, areas, a.id, { locale: 'en', paint: 'light', provinces });
      const dark = areaSmallMapSvg(topo, areas, a.id, { locale: 'en', paint: 'dark', provinces });
      expect(light).toContain(AREA_COLOURS.light[a.id]);
      expect(dark).toContain(AREA_COLOURS.dark[a.id]);
      expect(light).toMatch(/role="img" aria-labelledby=/);
      const shapes = new Set(a.members.map((m) => m.county)).size;
      // one path per mapped member polygon, plus the context (land, borders) and the extent
      expect(light.match(/<path /g)!.length).toBeLessThanOrEqual(shapes + 3);
    }
  });
  it('refuses an unknown area', () => {
    expect(() => areaSmallMapSvg(topo, areas, 'nowhere', { locale: 'en', paint: 'light' })).toThrow(/no area/);
  });
});
