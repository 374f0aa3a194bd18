/** The site's name, which is itself a figure: built from the 2013 count in data/, never typed. */
import type { Locale } from './i18n';
import { nationalYear } from './data';
import { formatTenThousands } from './format';

export function siteTitle(locale: Locale): string {
  const start = nationalYear(2013).ruralPoor!;
  return locale === 'zh' ? `从${formatTenThousands(start.value, 'zh')}到零` : `From ${formatTenThousands(start.value, 'en')} to zero`;
}
