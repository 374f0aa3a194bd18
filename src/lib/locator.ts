/**
 * The light provinces outline for locator maps (the journey). The pipeline is to write a
 * pre-simplified provinces topology to data/geo/locator.topo.json; until it exists this simplifies
 * data/geo/provinces.topo.json the way the places map does (triangles under 0.008 square degrees
 * dropped). Switch the import here once the file is committed. Server-side only.
 */
import type { Topology } from 'topojson-specification';
import { presimplify, simplify } from 'topojson-simplify';
import provincesTopo from '../../data/geo/provinces.topo.json';

export const LOCATOR_MIN_WEIGHT = 0.008;

export const locatorTopology: Topology = simplify(presimplify(structuredClone(provincesTopo) as unknown as Topology<{}>), LOCATOR_MIN_WEIGHT) as Topology;
