/**
 * How a source is named in each edition: its publisher and reprint in the edition's words, its
 * title as published (marked with the source's language when that is not the page's), or, for an
 * item cited without a title, the site's description of it in the edition's language.
 */
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, localized, type Locale } from './i18n.ts';
import type { Source } from './schemas.ts';

/** HTML lang tag of a source's language: the tag of the edition that reads that language's texts. */
const langTag = (language: Source['language']): string => LOCALE_INFO[LOCALES.find((l) => LOCALE_INFO[l].data === language) ?? DEFAULT_LOCALE].tag;

export interface CitedTitle {
  text: string;
  /** lang attribute for the title: set when it is written in another language than the page. */
  lang: string | undefined;
  /** true for a title as published in the page's language; false for another language's title or the site's description. */
  native: boolean;
  /** true when `text` is the site's description of an untitled item. */
  described: boolean;
}

export function citedTitle(s: Source, locale: Locale): CitedTitle {
  if (s.title !== null) {
    const native = s.language === LOCALE_INFO[locale].data;
    return { text: s.title, lang: native ? undefined : langTag(s.language), native, described: false };
  }
  return { text: localized(s.description!, locale), lang: undefined, native: false, described: true };
}

export const publisherOf = (s: Source, locale: Locale): string => localized(s.publisher, locale);
export const reprintOf = (s: Source, locale: Locale): string | null => (s.asReportedBy ? localized(s.asReportedBy, locale) : null);
export const sourceNoteOf = (s: Source, locale: Locale): string | null => (s.note ? localized(s.note, locale) : null);
