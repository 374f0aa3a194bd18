/**
 * How a reader cites this site or one of its charts, in the styles teachers are asked for: APA 7,
 * MLA 9 and GB/T 7714—2015 (电子资源, [EB/OL]). Pure: the work, the style and the accessed date
 * in, the citation out, as parts (so that a page can set a title in italics and mark the date the
 * browser replaces) or as plain text. Not to be confused with src/lib/citation.ts, which names the
 * *sources* of the data in the bibliography.
 *
 * The words and date forms below (“Retrieved … from”, “Accessed”, “n.d.”, “7 Dec. 2026”,
 * “2026-12-07”) belong to each style, not to an edition: which styles an edition offers, and every
 * label around them, are in the dictionaries (src/i18n/<locale>.ts, `citeBox`).
 *
 * The site has no publication date in data/ or its settings: `published` is null, and each style
 * writes what it prescribes for an undated page (APA “(n.d.)”; MLA and GB/T leave the date out and
 * rely on the accessed date).
 */

export const CITE_STYLES = ['apa', 'mla', 'gbt'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

export function isCiteStyle(x: unknown): x is CiteStyle {
  return typeof x === 'string' && (CITE_STYLES as readonly string[]).includes(x);
}

/** A calendar day (the reader's or the build's), without a time zone. */
export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** What is cited: the site as a whole (no `title`), or one chart or map on it. */
export interface CiteWork {
  /** the site's title in the page's edition (src/lib/site.ts siteTitle) */
  site: string;
  /** the chart's title; absent for the site as a whole */
  title?: string;
  /** what the titled part is: APA names it in brackets ([Chart], [Map]) */
  kind?: 'chart' | 'map';
  /** the absolute address cited */
  url: string;
  /** publication date (YYYY, YYYY-MM or YYYY-MM-DD), or null: the site states none */
  published: string | null;
}

/** One run of a citation: plain, in italics, or the accessed date (the browser replaces it with today's). */
export interface CitePart {
  text: string;
  italic?: true;
  accessed?: true;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA 9's abbreviations (May, June and July are written out; September is “Sept.”). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A day as an ISO date: 2026-12-07. */
export function isoDay(d: Ymd): string {
  return `${String(d.year).padStart(4, '0')}-${pad(d.month)}-${pad(d.day)}`;
}

/** "2026-12-07" → a day; null for anything else (or an impossible day). */
export function parseYmd(s: unknown): Ymd | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day ? { year, month, day } : null;
}

/** The calendar day of a Date in the clock it is read by (the reader's device: local time). */
export function localYmd(d: Date): Ymd {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The accessed date as each style writes it: APA “December 7, 2026”, MLA “7 Dec. 2026”, GB/T “2026-12-07”. */
export function formatAccessed(style: CiteStyle, d: Ymd): string {
  switch (style) {
    case 'apa':
      return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
    case 'mla':
      return `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;
    case 'gbt':
      return isoDay(d);
  }
}

/** The publication date as each style writes it in its date slot (APA “2026, December 7”, MLA “7 Dec. 2026”, GB/T “2026-12-07”). */
function formatPublished(style: CiteStyle, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  if (style === 'gbt') return iso;
  if (style === 'apa') return [String(y), m ? `${MONTHS[m - 1]}${d ? ` ${d}` : ''}` : ''].filter(Boolean).join(', ');
  return [d, m ? MLA_MONTHS[m - 1] : '', y].filter(Boolean).join(' ');
}

/** Words MLA leaves in lower case inside a title (articles, short prepositions and conjunctions, “to”). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'on', 'per', 'to', 'up', 'via', 'vs']);

/**
 * Title case as MLA writes titles: every word capitalised except articles, prepositions and
 * conjunctions that are neither first nor last; words with a capital or a digit inside (GDP, 2012–2020)
 * are kept as written. Text without Latin letters is returned unchanged.
 */
export function titleCase(s: string): string {
  const words = s.split(/(\s+)/);
  const real = words.map((w, i) => (i % 2 === 0 && w ? i : -1)).filter((i) => i >= 0);
  const first = real[0];
  const last = real.at(-1);
  return words
    .map((w, i) => {
      if (i % 2 === 1 || !w) return w;
      const m = /^([^\p{L}]*)(\p{Ll})([\p{L}’'-]*)(.*)$/u.exec(w);
      if (!m) return w;
      const core = `${m[2]}${m[3]}`;
      // after a colon or a dash the next word starts a subtitle and is capitalised
      const prev = words[i - 2] ?? '';
      const starts = i === first || i === last || /[:—–]$/.test(prev);
      if (!starts && MINOR.has(core.toLowerCase())) return w;
      if (/[\p{Lu}\d]/u.test(core.slice(1))) return w;
      return `${m[1]}${m[2]!.toUpperCase()}${m[3]}${m[4]}`;
    })
    .join('');
}

/** MLA 9 leaves out the scheme of a web address. */
const withoutScheme = (url: string) => url.replace(/^https?:\/\//, '');

/** A title ends with the style's full stop unless it ends in a mark of its own. */
const stop = (s: string) => (/[.?!。？！]$/.test(s) ? s : `${s}.`);

/** APA's bracketed description of a part. */
const APA_KIND = { chart: 'Chart', map: 'Map' } as const;

/** The citation of a work in a style, with the accessed date `accessed`, as runs of text. */
export function citeParts(style: CiteStyle, work: CiteWork, accessed: Ymd): CitePart[] {
  const date: CitePart = { text: formatAccessed(style, accessed), accessed: true };
  const pub = work.published ? formatPublished(style, work.published) : null;
  const parts: CitePart[] = [];
  const put = (text: string, italic = false) => parts.push(italic ? { text, italic: true } : { text });
  switch (style) {
    case 'apa': {
      // Group author = the site; when it is also the title (the site as a whole), the title moves up.
      if (work.title) {
        put(`${stop(work.site)} (${pub ?? 'n.d.'}). `);
        put(work.title, true);
        put(`${work.kind ? ` [${APA_KIND[work.kind]}]` : ''}. Retrieved `);
      } else {
        put(work.site, true);
        put(`. (${pub ?? 'n.d.'}). Retrieved `);
      }
      parts.push(date);
      put(`, from ${work.url}`);
      break;
    }
    case 'mla': {
      if (work.title) {
        put(`“${stop(titleCase(work.title))}” `);
        put(titleCase(work.site), true);
        put(`, ${pub ? `${pub}, ` : ''}${withoutScheme(work.url)}. Accessed `);
      } else {
        put(titleCase(work.site), true);
        put(`. ${pub ? `${pub}, ` : ''}${withoutScheme(work.url)}. Accessed `);
      }
      parts.push(date);
      put('.');
      break;
    }
    case 'gbt': {
      // 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
      put(work.title ? `${work.site}. ${work.title}[EB/OL]. ` : `${work.site}[EB/OL]. `);
      put(`${pub ? `(${pub})` : ''}[`);
      parts.push(date);
      put(`]. ${work.url}.`);
      break;
    }
  }
  return merge(parts);
}

/** Neighbouring plain runs joined, empty ones dropped. */
function merge(parts: CitePart[]): CitePart[] {
  const out: CitePart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const prev = out.at(-1);
    if (prev && !prev.italic && !prev.accessed && !p.italic && !p.accessed) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** The citation as plain text (what a reader pastes where italics are lost). */
export function citeText(style: CiteStyle, work: CiteWork, accessed: Ymd): string {
  return citeParts(style, work, accessed)
    .map((p) => p.text)
    .join('');
}
