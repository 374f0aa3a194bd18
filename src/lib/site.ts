/** The site's name, which is itself a figure: built from the 2013 count in data/, never typed. */
import { strings, type Locale } from './i18n';
import { nationalYear } from './data';
import { formatTenThousands } from './format';

export function siteTitle(locale: Locale): string {
  return strings(locale).siteTitle(formatTenThousands(nationalYear(2013).ruralPoor!.value, locale));
}
