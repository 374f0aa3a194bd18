import { describe, expect, it } from 'vitest';
import { localeOf, localePath, stripLocale } from '../../src/lib/i18n';

describe('locale paths', () => {
  it.each([
    ['en', '/', '/'],
    ['zh', '/', '/zh/'],
    ['en', '/sources/', '/sources/'],
    ['zh', '/sources/', '/zh/sources/'],
    ['zh', 'sources/', '/zh/sources/'],
  ] as const)('localePath(%s, %s) → %s', (l, p, out) => expect(localePath(l, p)).toBe(out));
  it.each([
    ['/zh/', '/', 'zh'],
    ['/zh', '/', 'zh'],
    ['/zh/sources/', '/sources/', 'zh'],
    ['/', '/', 'en'],
    ['/sources/', '/sources/', 'en'],
    ['/zhongguo/', '/zhongguo/', 'en'],
  ] as const)('%s → path %s, locale %s', (p, stripped, l) => {
    expect(stripLocale(p)).toBe(stripped);
    expect(localeOf(p)).toBe(l);
  });
});
