/**
 * The embed height message: the TypeScript check the embeds are written against, and the
 * public host script (public/embed.js, plain ES5 for any page) run in a sandbox, must agree.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isEmbedHeightMessage } from '../../src/lib/embed-protocol';

const SITE = 'https://site.example';
const CASES: [string, unknown, boolean][] = [
  ['a good message', { type: 'ptz-embed-height', chart: 'poor-population', height: 640 }, true],
  ['a fractional height', { type: 'ptz-embed-height', chart: 'regional', height: 600.4 }, true],
  ['height as a string', { type: 'ptz-embed-height', chart: 'regional', height: '600' }, false],
  ['height NaN', { type: 'ptz-embed-height', chart: 'regional', height: NaN }, false],
  ['height Infinity', { type: 'ptz-embed-height', chart: 'regional', height: Infinity }, false],
  ['height too small', { type: 'ptz-embed-height', chart: 'regional', height: 10 }, false],
  ['height too large', { type: 'ptz-embed-height', chart: 'regional', height: 100000 }, false],
  ['chart with markup', { type: 'ptz-embed-height', chart: '<b>', height: 600 }, false],
  ['no chart', { type: 'ptz-embed-height', height: 600 }, false],
  ['another type', { type: 'resize', chart: 'regional', height: 600 }, false],
  ['a string', JSON.stringify({ type: 'ptz-embed-height', chart: 'regional', height: 600 }), false],
  ['null', null, false],
];

/** Runs public/embed.js against a fake page with two embed iframes; returns a message sender. */
function hostPage() {
  const frames = ['a', 'b'].map((name) => ({ name, contentWindow: { name }, style: { height: '' } }));
  let listener: ((e: unknown) => void) | undefined;
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') listener = fn;
    },
  };
  const document = { currentScript: { src: `${SITE}/embed.js` }, querySelectorAll: () => frames };
  runInNewContext(readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8'), {
    window,
    document,
    location: { href: 'https://host.example/page' },
    URL,
    isFinite,
    Math,
  });
  return {
    frames,
    send: (data: unknown, origin = SITE, source: unknown = frames[0]!.contentWindow) => listener!({ data, origin, source }),
  };
}

describe('embed height messages', () => {
  it.each(CASES)('%s: accepted = %s', (_name, data, ok) => {
    expect(isEmbedHeightMessage(data)).toBe(ok);
    const page = hostPage();
    page.send(data);
    expect(page.frames[0]!.style.height !== '').toBe(ok);
  });

  it('resizes only the iframe that sent the message', () => {
    const page = hostPage();
    page.send({ type: 'ptz-embed-height', chart: 'regional', height: 700.2 }, SITE, page.frames[1]!.contentWindow);
    expect(page.frames.map((f) => f.style.height)).toEqual(['', '701px']);
  });

  it('ignores a good message from another origin', () => {
    const page = hostPage();
    page.send({ type: 'ptz-embed-height', chart: 'regional', height: 700 }, 'https://evil.example');
    expect(page.frames.map((f) => f.style.height)).toEqual(['', '']);
  });

  it('ignores a good message from a window that is not one of the embeds', () => {
    const page = hostPage();
    page.send({ type: 'ptz-embed-height', chart: 'regional', height: 700 }, SITE, { name: 'other' });
    expect(page.frames.map((f) => f.style.height)).toEqual(['', '']);
  });
});
