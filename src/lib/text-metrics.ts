/**
 * Text metrics without a DOM: the one estimate of how wide a string is drawn, and the one line
 * breaker built on it. Chart modules (wrapped labels, map label boxes) and the PNG images and
 * social cards use them: the build has no text measuring (nor has resvg), so the estimate is
 * generous, so that a wrapped line or a label box is never narrower than its text. Latin text is
 * measured per character (letters, digits, punctuation), CJK characters as one em each.
 */

/** Full-width characters: CJK ideographs and radicals, CJK punctuation, kana, full-width forms. */
const FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Han characters: text with one is set in a CJK font, which draws ‘ ’ “ ” full-width. */
const HAN = /\p{Script=Han}/u;

/**
 * Advance widths in em of Latin letters, digits and punctuation: DejaVu Sans (what Debian's
 * system-ui and sans-serif resolve to, and the widest of the usual fallbacks; Noto Sans, Segoe UI
 * and San Francisco run narrower), rounded up.
 */
const LATIN_EM: Readonly<Record<string, number>> = Object.freeze({
  ...perChar(
    'abcdefghijklmnopqrstuvwxyz',
    [0.62, 0.64, 0.55, 0.64, 0.62, 0.36, 0.64, 0.64, 0.28, 0.28, 0.58, 0.28, 0.98, 0.64, 0.62, 0.64, 0.64, 0.42, 0.53, 0.4, 0.64, 0.6, 0.82, 0.6, 0.6, 0.53],
  ),
  ...perChar(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    [0.69, 0.69, 0.7, 0.77, 0.64, 0.58, 0.78, 0.76, 0.3, 0.3, 0.66, 0.56, 0.87, 0.75, 0.79, 0.61, 0.79, 0.7, 0.64, 0.62, 0.74, 0.69, 0.99, 0.69, 0.62, 0.69],
  ),
  ...perChar('0123456789$', Array(11).fill(0.64)),
  ...perChar(' \u00a0.,·‘’', Array(7).fill(0.32)),
  ...perChar('\u2009\u202f', [0.2, 0.2]),
  ...perChar(':;|/', Array(4).fill(0.34)),
  ...perChar("'", [0.28]),
  ...perChar('!', [0.41]),
  ...perChar('()[]{}', Array(6).fill(0.39)),
  ...perChar('-‐', [0.37, 0.37]),
  ...perChar('–*_', [0.5, 0.5, 0.5]),
  ...perChar('“”"', [0.52, 0.52, 0.46]),
  ...perChar('?', [0.54]),
  ...perChar('&', [0.78]),
  ...perChar('+=#<>~×', Array(7).fill(0.84)),
  ...perChar('%', [0.95]),
  ...perChar('—…→@', [1, 1, 1, 1]),
});
function perChar(chars: string, widths: number[]): Record<string, number> {
  return Object.fromEntries([...chars].map((ch, i) => [ch, widths[i]!]));
}

/** Any other character that is not full-width (a rare symbol): as wide as a wide letter. */
const OTHER_EM = 0.8;
/** Curly quotes, set full-width by a CJK font. */
const CURLY_QUOTES = new Set(['‘', '’', '“', '”']);
/** Bold Latin text (DejaVu Sans Bold): a tenth wider, and narrow letters relatively more; full-width characters stay one em. */
const bolder = (em: number): number => em * 1.1 + 0.04;

export interface TextStyle {
  /** Bold (or semi-bold) text. */
  bold?: boolean;
}

/** Estimated advance width of one character in em. `cjkQuotes`: ‘ ’ “ ” are full-width (text set in a CJK font). */
export function charWidthEm(ch: string, cjkQuotes = false, style: TextStyle = {}): number {
  if (FULL_WIDTH.test(ch) || (cjkQuotes && CURLY_QUOTES.has(ch))) return 1;
  // an accented letter is as wide as its base letter: ü as u, é as e
  const w = LATIN_EM[ch] ?? LATIN_EM[ch.normalize('NFD')[0]!] ?? OTHER_EM;
  return w >= 1 ? w : style.bold ? bolder(w) : w;
}

/** Estimated advance width of a string in em (multiply by the font size for user units). */
export function textWidthEm(s: string, style: TextStyle = {}): number {
  const cjkQuotes = HAN.test(s);
  let w = 0;
  for (const ch of s) w += charWidthEm(ch, cjkQuotes, style);
  return w;
}

/** Estimated advance width of a string at a font size, in the same units as the size. */
export function textWidth(s: string, fontSize: number, style: TextStyle = {}): number {
  return textWidthEm(s, style) * fontSize;
}

// ---------------------------------------------------------------- line breaking

/** Characters a line may not start with (closing punctuation, CJK and Latin). */
export const NO_BREAK_BEFORE = new Set([...'，。、；：！？）】」』》〉〕〗〙〛”’…—·・％ー～,.;:!?)]}%']);
/** Characters a line may not end with (opening punctuation). */
export const NO_BREAK_AFTER = new Set([...'（【「『《〈〔〖〘〚“‘([{']);

/** Atoms: a run of white space, a run of Latin (anything but white space and full-width), or one full-width character. */
const ATOM = /\s+|[^\s\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|[\s\S]/gu;

/**
 * Break `text` into pieces a line may end after: Latin text breaks at white space (a word stays
 * whole), CJK text between any two characters, except before closing punctuation (，。、）” …)
 * and after opening punctuation (（“ …), which stay with their neighbour.
 */
export function breakPieces(text: string): string[] {
  const atoms = text.match(ATOM) ?? [];
  const pieces: string[] = [];
  let cur = '';
  for (const atom of atoms) {
    if (/^\s/.test(atom)) {
      if (cur) pieces.push(cur);
      pieces.push(atom);
      cur = '';
      continue;
    }
    const prev = cur.at(-1);
    const first = atom[0]!;
    if (cur && (NO_BREAK_BEFORE.has(first) || (prev !== undefined && NO_BREAK_AFTER.has(prev)))) cur += atom;
    else {
      if (cur) pieces.push(cur);
      cur = atom;
    }
  }
  if (cur) pieces.push(cur);
  return pieces;
}

export interface WrapOptions extends TextStyle {
  /** At most this many lines; a cut text ends with an ellipsis. */
  maxLines?: number;
}

/**
 * Greedy wrap into lines no wider than `maxWidth` at `fontSize` (same units), by the estimate
 * above: at spaces in Latin text, between characters in CJK text (never a line starting with ，。）
 * or ending with （“). A single word wider than the line stays whole on a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, opts: WrapOptions = {}): string[] {
  const width = (s: string) => textWidth(s, fontSize, opts);
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(text)) {
    const next = line + piece;
    if (line.trim() && width(next.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  const max = opts.maxLines ?? Infinity;
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('').trimEnd();
  // do not leave opening punctuation or a dangling separator before the ellipsis
  while (last && (NO_BREAK_AFTER.has(last.at(-1)!) || /[\s,;:，、；：]$/.test(last))) last = last.slice(0, -1).trimEnd();
  kept[max - 1] = `${last}…`;
  return kept;
}
