/** Locales, paths between them, and access to the interface strings (src/i18n/<locale>.ts; prose lives in src/content/). */
import { en, type Strings } from '../i18n/en.ts';
import { zh } from '../i18n/zh.ts';

import { LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
export { LOCALES, DEFAULT_LOCALE, type Locale };

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

const STRINGS: Record<Locale, Strings> = { en, zh };

/** All interface strings of a locale (src/i18n/<locale>.ts); functions take numbers already formatted. */
export function strings(locale: Locale): Strings {
  return STRINGS[locale];
}

/** Keys whose value is a plain string (the others are functions: call them via strings(locale)). */
export type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

export function t(locale: Locale, key: StringKey): string {
  return STRINGS[locale][key];
}

/** Suffix of a per-locale file name: '' for the default locale, '-zh' for Chinese. */
export function localeSuffix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `-${locale}`;
}

/** A data record's field in a locale: localized(place, 'name', 'zh') → place.nameZh. */
export function localized<K extends string>(o: Record<`${K}En` | `${K}Zh`, string>, field: K, locale: Locale): string {
  return o[(locale === 'zh' ? `${field}Zh` : `${field}En`) as `${K}En`];
}
