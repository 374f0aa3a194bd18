/** The tuning of the geometry build: changing any of these changes the committed files. */

/**
 * Prefecture files drawn from another source than their neighbours, with no
 * common vertices at all (found by counting shared border edges per file):
 * they settle before the municipality files (rank 2).
 */
export const FOREIGN_FILES: Readonly<Record<string, number>> = Object.freeze({ he2_bei3_cang1_zhou1: 1 });

/**
 * Features of mainland prefecture files left out, like the Taiwan files:
 * 金门县 (Kinmen) is administered from Taipei; the package draws it twice,
 * in Fujian's Quanzhou file and as tai2_wan1_jin1_men2_xian4.
 */
export const EXCLUDED_FEATURES = Object.freeze([{ file: 'fu2_jian4_quan2_zhou1', name: '金门县', area: 'kinmen (in fu2_jian4_quan2_zhou1)' }]);

/** Files of the package that hold the South China Sea islands, with their province. */
export const SOUTH_CHINA_SEA_FILES: Readonly<Record<string, string>> = Object.freeze({
  hai3_nan2_san1_sha1: '46',
  guang3_dong1_dong1_sha1_qun2_dao3: '44',
});

export const EXPECTED_COUNTIES = 832;
export const EXPECTED_PROVINCES = 31;

export const SETTINGS = Object.freeze({
  /** municipality borders take a neighbour's line when the two stay this close (degrees) */
  transplantMaxDistance: 0.15,
  /** vertices of those files within this distance (degrees) of a neighbour's vertex move onto it */
  snapTolerance: 0.025,
  /** topojson-simplify minimum spherical triangle area (steradians; 1 px² ≈ 3e-7 sr on a 1,600 px map) */
  countiesMinWeight: 2e-6,
  provincesMinWeight: 2e-7,
  /** detached rings (islands) smaller than this (steradians) are dropped, except a feature's largest polygon */
  countiesMinIslandArea: 1e-6,
  provincesMinIslandArea: 3e-6,
  /** holes of merged provinces smaller than this (steradians) are slivers and dropped */
  minProvinceHole: 1e-6,
  /** quantization (number of steps across the bounding box) */
  countiesQuantization: 6000,
  provincesQuantization: 10000,
  /** planar minimum triangle area (degrees²) of the locator map, simplified from the provinces output */
  locatorMinWeight: 0.008,
});
// The gzip budgets of the two files are in scripts/lib/budgets.ts (BUDGETS.topo, BUDGETS.provincesTopo).
