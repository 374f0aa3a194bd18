/**
 * Browser side of the county finder (src/components/CountyFinder.astro): the WAI-ARIA combobox
 * with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), the lazy index
 * fetch, the result card and the `ptz:county` event. Everything shown is set with textContent.
 */
import {
  MAX_RESULTS,
  buildSearchKeys,
  parseCountyIndex,
  parseCountyParam,
  parseOutsideNames,
  searchCounties,
  type OutsideNames,
  type FinderCounty,
  type SearchKeys,
  type SearchResult,
} from '../lib/county-search';

/** The event a finder dispatches (bubbling, on its root element) when a county is chosen. */
export const COUNTY_EVENT = 'ptz:county';
export interface CountyEventDetail {
  id: string;
  exitYear: number;
  nameZh: string;
  nameEn: string;
  /** 'select': chosen in the finder; 'url': opened from ?county=<id> on load */
  trigger: 'select' | 'url';
}

type Strings = Record<string, string>;

/** The two names of a county in the index (c.zh, c.en), and the per-language fields they key (provinceZh …). */
type NameKey = 'en' | 'zh';
const NAME_KEYS: readonly NameKey[] = ['en', 'zh'];
const fieldIn = (c: FinderCounty, field: 'province' | 'prefecture', key: NameKey): string =>
  c[`${field}${key.charAt(0).toUpperCase()}${key.slice(1)}` as `${typeof field}${'En' | 'Zh'}`] ?? '';

/** One fetch per page, shared by every finder on it. */
const indexCache = new Map<string, Promise<SearchKeys[] | null>>();
function loadIndex(url: string): Promise<SearchKeys[] | null> {
  let p = indexCache.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => {
        const list = parseCountyIndex(json);
        return list.length ? buildSearchKeys(list) : null;
      })
      .catch(() => null);
    indexCache.set(url, p);
  }
  return p;
}

/** The names of the units outside the 832, fetched once per page, only when a query finds none of the 832. */
const outsideCache = new Map<string, Promise<OutsideNames | null>>();
function loadOutside(url: string): Promise<OutsideNames | null> {
  let p = outsideCache.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => parseOutsideNames(json))
      .catch(() => null);
    outsideCache.set(url, p);
  }
  return p;
}

