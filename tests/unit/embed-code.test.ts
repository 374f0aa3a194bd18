import { describe, expect, it, vi } from 'vitest';
import { CHARTS } from '../../src/site/chart-catalog';
import { LOCALES } from '../../src/lib/i18n';
import measured from '../../src/site/embed-heights.json';
import { EMBED_COLUMN, EMBED_HEIGHT_MARGIN, UNMEASURED_HEIGHT, embedCode, embedHeight, embedUrl } from '../../src/site/embed-code';
import { CSV_BOM, DOWNLOADS, csvFile, toCsv } from '../../src/site/downloads';
import * as data from '../../src/lib/data';
import type { Datasets } from '../../src/lib/schemas';
import { parseCsv } from '../../scripts/lib/csv';

const SITE = 'https://charts.example.edu/';
const heights = measured.charts as Record<string, Record<string, Record<string, number>>>;

describe('embed heights (src/site/embed-heights.json, npm run measure:embeds)', () => {
  it.each(CHARTS.flatMap((c) => LOCALES.map((l) => [c.slug, l] as const)))('%s (%s) is measured at 375, 640, 720 and 800 px', (slug, locale) => {
    expect(Object.keys(heights[slug]?.[locale] ?? {}).sort()).toEqual(['375', '640', '720', '800']);
  });

  it('the code height is the tallest from 640 px up, plus the margin, rounded up to 10 px', () => {
    for (const c of CHARTS) {
      for (const l of LOCALES) {
        const m = heights[c.slug]![l]!;
        const tallest = Math.max(
          ...Object.entries(m)
            .filter(([w]) => Number(w) >= EMBED_COLUMN)
            .map(([, h]) => h),
        );
        const h = embedHeight(c.slug, l);
        expect(h % 10).toBe(0);
        expect(h).toBeGreaterThanOrEqual(tallest + EMBED_HEIGHT_MARGIN);
        expect(h).toBeLessThan(tallest + EMBED_HEIGHT_MARGIN + 10);
      }
    }
  });

  it('an unmeasured chart gets a fallback height and a warning naming the command', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(embedHeight('no-such-chart', 'en')).toBe(UNMEASURED_HEIGHT);
    expect(warn.mock.calls[0]?.[0]).toMatch(/no-such-chart \(en\).*npm run measure:embeds/);
    warn.mockRestore();
  });
});

describe('embedCode', () => {
  const o = { site: SITE, slug: 'poor-population', locale: 'en' as const, title: 'Rural poor <population> & "more"' };

  it('with embed.js by default: the measured height, the host script from the same origin', () => {
    const code = embedCode(o);
    expect(code).toContain(`src="https://charts.example.edu/embed/poor-population/"`);
    expect(code).toContain(`height="${embedHeight('poor-population', 'en')}"`);
    expect(code).toContain('title="Rural poor &lt;population&gt; &amp; &quot;more&quot;"');
    expect(code.split('\n')[1]).toBe('<script async src="https://charts.example.edu/embed.js"></script>');
  });

  it('iframe only (script: false): the same iframe, no script', () => {
    const code = embedCode({ ...o, script: false });
    expect(code).toBe(embedCode(o).split('\n')[0]);
    expect(code).not.toContain('<script');
  });

  it('a theme goes into the address; the zh embed lives under /zh/', () => {
    expect(embedUrl(SITE, 'regional', 'zh', 'dark')).toBe('https://charts.example.edu/zh/embed/regional/?theme=dark');
    expect(embedCode({ ...o, theme: 'light' })).toContain('src="https://charts.example.edu/embed/poor-population/?theme=light"');
    expect(embedCode({ ...o, height: 321 })).toContain('height="321"');
  });
});

describe('CSV downloads start with a byte-order mark (Excel on Windows)', () => {
  it.each(DOWNLOADS)('%s.csv', (name) => {
    const d = data as unknown as Datasets;
    const text = csvFile(name, d);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = parseCsv(text);
    expect(rows.columns).toEqual(parseCsv(toCsv(name, d)).columns);
    expect(rows.columns[0]).toMatch(/^[a-z]/);
  });
});
