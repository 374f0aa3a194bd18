import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, parseSiteUrl, siteUrl } from '../../scripts/lib/site-url.mjs';

describe('SITE_URL: the site address from one setting', () => {
  it.each([
    ['https://charts.example.edu', 'https://charts.example.edu/'],
    ['https://charts.example.edu/', 'https://charts.example.edu/'],
    ['  http://localhost:8080 ', 'http://localhost:8080/'],
    ['HTTPS://Charts.Example.EDU', 'https://charts.example.edu/'],
  ])('%s → %s', (raw, site) => {
    expect(parseSiteUrl(raw)).toEqual({ site });
  });

  it.each([
    [undefined, /not set/],
    ['', /not set/],
    ['charts.example.edu', /not an absolute URL/],
    ['/charts/', /not an absolute URL/],
    ['ftp://charts.example.edu', /not an http\(s\) URL/],
    ['javascript:alert(1)', /not an http\(s\) URL/],
    ['https://charts.example.edu/poverty/', /origin only/],
    ['https://charts.example.edu/?x=1', /origin only/],
    ['https://user@charts.example.edu', /origin only/],
  ])('rejects %s', (raw, message) => {
    const r = parseSiteUrl(raw);
    expect(r.site).toBeUndefined();
    expect(r.error).toMatch(message);
  });

  it('unset: the origin npm start serves, with one notice per process', () => {
    const lines: string[] = [];
    delete (globalThis as { __ptzSiteNotice?: boolean }).__ptzSiteNotice;
    expect(siteUrl({}, (l) => lines.push(l))).toBe(`${LOCAL_ORIGIN}/`);
    expect(siteUrl({ SITE_URL: ' ' }, (l) => lines.push(l))).toBe(`${LOCAL_ORIGIN}/`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SITE_URL is not set: building for http:\/\/localhost:4321/);
    expect(LOCAL_ORIGIN).toBe('http://localhost:4321');
  });

  it('set: that origin; malformed: the build stops', () => {
    expect(siteUrl({ SITE_URL: 'https://charts.example.edu' })).toBe('https://charts.example.edu/');
    expect(() => siteUrl({ SITE_URL: 'charts.example.edu' })).toThrow(/SITE_URL="charts.example.edu" is not an absolute URL/);
  });
});