const fill = (template: string | undefined, values: Record<string, string | number>): string =>
  String(template ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

class Finder {
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly nearestBox: HTMLElement;
  private readonly card: HTMLElement;
  private readonly s: Strings;
  /** The county index's name keys, the edition's own first ('zh en' on a Chinese page), and their lang tags. */
  private readonly order: [NameKey, NameKey];
  private readonly langs: [string, string];
  private readonly idBase: string;
  private keys: SearchKeys[] | null = null;
  private loading: Promise<SearchKeys[] | null> | null = null;
  private result: SearchResult | null = null;
  private active = -1;
  private timer = 0;
  private lastStatus = '';

  constructor(private readonly root: HTMLElement) {
    this.input = root.querySelector<HTMLInputElement>('[data-finder-input]')!;
    this.idBase = root.id || 'county-finder';
    this.list = el('ul', { class: 'finder-list', id: `${this.idBase}-listbox`, role: 'listbox', 'aria-labelledby': `${this.idBase}-label` });
    this.list.hidden = true;
    root.querySelector('[data-finder-combo]')?.append(this.list);
    this.input.setAttribute('aria-controls', this.list.id);
    this.status = root.querySelector<HTMLElement>('[data-finder-status]')!;
    this.nearestBox = root.querySelector<HTMLElement>('[data-finder-nearest]')!;
    this.card = root.querySelector<HTMLElement>('[data-finder-card]')!;
    const order = (root.dataset.nameOrder ?? 'en zh').split(' ').filter((k): k is NameKey => (NAME_KEYS as readonly string[]).includes(k));
    this.order = order.length === 2 ? [order[0]!, order[1]!] : ['en', 'zh'];
    const langs = (root.dataset.nameLangs ?? 'en zh-Hans').split(' ');
    this.langs = [langs[0] ?? 'en', langs[1] ?? 'zh-Hans'];
    let s: Strings = {};
    try {
      const parsed: unknown = JSON.parse(root.dataset.strings ?? '{}');
      if (parsed && typeof parsed === 'object') s = parsed as Strings;
    } catch {
      /* strings stay empty: the finder still works, with blank labels */
    }
    this.s = s;
    root.querySelector<HTMLElement>('[data-finder-ui]')?.removeAttribute('hidden');

    const warm = () => void this.ensureIndex();
    this.input.addEventListener('focus', warm);
    this.input.addEventListener('pointerdown', warm);
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.update(), 80);
    });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => {
      // leave time for a click on an option (mousedown keeps focus, but touch may not)
      window.setTimeout(() => {
        if (document.activeElement !== this.input) this.close();
      }, 150);
    });
    // keep focus in the input when an option is pressed
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const li = (e.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      const i = li ? Number(li.dataset.index) : -1;
      if (i >= 0) this.choose(i);
    });
  }

  private ensureIndex(): Promise<SearchKeys[] | null> {
    if (this.keys) return Promise.resolve(this.keys);
    if (!this.loading) {
      this.loading = loadIndex(this.root.dataset.index ?? '/data/county-index.json').then((k) => {
        this.keys = k;
        return k;
      });
    }
    return this.loading;
  }

  private say(text: string): void {
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    this.status.textContent = text;
  }

  private async update(): Promise<void> {
    const value = this.input.value;
    if (!value.trim()) {
      this.result = null;
      this.renderList();
      this.nearestBox.hidden = true;
      this.say('');
      return;
    }
    if (!this.keys) this.say(this.s.finderLoading ?? '');
    const keys = await this.ensureIndex();
    if (value !== this.input.value) return; // typed on while loading
    if (!keys) {
      this.say(this.s.finderLoadError ?? '');
      return;
    }
    let result = searchCounties(keys, value, MAX_RESULTS);
    const outsideUrl = this.root.dataset.outside;
    // a Chinese name that matches none of the 832 may be a real county outside them (海淀区)
    if (outsideUrl?.startsWith('/') && result.query.kind === 'han' && (result.total === 0 || result.query.forms.length > 1)) {
      const outside = await loadOutside(outsideUrl);
      if (value !== this.input.value) return;
      result = searchCounties(keys, value, MAX_RESULTS, outside);
    }
    this.result = result;
    this.active = -1;
    this.renderList();
    this.renderNearest();
    const { total, matches, query } = this.result;
    if (this.result.outside) this.say(fill(this.s.finderOutside, { name: this.result.outside }));
    else if (query.kind === 'empty' || total === 0) {
      this.say(fill(this.s.finderNoMatch, { q: query.text || value.trim().slice(0, 64) }));
    } else if (total === 1) this.say(this.s.finderCountOne ?? '');
    else if (total > matches.length) this.say(fill(this.s.finderCountMore, { n: total, shown: matches.length }));
    else this.say(fill(this.s.finderCountMany, { n: total }));
  }

  private optionId(i: number): string {
    return `${this.idBase}-opt-${i}`;
  }

  private names(c: FinderCounty): [string, string, string, string] {
    // [main, other, main lang, other lang]
    return [c[this.order[0]], c[this.order[1]], this.langs[0], this.langs[1]];
  }

  private where(c: FinderCounty): string {
    const province = fieldIn(c, 'province', this.order[0]);
    const prefecture = fieldIn(c, 'prefecture', this.order[0]);
    return prefecture ? fill(this.s.finderWhere, { province, prefecture }) : province;
  }

  private renderList(): void {
    const matches = this.result?.matches ?? [];
    const items = matches.map((m, i) => {
      const [main, other, mainLang, otherLang] = this.names(m.county);
      const li = el('li', { role: 'option', id: this.optionId(i), 'aria-selected': 'false', 'data-index': String(i), 'data-id': m.county.id });
      li.append(
        el('span', { class: 'opt-main', lang: mainLang }, main),
        el('span', { class: 'opt-other', lang: otherLang }, other),
        el('span', { class: 'opt-where' }, this.where(m.county)),
      );
      return li;
    });
    this.list.replaceChildren(...items);
    this.setActive(-1);
    if (items.length) this.open();
    else this.close();
  }

  private renderNearest(): void {
    const r = this.result;
    if (!r || r.total || r.query.kind === 'empty' || r.outside) {
      this.nearestBox.hidden = true;
      this.nearestBox.replaceChildren();
      return;
    }
    const p = el('p', {}, r.nearest.length ? this.s.finderDidYouMean : this.s.finderNoSuggestion);
    const children: Node[] = [p];
    if (r.nearest.length) {
      const ul = el('ul');
      for (const c of r.nearest) {
        const [main, other] = this.names(c);
        const b = el('button', { type: 'button' }, `${main} · ${other}`);
        b.addEventListener('click', () => {
          this.input.value = c[this.order[0]];
          this.show(c, 'select');
          this.input.focus();
        });
        ul.append(el('li', {}, undefined));
        ul.lastElementChild!.append(b);
      }
      children.push(ul);
    }
    this.nearestBox.replaceChildren(...children);
    this.nearestBox.hidden = false;
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  private setActive(i: number): void {
    const options = [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
    this.active = options.length ? i : -1;
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', this.optionId(this.active));
      options[this.active]?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.result?.matches.length ?? 0;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!n) return;
        e.preventDefault();
        if (this.list.hidden) this.open();
        if (e.altKey) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        const next = this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
        this.setActive(next);
        return;
      }
      case 'Enter': {
        if (!n) return;
        e.preventDefault();
        this.choose(this.active >= 0 ? this.active : 0);
        return;
      }
      case 'Escape': {
        if (!this.list.hidden) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = '';
          this.result = null;
          this.renderList();
          this.nearestBox.hidden = true;
          this.say('');
        }
        return;
      }
      default:
        return;
    }
  }

  private choose(i: number): void {
    const m = this.result?.matches[i];
    if (!m) return;
    this.input.value = m.county[this.order[0]];
    this.close();
    this.show(m.county, 'select');
  }

  private linkFor(id: string): string {
    const u = new URL(window.location.href);
    u.search = '';
    u.hash = '';
    u.searchParams.set('county', id);
    return u.href;
  }

  /** Shows the card of a county, puts its id in the address and tells the page. */
  show(c: FinderCounty, trigger: CountyEventDetail['trigger']): void {
    const s = this.s;
    const [main, other, mainLang, otherLang] = this.names(c);
    const dl = el('dl');
    const row = (term: string, ...dd: Array<Node | string>) => {
      const d = el('dd');
      d.append(...dd);
      dl.append(el('dt', {}, term), d);
    };
    /** Both names of a thing, the edition's own first: both(zh name, en name). */
    const both = (zhName: string, enName: string) => {
      const byKey: Record<NameKey, string> = { zh: zhName, en: enName };
      const [first, second, firstLang, secondLang] = [byKey[this.order[0]], byKey[this.order[1]], this.langs[0], this.langs[1]];
      const f = document.createDocumentFragment();
      f.append(el('span', { lang: firstLang }, first), ' · ', el('span', { lang: secondLang }, second));
      return f;
    };
    row(s.finderProvince ?? '', both(c.provinceZh, c.provinceEn));
    row(s.finderPrefecture ?? '', c.prefectureZh && c.prefectureEn ? both(c.prefectureZh, c.prefectureEn) : (s.finderDirect ?? ''));
    row(s.finderExit ?? '', el('strong', {}, fill(s.finderExitYear, { year: c.exitYear })));
    if (c.area) {
      const parts: Array<Node | string> = [both(c.area.zh, c.area.en)];
      if (c.area.status !== 'official') parts.push(' ', el('span', { class: `status-badge ${c.area.status}` }, s[c.area.status] ?? c.area.status));
      row(s.finderArea ?? '', ...parts);
    } else {
      row(s.finderArea ?? '', el('span', {}, s.finderAreaNone ?? ''), el('p', { class: 'card-note' }, s.finderAreaNoneNote ?? ''));
    }

    const link = this.linkFor(c.id);
    const linkId = `${this.idBase}-link`;
    const linkBox = el('div', { class: 'card-link' });
    const input = el('input', { id: linkId, type: 'text', readonly: '', value: link, 'data-finder-link': '' });
    const copy = el('button', { type: 'button', 'data-finder-copy': '' }, s.finderCopy);
    const copied = el('p', { class: 'card-copied', role: 'status' });
    copy.addEventListener('click', () => {
      const done = () => (copied.textContent = s.finderCopied ?? '');
      const fail = () => {
        input.select();
        copied.textContent = s.finderCopyFailed ?? '';
      };
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(link).then(done, fail);
      else fail();
    });
    input.addEventListener('focus', () => input.select());
    linkBox.append(el('label', { for: linkId }, s.finderLink), input, copy);

    const source = el('p', { class: 'card-source' }, `${s.finderSource ?? ''} `);
    const sourcesHref = this.root.dataset.sources;
    if (sourcesHref && sourcesHref.startsWith('/')) source.append(el('a', { href: sourcesHref }, s.sourcesLink ?? ''));
    const title = el('h2', { lang: mainLang }, main);
    this.card.replaceChildren(title, el('p', { class: 'card-other', lang: otherLang }, other), dl, linkBox, copied, source);
    this.card.setAttribute('aria-labelledby', `${this.idBase}-card-title`);
    title.id = `${this.idBase}-card-title`;
    this.card.dataset.county = c.id;
    this.card.hidden = false;
    this.nearestBox.hidden = true;
    this.say(fill(s.finderChosen, { name: main, year: c.exitYear }));

    try {
      const u = new URL(window.location.href);
      u.searchParams.set('county', c.id);
      history.replaceState(history.state, '', u.pathname + u.search + u.hash);
    } catch {
      /* an address that cannot be rewritten (sandboxed frame) is not an error */
    }
    const detail: CountyEventDetail = { id: c.id, exitYear: c.exitYear, nameZh: c.zh, nameEn: c.en, trigger };
    this.root.dispatchEvent(new CustomEvent<CountyEventDetail>(COUNTY_EVENT, { detail, bubbles: true }));
  }

  /** ?county=<id> on load: open on that county; anything else leaves the finder empty. Marks the root `data-url-state="done"` when settled. */
  async openFromUrl(): Promise<void> {
    try {
      await this.openFromUrlOnce();
    } finally {
      this.root.dataset.urlState = 'done';
    }
  }

  private async openFromUrlOnce(): Promise<void> {
    let raw: string | null = null;
    try {
      raw = new URLSearchParams(window.location.search).get('county');
    } catch {
      return;
    }
    const id = parseCountyParam(raw);
    if (!id) return;
    const keys = await this.ensureIndex();
    const c = keys?.find((k) => k.county.id === id)?.county;
    if (!c) return;
    this.input.value = c[this.order[0]];
    this.show(c, 'url');
  }
}

export function initFinders(doc: Document): void {
  let first = true;
  for (const root of doc.querySelectorAll<HTMLElement>('[data-county-finder]')) {
    if (root.dataset.finderReady) continue;
    root.dataset.finderReady = '1';
    const f = new Finder(root);
    // only the first finder on a page answers ?county=, so one county is shown once
    if (first) void f.openFromUrl();
    first = false;
  }
}
