/**
 * The 14 areas' colours (read from the palette's one home, global.css) and their short map labels.
 */
import { type Area } from '../lib/schemas.ts';
import type { Locale } from '../lib/i18n.ts';
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

/** Short names for the map labels (the key and the step cards use the full official names). */
export const MAP_LABELS: Record<string, Record<Locale, string>> = {
  liupan: { en: 'Liupan', zh: '六盘山区' },
  qinba: { en: 'Qinba', zh: '秦巴山区' },
  wuling: { en: 'Wuling', zh: '武陵山区' },
  wumeng: { en: 'Wumeng', zh: '乌蒙山区' },
  dianguiqian: { en: 'Yunnan–Guangxi–Guizhou karst', zh: '滇桂黔石漠化区' },
  dianxi: { en: 'West Yunnan border', zh: '滇西边境山区' },
  daxinganling: { en: 'Southern Greater Hinggan', zh: '大兴安岭南麓山区' },
  yanshan_taihang: { en: 'Yanshan–Taihang', zh: '燕山-太行山区' },
  lvliang: { en: 'Lüliang', zh: '吕梁山区' },
  dabie: { en: 'Dabie', zh: '大别山区' },
  luoxiao: { en: 'Luoxiao', zh: '罗霄山区' },
  tibet: { en: 'Tibet', zh: '西藏区' },
  four_prov_tibetan: { en: 'Tibetan areas of four provinces', zh: '四省藏区' },
  south_xinjiang: { en: 'Southern Xinjiang', zh: '南疆三地州' },
};

export function mapLabel(a: Pick<Area, 'id' | 'nameEn' | 'nameZh'>, locale: Locale): string {
  return MAP_LABELS[a.id]?.[locale] ?? (locale === 'zh' ? a.nameZh : a.nameEn);
}
