/**
 * The one map projection of the site for China: Albers equal-area conic
 * (d3 geoConicEqualArea) with standard parallels 25°N and 47°N and central
 * meridian 105°E, the usual choice for maps of the whole of China (areas stay
 * comparable, so a county's share of ink matches its share of land).
 * Pure: no DOM, no I/O.
 */
import { geoConicEqualArea, geoPath, type GeoConicProjection, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** Standard parallels, degrees north. */
export const CHINA_PARALLELS: readonly [number, number] = [25, 47];
/** Central meridian, degrees east. */
export const CHINA_CENTRAL_MERIDIAN = 105;
/** d3 rotation that puts the central meridian in the middle. */
export const CHINA_ROTATE: readonly [number, number] = [-CHINA_CENTRAL_MERIDIAN, 0];
/** Share of the smaller side left free around the mainland when fitting. */
export const CHINA_MARGIN_RATIO = 0.02;
/** Smallest margin in pixels. */
export const CHINA_MIN_MARGIN = 2;

/** The margin used by chinaProjection for a frame. */
export function chinaMargin(width: number, height: number): number {
  return Math.max(CHINA_MIN_MARGIN, Math.round(Math.min(width, height) * CHINA_MARGIN_RATIO));
}

/** The conic projection, not yet fitted to a frame. */
export function chinaConic(): GeoConicProjection {
  return geoConicEqualArea().parallels([CHINA_PARALLELS[0], CHINA_PARALLELS[1]]).rotate([CHINA_ROTATE[0], CHINA_ROTATE[1]]).center([0, 0]);
}

/**
 * The projection fitted to the mainland outline (the `nation` object of
 * data/geo/*.topo.json as GeoJSON) inside a width × height frame, with a
 * small margin on every side.
 */
export function chinaProjection(width: number, height: number, nation: GeoPermissibleObjects, margin: number = chinaMargin(width, height)): GeoConicProjection {
  if (!(width > 0) || !(height > 0)) throw new RangeError(`chinaProjection: width and height must be positive (got ${width} × ${height})`);
  const m = Math.min(margin, width / 2 - 1, height / 2 - 1);
  return chinaConic().fitExtent(
    [
      [m, m],
      [width - m, height - m],
    ],
    nation,
  );
}

/**
 * A d3 geoPath for the fitted projection. `digits` (default 1) rounds the
 * path coordinates: one decimal is plenty for screen maps and keeps SVG small.
 */
export function chinaPath(width: number, height: number, nation: GeoPermissibleObjects, digits = 1): GeoPath {
  return geoPath(chinaProjection(width, height, nation)).digits(digits);
}

/** A d3 geoPath for an existing projection (same rounding as chinaPath). */
export function pathFor(projection: GeoProjection, digits = 1): GeoPath {
  return geoPath(projection).digits(digits);
}
