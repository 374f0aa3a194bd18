/**
 * SVG → PNG at build time, with resvg (@resvg/resvg-js, a prebuilt native binary from the npm
 * registry; no install script). Text is drawn with fonts found on the build machine: a CJK font
 * (Noto Sans CJK from Debian's fonts-noto-cjk, or CJK_FONT_PATH) is required, because without
 * it every Chinese character would silently render as an empty box; a Latin font (DejaVu Sans or
 * Noto Sans, or LATIN_FONT_PATH) is optional and draws Latin text with Western punctuation
 * (CJK fonts set ’ “ ” full-width).
 *
 * Server-side only: pages and endpoints import it while the site builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { scriptOf, type Locale } from '../lib/i18n.ts';

export interface FontSet {
  /** Font files handed to resvg (nothing else on the machine is loaded). */
  files: string[];
  /** Family names for an SVG font-family list: Latin first (when found), then CJK. */
  families: string[];
  cjkFamily: string;
  latinFiles: string[];
  cjkFiles: string[];
}

/** Where fonts are looked for, in order; CJK_FONT_PATH / LATIN_FONT_PATH come first. */
export const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  path.join(process.env.HOME ?? '/root', '.fonts'),
  '/System/Library/Fonts',
  '/Library/Fonts',
];

// Files by name: Noto Sans CJK (Debian fonts-noto-cjk: .ttc; other packagings: .otf per language).
const CJK_FILES = /^NotoSansCJK(sc)?-(Regular|Bold)\.(ttc|otf)$|^NotoSansSC-(Regular|Bold)\.(otf|ttf)$|^SourceHanSans(SC)?-(Regular|Bold)\.(ttc|otf)$/i;
const LATIN_FILES = /^(NotoSans-(Regular|Bold)|DejaVuSans(-Bold)?)\.ttf$/;

function walk(dir: string, depth = 0, out: string[] = []): string[] {
  if (depth > 4 || !existsSync(dir)) return out;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const n of names) {
    const p = path.join(dir, n);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, depth + 1, out);
    else out.push(p);
  }
  return out;
}

/** A path from the environment: a font file, or a directory whose matching files are used. */
function fromEnv(value: string | undefined, name: string, pattern: RegExp): string[] | null {
  if (!value) return null;
  if (!existsSync(value)) throw new Error(`${name}=${value}: no such file or directory`);
  if (statSync(value).isFile()) return [value];
  const files = walk(value).filter((f) => pattern.test(path.basename(f)) || /\.(ttc|otf|ttf)$/i.test(f));
  if (!files.length) throw new Error(`${name}=${value}: no .ttc/.otf/.ttf font in that directory`);
  return files;
}

function familyOfCjk(files: string[]): string {
  const f = files.map((x) => path.basename(x)).join(' ');
  if (/NotoSansCJK/i.test(f)) return 'Noto Sans CJK SC';
  if (/NotoSansSC/i.test(f)) return 'Noto Sans SC';
  if (/SourceHanSans/i.test(f)) return 'Source Han Sans SC';
  return 'Noto Sans CJK SC';
}

let cached: FontSet | null = null;

/**
 * The fonts for PNG rendering. Throws, naming what to install or set, when no CJK font is
 * found: a build that drew Chinese as boxes would be worse than one that stops.
 */
