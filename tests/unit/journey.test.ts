import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/schemas';
import { journeyChart, journeyStops, JOURNEY_MAX_STOPS, type JourneyPlace } from '../../src/charts/journey';
import { locatorTopology } from '../../src/lib/locator';

const load = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
const places = validateDataset('places', load('places.json'));
const counties = validateDataset('counties', load('counties.json'));
const quotes = validateDataset('quotes', load('quotes.json'));
const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');

const visit = (id: string, date: string | null, lon = 108, lat = 30, county: string | null = null): JourneyPlace => ({
  id,
  kind: 'visit',
  date,
  nameZh: `${id}村`,
  nameEn: `${id} Village`,
  county,
  countyZh: '某县',
  province: '50',
  lon,
  lat,
  status: 'official',
  source: 's',
});

describe('journey: the stops', () => {
  it('are the visits of data/places.json, in date order, numbered from 1', () => {
    const stops = journeyStops(places, counties, quotes);
    const visits = places.filter((p) => p.kind === 'visit');
    expect(stops.map((s) => s.place.id).sort()).toEqual(visits.map((v) => v.id).sort());
    expect(stops.map((s) => s.step)).toEqual(stops.map((_, i) => i + 1));
    for (let i = 1; i < stops.length; i++) expect(stops[i]!.date >= stops[i - 1]!.date).toBe(true);
    expect(stops.some((s) => s.place.kind !== 'visit')).toBe(false);
  });
  it('sorts by date whatever the input order, ties by id', () => {
    const ps = [visit('c', '2020-01-02'), visit('b', '2015-06-01'), visit('a', '2020-01-02')];
    expect(journeyStops(ps, []).map((s) => s.place.id)).toEqual(['b', 'a', 'c']);
  });
  it('carries each county’s exit year (null where the county is not one of the 832) and the quotes said there', () => {
    const stops = journeyStops(places, counties, quotes);
    for (const s of stops) {
      const c = counties.find((x) => x.id === s.place.county);
      expect(s.exitYear).toBe(c ? c.exitYear : null);
      expect(s.quotes.map((q) => q.id)).toEqual(quotes.filter((q) => q.place === s.place.id).map((q) => q.id));
    }
    const ps = [visit('a', '2014-01-01', 108, 30, '433124'), visit('b', '2016-01-01')];
    const st = journeyStops(ps, [{ id: '433124', exitYear: 2017, status: 'official' }]);
    expect(st.map((s) => s.exitYear)).toEqual([2017, null]);
  });
  it('refuses a visit without a date, and more visits than the stylesheet covers', () => {
    expect(() => journeyStops([visit('a', null)], [])).toThrow(/no date/);
    const many = Array.from({ length: JOURNEY_MAX_STOPS + 1 }, (_, i) => visit(`v${String.fromCharCode(97 + i)}`, `2015-01-${String(i + 1).padStart(2, '0')}`));
    expect(() => journeyStops(many, [])).toThrow(/stylesheet covers/);
  });
});

describe('journey: the map', () => {
  const svg = journeyChart(locatorTopology, places, { locale: 'en' });
  const stops = journeyStops(places, counties);
  const n = stops.length;
  it('numbers the stop markers in date order', () => {
    const order = [...svg.matchAll(/class="stop official"[^>]*data-step="(\d+)" data-place="([a-z_]+)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(order).toEqual(stops.map((s) => [s.step, s.place.id]));
  });
  it('lights each stop, label and list entry in its own scene; a leg from the scene of the stop it reaches', () => {
    for (const s of stops) {
      expect(svg).toMatch(new RegExp(`class="stop [a-z]+"[^>]*data-step="${s.step}"[^>]*data-on="${s.step}"`));
      expect(svg).toMatch(new RegExp(`class="stop-label" data-step="${s.step}" data-on="${s.step}"`));
      expect(svg).toMatch(new RegExp(`class="stop-item" data-step="${s.step}" data-on="${s.step}"`));
    }
    const legs = [...svg.matchAll(/class="leg"[^>]*data-step="(\d+)" data-on="([\d ]+)"/g)];
    expect(legs.length).toBe(n - 1);
    for (const [, step, on] of legs) {
      const k = Number(step);
      expect(on!.split(' ').map(Number)).toEqual(Array.from({ length: n - k + 1 }, (_, i) => k + i));
    }
    // A passed stop is "seen" in every later scene.
    const first = /data-step="1" data-place="[a-z_]+" data-on="1" data-seen="([\d ]*)"/.exec(svg)!;
    expect(first[1]!.split(' ').map(Number)).toEqual(Array.from({ length: n - 1 }, (_, i) => i + 2));
  });
  it('has one CSS rule per scene the stylesheet promises', () => {
    for (let k = 1; k <= JOURNEY_MAX_STOPS; k++) {
      expect(css).toContain(`.journey[data-scene='${k}'] [data-on~='${k}']`);
      expect(css).toContain(`.journey[data-scene='${k}'] [data-seen~='${k}']`);
    }
    expect(css).not.toContain(`[data-scene='${JOURNEY_MAX_STOPS + 1}']`);
  });
  it('sets a scene only when asked; no inline style', () => {
    expect(svg).not.toMatch(/data-scene=/);
    expect(journeyChart(locatorTopology, places, { locale: 'en', scene: 2 })).toMatch(/^<svg data-scene="2" /);
    expect(svg).not.toMatch(/style=|<style/);
  });
  it('describes the route in words, per locale; the list is optional', () => {
    expect(svg).toMatch(new RegExp(`<desc id="journey-desc">Map of China with the ${n} inspection visits`));
    expect(svg).toContain('1, Shibadong Village, 3 November 2013');
    const zh = journeyChart(locatorTopology, places, { locale: 'zh', width: 360 });
    expect(zh).toContain('1.十八洞村（2013年11月3日）');
    expect(zh).toContain('class="stop-item"');
    expect(journeyChart(locatorTopology, places, { locale: 'en', list: false })).not.toContain('class="stop-item"');
  });
  it('keeps every label inside the drawing', () => {
    for (const width of [640, 360]) {
      const s = journeyChart(locatorTopology, places, { locale: 'en', width, list: false });
      for (const m of s.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(start|end|middle)" class="stop-name">([^<]*)</g)) {
        const x = Number(m[1]);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('journey: data table', () => {
  it('lists the visits in date order with the county’s exit year, or says it is not one of the 832', async () => {
    const { journeyTable } = await import('../../src/charts/journey');
    const stops = journeyStops(places, counties);
    const t = journeyTable(stops, counties, 'en');
    expect(t.rows.map((r) => r[2])).toEqual(stops.map((s) => s.place.nameEn));
    expect(t.rows.map((r) => r[4])).toEqual(stops.map((s) => (s.exitYear === null ? 'not one of the 832 counties' : String(s.exitYear))));
  });
});
