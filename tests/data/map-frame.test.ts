/** The map frame fits the committed outline: neither cropped nor padded. */
import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { chinaConic } from '../../src/lib/projection';
import { nationFeature } from '../../src/lib/topology';
import { chinaMapSvg, MAP_ASPECT, mapHeight } from '../../src/charts/china-map';

const topo = JSON.parse(readFileSync(new URL('../../data/geo/counties.topo.json', import.meta.url), 'utf8')) as Topology;

describe('the county map frame', () => {
  it('has the aspect of the fitted mainland', () => {
    const nation = nationFeature(topo);
    const [[x0, y0], [x1, y1]] = geoPath(chinaConic().fitWidth(1000, nation)).bounds(nation);
    expect(Math.abs((y1 - y0) / (x1 - x0) - MAP_ASPECT)).toBeLessThan(0.02);
  });
  it('draws every one of the 832 counties once, and the South China Sea inset', () => {
    const counties = JSON.parse(readFileSync(new URL('../../data/counties.json', import.meta.url), 'utf8')) as { id: string; exitYear: number }[];
    const svg = chinaMapSvg(topo, counties, [], { width: 400 });
    const ids = [...svg.matchAll(/data-id="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    expect(new Set(ids)).toEqual(new Set(counties.map((c) => c.id)));
    expect(svg).toContain('class="inset"');
    expect(svg).toContain(`viewBox="0 0 400 ${mapHeight(400)}"`);
  });
});