export function findFonts(env: NodeJS.ProcessEnv = process.env, dirs: string[] = FONT_DIRS): FontSet {
  const useCache = env === process.env && dirs === FONT_DIRS;
  if (useCache && cached) return cached;
  let all: string[] | null = null;
  const scan = () => (all ??= dirs.flatMap((d) => walk(d)));
  const cjk = fromEnv(env.CJK_FONT_PATH, 'CJK_FONT_PATH', CJK_FILES) ?? scan().filter((f) => CJK_FILES.test(path.basename(f)));
  if (!cjk.length) {
    throw new Error(
      'PNG export: no CJK font found, so Chinese text cannot be drawn. Install Noto Sans CJK ' +
        '(Debian/Ubuntu: apt-get install -y fonts-noto-cjk) or set CJK_FONT_PATH to a font file or directory ' +
        `(looked in ${dirs.join(', ')}).`,
    );
  }
  const latinAll = fromEnv(env.LATIN_FONT_PATH, 'LATIN_FONT_PATH', LATIN_FILES) ?? scan().filter((f) => LATIN_FILES.test(path.basename(f)));
  // One Latin family only: Noto Sans when present, else DejaVu Sans.
  const noto = latinAll.filter((f) => /NotoSans-/.test(f));
  const latin = env.LATIN_FONT_PATH ? latinAll : noto.length ? noto : latinAll;
  const latinFamily = latin.length ? (env.LATIN_FONT_PATH ? null : noto.length ? 'Noto Sans' : 'DejaVu Sans') : null;
  const cjkFamily = familyOfCjk(cjk);
  // Regular faces before bold ones: resvg's fallback for a missing glyph takes the first face that
  // has it, and a regular line must not fall back to a bold face.
  const regularFirst = (files: string[]) => [...files].sort((a, b) => Number(/bold/i.test(a)) - Number(/bold/i.test(b)) || a.localeCompare(b));
  const set: FontSet = {
    files: [...regularFirst(latin), ...regularFirst(cjk)],
    families: [...(latinFamily ? [latinFamily] : []), cjkFamily],
    cjkFamily,
    latinFiles: regularFirst(latin),
    cjkFiles: regularFirst(cjk),
  };
  if (useCache) cached = set;
  return set;
}

/**
 * CSS font-family value for a locale, by its script (LOCALE_INFO): Latin-script text in the Latin
 * font (CJK fallback for the odd Chinese name); Han-script text in the CJK font alone, so that bold
 * Chinese stays bold.
 */
export function fontFamilyCss(fonts: FontSet, locale: Locale): string {
  return (scriptOf(locale) === 'han' ? [fonts.cjkFamily] : fonts.families).map((f) => `'${f}'`).join(', ');
}

/**
 * The fonts one locale's images need, so resvg reads fewer large files: Chinese images the CJK
 * font alone; English ones the Latin font and the regular CJK face (for the odd Chinese name).
 */
export function fontsForLocale(fonts: FontSet, locale: Locale): FontSet {
  if (scriptOf(locale) === 'han') return { ...fonts, files: fonts.cjkFiles, families: [fonts.cjkFamily] };
  if (!fonts.latinFiles.length) return fonts; // no Latin font: the CJK font draws everything
  const regular = fonts.cjkFiles.filter((f) => !/bold/i.test(path.basename(f)));
  return { ...fonts, files: [...fonts.latinFiles, ...(regular.length ? regular : fonts.cjkFiles)] };
}

export interface RenderOptions {
  /** Output width in pixels (the SVG is scaled to it; height follows the aspect ratio). */
  width: number;
  fonts?: FontSet;
  /** iTXt metadata written into the PNG (keywords: Title, Author, Copyright, Source, Description…). */
  meta?: Record<string, string>;
  /**
   * A directory to keep rendered images in, keyed by everything that shapes them (SVG, width,
   * metadata, font files, resvg version), so that a rebuild with nothing changed skips rendering.
   */
  cacheDir?: string;
}

/** The build's PNG cache (git-ignored; `npm ci` clears it). PNG_CACHE=0 turns it off. */
export const PNG_CACHE_DIR = process.env.PNG_CACHE === '0' ? undefined : path.resolve('node_modules/.cache/ptz-png');

function cacheKey(svg: string, opts: RenderOptions, fonts: FontSet): string {
  const h = createHash('sha256');
  const version = (() => {
    try {
      return String(JSON.parse(readFileSync(path.resolve('node_modules/@resvg/resvg-js/package.json'), 'utf8')).version);
    } catch {
      return '?';
    }
  })();
  h.update(JSON.stringify([version, opts.width, opts.meta ?? null, fonts.files.map((f) => [f, statSync(f).size, statSync(f).mtimeMs])]));
  h.update(svg);
  return h.digest('hex').slice(0, 32);
}

/** Render an SVG string to PNG bytes. */
export function svgToPng(svg: string, opts: RenderOptions): Buffer {
  const fonts = opts.fonts ?? findFonts();
  if (opts.cacheDir) {
    const file = path.join(opts.cacheDir, `${cacheKey(svg, opts, fonts)}.png`);
    if (existsSync(file)) return readFileSync(file);
    const png = svgToPng(svg, { ...opts, cacheDir: undefined });
    mkdirSync(opts.cacheDir, { recursive: true });
    writeFileSync(`${file}.tmp`, png);
    renameSync(`${file}.tmp`, file);
    return png;
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: opts.width },
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.families[0], sansSerifFamily: fonts.families[0] },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  });
  const png = Buffer.from(resvg.render().asPng());
  return opts.meta ? withPngText(png, opts.meta) : png;
}

