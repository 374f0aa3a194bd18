/**
 * The story's locator map needs only a rough outline of the provinces. Simplifying at render time
 * cost every page build and tied the page to topojson-simplify, so the pipeline writes the result.
 * It must stay exactly what StoryPage computed: simplify(presimplify(provinces), 0.008), planar
 * weights on the quantized provinces topology (presimplify returns degrees without a transform).
 */
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { SETTINGS } from './settings.ts';

/** The locator topology from the text of provinces.topo.json. */
export function locatorTopology(provincesText: string): Topology<{}> {
  const provinces = JSON.parse(provincesText) as Topology<{}>;
  return simplify(presimplify(provinces), SETTINGS.locatorMinWeight);
}

export const serializeLocator = (provincesText: string): string => `${JSON.stringify(locatorTopology(provincesText))}\n`;
