/**
 * The light provinces outline for locator maps (the journey): data/geo/locator.topo.json, written
 * pre-simplified by the geometry pipeline (the same file the places map uses). Server-side only.
 */
import type { Topology } from 'topojson-specification';
import locatorTopoJson from '../../data/geo/locator.topo.json';

export const locatorTopology: Topology = locatorTopoJson as unknown as Topology;