// ---------------------------------------------------------------- PNG chunks

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export interface PngChunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG file; throws if it is not one. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  const buf = Buffer.from(png);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file (bad signature)');
  const out: PngChunk[] = [];
  let i = 8;
  while (i + 8 <= buf.length) {
    const len = buf.readUInt32BE(i);
    const type = buf.toString('latin1', i + 4, i + 8);
    const data = buf.subarray(i + 8, i + 8 + len);
    if (data.length !== len) throw new Error(`PNG chunk ${type} is truncated`);
    const crc = buf.readUInt32BE(i + 8 + len);
    if (crc !== crc32(buf.subarray(i + 4, i + 8 + len))) throw new Error(`PNG chunk ${type} has a bad CRC`);
    out.push({ type, data });
    i += 12 + len;
    if (type === 'IEND') break;
  }
  if (out[0]?.type !== 'IHDR' || out.at(-1)?.type !== 'IEND') throw new Error('PNG without IHDR or IEND');
  return out;
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = pngChunks(png)[0]!.data;
  return { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4) };
}

/** Add iTXt chunks (UTF-8 text: keyword, value) after IHDR. */
export function withPngText(png: Uint8Array, meta: Record<string, string>): Buffer {
  const buf = Buffer.from(png);
  const chunks = pngChunks(buf);
  const ihdrEnd = 8 + 12 + chunks[0]!.data.length;
  const text = Object.entries(meta).map(([k, v]) =>
    // keyword \0, compression flag 0, method 0, language tag "" \0, translated keyword "" \0, text
    chunk('iTXt', Buffer.concat([Buffer.from(k, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(v, 'utf8')])),
  );
  return Buffer.concat([buf.subarray(0, ihdrEnd), ...text, buf.subarray(ihdrEnd)]);
}

/** The iTXt / tEXt text of a PNG: { keyword: text }. */
export function pngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of pngChunks(png)) {
    if (c.type === 'tEXt') {
      const z = c.data.indexOf(0);
      out[c.data.toString('latin1', 0, z)] = c.data.toString('latin1', z + 1);
    } else if (c.type === 'iTXt') {
      const z = c.data.indexOf(0);
      const key = c.data.toString('latin1', 0, z);
      let j = z + 3; // flag, method
      j = c.data.indexOf(0, j) + 1; // language tag
      j = c.data.indexOf(0, j) + 1; // translated keyword
      const compressed = c.data[z + 1] === 1;
      const body = c.data.subarray(j);
      out[key] = (compressed ? inflateSync(body) : body).toString('utf8');
    }
  }
  return out;
}

/**
 * Decoded RGBA pixels of an 8-bit RGB/RGBA, non-interlaced PNG (what resvg writes), for tests
 * and gates that check an image is not blank.
 */
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const chunks = pngChunks(png);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const depth = ihdr[8];
  const colour = ihdr[9];
  const interlace = ihdr[12];
  if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0)
    throw new Error(`decodePng: unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
  const bpp = colour === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * bpp;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? cur[x - bpp]! : 0;
      const b = prev[x]!;
      const c = x >= bpp ? prev[x - bpp]! : 0;
      let v = line[x]!;
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[x] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      out[o] = cur[x * bpp]!;
      out[o + 1] = cur[x * bpp + 1]!;
      out[o + 2] = cur[x * bpp + 2]!;
      out[o + 3] = bpp === 4 ? cur[x * bpp + 3]! : 255;
    }
    prev.set(cur);
  }
  return { width, height, rgba: out };
}

/** Standard deviation of luminance over all pixels: about 0 for a blank image. */
export function luminanceSpread(png: Uint8Array): number {
  const { rgba } = decodePng(png);
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const l = 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
    sum += l;
    sq += l * l;
    n++;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sq / n - mean * mean));
}

// Re-exported for tests that build a PNG by hand.
export const __test = { chunk, crc32, SIGNATURE, deflateSync };
