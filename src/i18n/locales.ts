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
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { path: '', tag: 'en', name: 'English' },
  zh: { path: 'zh', tag: 'zh-Hans', name: '简体中文' },
};
