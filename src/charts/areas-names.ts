/**
 * The 14 areas' colours (read from the palette's one home, global.css) and their short map labels
 * (the dictionaries' charts.areaMapLabels, src/i18n/<locale>.ts).
 */
import { type Area } from '../lib/schemas.ts';
import { localized, strings, type Locale } from '../lib/i18n.ts';
import { colour, type Scheme as Theme } from '../lib/palette.ts';

/** The areas in palette order: each has a custom property --am-<id> in src/styles/global.css. */
export const AREA_PALETTE_IDS = [
  'liupan',
  'qinba',
  'wuling',
  'wumeng',
  'dianguiqian',
  'dianxi',
  'daxinganling',
  'yanshan_taihang',
  'lvliang',
  'dabie',
  'luoxiao',
  'tibet',
  'four_prov_tibetan',
  'south_xinjiang',
] as const;

/**
 * One colour per area and theme, read from the page palette (--am-<id> in global.css, underscores as hyphens). Chosen so
 * that every pair of neighbouring areas differs by at least ΔE 20 (CIELAB) in normal vision and in
 * simulated deuteranopia and protanopia, in both themes, and every colour has at least 3:1
 * contrast against the land. Fourteen colours cannot all be told apart by every reader: each
 * area also carries its name on the map and in the key.
 */
export const AREA_COLOURS: Record<Theme, Record<string, string>> = {
  light: Object.fromEntries(AREA_PALETTE_IDS.map((id) => [id, colour('light', `am-${id.replace(/_/g, '-')}`)])),
  dark: Object.fromEntries(AREA_PALETTE_IDS.map((id) => [id, colour('dark', `am-${id.replace(/_/g, '-')}`)])),
};
const FALLBACK_ORDER = Object.keys(AREA_COLOURS.light);

/** The colour of an area in a theme (an unknown id borrows a palette colour by its position). */
export function areaColour(id: string, theme: Theme, index = 0): string {
  return AREA_COLOURS[theme][id] ?? AREA_COLOURS[theme][FALLBACK_ORDER[index % FALLBACK_ORDER.length]!]!;
}

/**
 * An area's short name for the map labels (the key and the step cards use the full official names):
 * the locale's charts.areaMapLabels entry, or the area's own name for an id the dictionary lacks.
 */
export function mapLabel(a: Pick<Area, 'id' | 'nameEn' | 'nameZh'>, locale: Locale): string {
  const labels: Readonly<Record<string, string>> = strings(locale).charts.areaMapLabels;
  return Object.hasOwn(labels, a.id) ? labels[a.id]! : localized(a, 'name', locale);
}
