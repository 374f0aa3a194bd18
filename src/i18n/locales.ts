/**
 * The site's locales: the one list that routes, language switches, alternates, file names and
 * dictionaries derive from. Adding an edition starts here.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** First path segment of the edition's pages ('' for the default locale: its pages sit at the root). */
  readonly path: string;
  /** BCP 47 tag for lang and hreflang. */
  readonly tag: string;
  /** The edition's name in its own language, as the language switch shows it. */
  readonly name: string;
  /** The script the edition is written in: what fonts, spacing and punctuation it needs (PNG fonts, text metrics). */
  readonly script: 'latin' | 'han';
  /** Which of a data record's per-edition texts the edition reads: `nameEn` / `{ en }` or `nameZh` / `{ zh }`. */
  readonly data: 'en' | 'zh';
  /** Open Graph locale (og:locale). */
  readonly ogLocale: string;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { path: '', tag: 'en', name: 'English', script: 'latin', data: 'en', ogLocale: 'en_GB' },
  zh: { path: 'zh', tag: 'zh-Hans', name: '简体中文', script: 'han', data: 'zh', ogLocale: 'zh_CN' },
};
