// @ts-check
/**
 * ?theme=light|dark for embeds, without writing the dark palette twice. The palette's one home,
 * src/styles/global.css, keeps its two blocks (light in :root, dark under the media query below),
 * which src/lib/palette.ts reads as they are. At build time this Vite plugin (astro.config.mjs)
 * rewrites the stylesheet the pages get:
 *   - the dark block applies unless the page says data-theme="light" on <html>;
 *   - a copy of the same block, taken from the file, applies on screen when it says data-theme="dark";
 *   - color-scheme follows the forced theme (form controls, scrollbars).
 * src/client/embed-frame.ts sets the attribute from ?theme=. Without it nothing changes.
 */

export const DARK_MEDIA = '@media screen and (prefers-color-scheme: dark)';
const ROOT = ':root {';

/**
 * global.css with the theme overrides. Throws when the stylesheet does not have the expected
 * shape (one dark media block holding one `:root {` block), so the build stops instead of
 * silently shipping an embed that ignores ?theme=.
 * @param {string} css
 * @returns {string}
 */
export function withThemeOverrides(css) {
  const at = css.indexOf(DARK_MEDIA);
  if (at < 0) throw new Error(`theme-css: global.css has no "${DARK_MEDIA}" block`);
  if (css.indexOf(DARK_MEDIA, at + 1) >= 0) throw new Error(`theme-css: global.css has more than one "${DARK_MEDIA}" block`);
  const open = css.indexOf('{', at);
  let depth = 0;
  let end = -1;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('theme-css: the dark block of global.css is not closed');
  const media = css.slice(at, end + 1);
  const rootAt = media.indexOf(ROOT);
  if (rootAt < 0 || media.indexOf(ROOT, rootAt + 1) >= 0) throw new Error(`theme-css: the dark block of global.css must hold exactly one "${ROOT}" block`);
  const declarations = media.slice(rootAt + ROOT.length, media.indexOf('}', rootAt)).trim();
  const followsDevice = media.slice(0, rootAt) + ":root:not([data-theme='light']) {" + media.slice(rootAt + ROOT.length);
  const forced =
    `\n/* ?theme= on embeds (scripts/lib/theme-css.mjs): the dark block above, forced on screen */\n` +
    `@media screen {\n  :root[data-theme='dark'] {\n    ${declarations}\n    color-scheme: dark;\n  }\n}\n` +
    `:root[data-theme='light'] { color-scheme: light; }\n`;
  return css.slice(0, at) + followsDevice + forced + css.slice(end + 1);
}

/** The Vite plugin: applies withThemeOverrides to src/styles/global.css (not to its ?raw import). */
export function themeCss() {
  return {
    name: 'ptz-theme-css',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} code @param {string} id */
    transform(code, id) {
      const [file, query = ''] = id.split('?');
      if (!file || !/[\\/]src[\\/]styles[\\/]global\.css$/.test(file) || /(^|&)raw\b/.test(query)) return null;
      return { code: withThemeOverrides(code), map: null };
    },
  };
}
