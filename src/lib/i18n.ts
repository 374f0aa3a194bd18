/** Locales, paths between them, and access to the interface strings (src/i18n/<locale>.ts; prose lives in src/content/). */
import { en, type Strings } from '../i18n/en.ts';
import { zh } from '../i18n/zh.ts';
import type { Status } from './status.ts';

import { LOCALES, DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales.ts';
export { LOCALES, DEFAULT_LOCALE, LOCALE_INFO, type Locale };

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** Path of a page in a locale: localePath('zh', '/sources/') → '/zh/sources/'. */
export function localePath(locale: Locale, path: string): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  const prefix = LOCALE_INFO[locale].path;
  return prefix ? `/${prefix}${clean}` : clean;
}

/** The locale whose pages a URL path belongs to, and the rest of the path. */
function splitPath(pathname: string): { locale: Locale; rest: string } {
  const first = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  for (const l of LOCALES) {
    const prefix = LOCALE_INFO[l].path;
    if (prefix && first?.[1] === prefix) return { locale: l, rest: first[2] || '/' };
  }
  return { locale: DEFAULT_LOCALE, rest: pathname || '/' };
}

/** The locale-free path of a URL path: '/zh/sources/' → '/sources/'. */
export function stripLocale(pathname: string): string {
  return splitPath(pathname).rest;
}

export function localeOf(pathname: string): Locale {
  return splitPath(pathname).locale;
}

/** lang / hreflang value of each locale. */
export const HTML_LANG: Readonly<Record<Locale, string>> = Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].tag])) as Record<Locale, string>;

/**
 * getStaticPaths() of a page that exists in every edition (src/pages/[...locale]/…): the default
 * locale at the root (an undefined rest parameter), the others under their path.
 */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: LOCALE_INFO[locale].path || undefined }, props: { locale } }));
}

/** Every locale's URL prefix ('/' for the default one, '/zh/' …): e.g. where embeds live. */
export function localePrefixes(): string[] {
  return LOCALES.map((l) => localePath(l, '/'));
}

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

/** The label of a status ('official', 'derived', 'unverified': src/lib/status.ts) in a locale. */
export function statusLabel(status: Status, locale: Locale): string {
  return STRINGS[locale][status];
}

/** The mark after a value that is not official: " (derived)", "（未经核实）"; '' for an official one. */
export function statusNote(status: Status, locale: Locale): string {
  return status === 'official' ? '' : STRINGS[locale].charts.statusAfter(statusLabel(status, locale));
}

/** Suffix of a per-locale file name: '' for the default locale, '-zh' for Chinese (oEmbed files). */
export function localeSuffix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `-${locale}`;
}

/** The file names of a stem in every locale, each with its suffix: 'regional' → regional-en, regional-zh (images). */
export function localeFiles(stem: string, always = true): { file: string; locale: Locale }[] {
  return LOCALES.map((locale) => ({ file: `${stem}${always ? `-${locale}` : localeSuffix(locale)}`, locale }));
}

/** The inverse of localeFiles: 'regional-zh' → { stem: 'regional', locale: 'zh' }; null when no suffix fits. */
export function splitLocaleFile(file: string, always = true): { stem: string; locale: Locale } | null {
  for (const locale of [...LOCALES].sort((a, b) => b.length - a.length)) {
    const suffix = always ? `-${locale}` : localeSuffix(locale);
    if (suffix && file.endsWith(suffix)) return { stem: file.slice(0, -suffix.length), locale };
  }
  return always ? null : { stem: file, locale: DEFAULT_LOCALE };
}

/** Per-edition text of a data record: `{ en, zh }` (src/lib/schemas.ts `localizedText`). */
export interface EditionText {
  en: string;
  zh: string;
}

/**
 * A data record's text in a locale, read through LOCALE_INFO[locale].data:
 * localized(place, 'name', 'zh') → place.nameZh; localized(source.publisher, 'zh') → source.publisher.zh.
 */
export function localized(text: EditionText, locale: Locale): string;
export function localized<K extends string, V = string>(o: Record<`${K}En` | `${K}Zh`, V>, field: K, locale: Locale): V;
export function localized(o: object, fieldOrLocale: string, maybeLocale?: Locale): unknown {
  const rec = o as Record<string, unknown>;
  const data = LOCALE_INFO[maybeLocale ?? (fieldOrLocale as Locale)].data;
  if (maybeLocale === undefined) return rec[data];
  return rec[`${fieldOrLocale}${DATA_SUFFIX[data]}`];
}
const DATA_SUFFIX = { en: 'En', zh: 'Zh' } as const;

/** The script a locale is written in ('latin' or 'han'), for choices that depend on it (fonts, spacing). */
export function scriptOf(locale: Locale): 'latin' | 'han' {
  return LOCALE_INFO[locale].script;
}
