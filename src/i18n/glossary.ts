/**
 * The Chinese edition's glossary: one term for each thing, the variants it replaces, and why. The
 * edition gate (tests/e2e/edition-gates.ts) checks every Chinese page against it; writers of
 * src/i18n/zh.ts, src/content/**\/zh/ and the Chinese fields of data/sources/*.csv follow it.
 *
 * Number conventions, applied by src/lib/format.ts: digits are written ungrouped (8452元, 16021元),
 * with 万 and 亿 for magnitudes (9899万人, 7.7亿); brackets in running text are full-width（）.
 */

export interface GlossaryEntry {
  /** The term the site writes. */
  preferred: string;
  /** Variants that must not appear on a Chinese page (plain strings, matched literally). */
  forbidden: readonly string[];
  /** Why this term: usually what the sources write. */
  why: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    preferred: '万平方公里',
    forbidden: ['万平方千米', '万平方米', '万km²'],
    why: 'The area plans and reports cited write 万平方公里 (data/sources/area_facts.csv, every excerpt).',
  },
  {
    preferred: '集中连片特困地区',
    forbidden: ['连片贫困地区', '集中连片贫困地区', '连片特困区域'],
    why: 'The name in the Outline for Development-oriented Poverty Reduction (2011–2020) and the 2012 list; 片区 for short.',
  },
  {
    preferred: '易地扶贫搬迁',
    forbidden: ['异地扶贫搬迁', '异地搬迁'],
    why: 'The official term (易地, “moved to another place”), as in the 2015 Decision and the NBS releases.',
  },
  {
    preferred: '贫困发生率',
    forbidden: ['贫困率'],
    why: 'The NBS statistic: the poor as a share of the rural population.',
  },
  {
    preferred: '国务院扶贫开发领导小组办公室（国务院扶贫办）',
    forbidden: ['国务院扶贫开发办公室', '国家扶贫办'],
    why: 'The office’s name as it signed its announcements.',
  },
  {
    preferred: '建档立卡',
    forbidden: ['建卡立档'],
    why: 'The official term for the register of poor households.',
  },
  {
    preferred: '摘帽',
    forbidden: ['摘掉帽子', '脱帽'],
    why: 'What the announcements say of a county leaving the list (脱贫摘帽, 退出贫困县序列).',
  },
];

/** The status labels: one word per status, the same on badges, keys and tables. */
export const STATUS_TERMS = {
  official: '官方数据',
  derived: '推算',
  unverified: '未经核实',
} as const;

/**
 * Phrases that speak of an English translation the Chinese reader never sees: the Chinese
 * edition shows the Chinese original and says nothing about how the English edition renders it.
 */
export const TRANSLATION_NOTES: readonly string[] = ['本站自译', '英文为本站', '官方英译', '英文译文', '未见官方英文'];

/** Phrases of the site's own voice that give an instruction or a slogan without saying who said it. */
export const UNATTRIBUTED_VOICE: readonly string[] = ['按照总书记的要求', '按总书记要求', '旅程从', '旅程在'];
