/** Snapshots of the measures, journey, incomes and long-view charts: wide and narrow, English and Chinese. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, DATASETS, type DatasetName } from '../../src/lib/schemas';
import { measuresChart } from '../../src/charts/measures';
import { journeyChart } from '../../src/charts/journey';
import { incomesChart, incomeSeries } from '../../src/charts/incomes';
import { longViewChart } from '../../src/charts/long-view';
import { locatorTopology } from '../../src/lib/locator';
import { CHARTS, WIDE, NARROW } from '../../src/site/chart-catalog';
import { FIXTURE } from '../fixtures/incomes';
import { expectSnapshot } from './snapshot';

const load = <N extends DatasetName>(n: N) => validateDataset(n, JSON.parse(readFileSync(new URL(`../../${DATASETS[n].file}`, import.meta.url), 'utf8')));
const national = load('national');
const figures = load('figures');
const places = load('places');
const sizes = [
  ['wide', WIDE],
  ['narrow', NARROW],
] as const;

describe('measures, journey, incomes and long view', () => {
  for (const locale of ['en', 'zh'] as const)
    for (const [name, size] of sizes) {
      it(`measures, ${locale}, ${name}`, () =>
        expectSnapshot(`measures-${locale}-${name}`, measuresChart(figures, { locale, width: size.width, narrow: size.narrow })));
      it(`journey, ${locale}, ${name}`, () =>
        expectSnapshot(`journey-${locale}-${name}`, journeyChart(locatorTopology, places, { locale, width: size.width })));
      it(`incomes (data), ${locale}, ${name}`, () =>
        expectSnapshot(
          `incomes-${locale}-${name}`,
          incomesChart(incomeSeries(national), { locale, width: size.width, height: size.height, narrow: size.narrow }),
        ));
      it(`long view, ${locale}, ${name}`, () =>
        expectSnapshot(`long-view-${locale}-${name}`, longViewChart(national, { locale, width: size.width, height: size.height, narrow: size.narrow })));
    }
  it('incomes with both series (fixture)', () => expectSnapshot('incomes-fixture-en', incomesChart(FIXTURE, { locale: 'en' })));
  it('journey in scene 3, without the list (story drawing)', () =>
    expectSnapshot('journey-en-scene-3', journeyChart(locatorTopology, places, { locale: 'en', list: false, scene: 3 })));
});

describe('catalog', () => {
  it('registers the four charts with sources, downloads, and both drawings', () => {
    for (const slug of ['measures', 'journey', 'incomes', 'long-view']) {
      const c = CHARTS.find((x) => x.slug === slug);
      expect(c, slug).toBeDefined();
      expect(c!.sources.length).toBeGreaterThan(0);
      expect(c!.downloads.length).toBeGreaterThan(0);
      for (const l of ['en', 'zh'] as const) {
        expect(c!.title[l].length).toBeGreaterThan(0);
        for (const size of [WIDE, NARROW]) {
          const svg = c!.svg(l, {}, `${slug}-t`, size);
          expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${size.width} \\d+(\\.\\d)?"`));
          expect(svg).toContain(`<title id="${slug}-t-title">`);
          expect(svg).not.toMatch(/style=|<style/);
        }
      }
    }
  });
});
