/** Locales, paths between them, and the interface strings (story copy lives in src/content/). */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** Path of a page in a locale: localePath('zh', '/sources/') → '/zh/sources/'. */
export function localePath(locale: Locale, path: string): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean === '/' ? '/' : clean}`;
}

/** The locale-free path of a URL path: '/zh/sources/' → '/sources/'. */
export function stripLocale(pathname: string): string {
  const m = pathname.match(/^\/(zh)(\/.*)?$/);
  return m ? m[2] || '/' : pathname || '/';
}

export function localeOf(pathname: string): Locale {
  return /^\/zh(\/|$)/.test(pathname) ? 'zh' : 'en';
}

export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

const STRINGS = {
  siteSubtitle: {
    en: 'China’s targeted poverty alleviation campaign, 2013–2020, in official statistics',
    zh: '官方统计中的中国精准扶贫，2013—2020年',
  },
  skip: { en: 'Skip to content', zh: '跳到正文' },
  langSwitch: { en: '中文', zh: 'English' },
  langSwitchLabel: { en: '阅读中文版', zh: 'Read in English' },
  navStory: { en: 'Story', zh: '报道' },
  navCharts: { en: 'Charts', zh: '图表' },
  navSources: { en: 'Sources & method', zh: '来源与方法' },
  source: { en: 'Source', zh: '来源' },
  sources: { en: 'Sources', zh: '来源' },
  official: { en: 'official', zh: '官方数据' },
  derived: { en: 'derived', zh: '推算' },
  unverified: { en: 'unverified', zh: '未经核实' },
  dataTable: { en: 'Data table', zh: '数据表' },
  year: { en: 'Year', zh: '年份' },
  footerNote: {
    en: 'Every figure on this site comes from the bundled datasets, each value with its source and status.',
    zh: '本站所有数字均来自随站发布的数据集，每个数值都注明来源和性质。',
  },
} as const satisfies Record<string, Record<Locale, string>>;
export type StringKey = keyof typeof STRINGS;

export function t(locale: Locale, key: StringKey): string {
  return STRINGS[key][locale];
}
