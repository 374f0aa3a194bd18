/**
 * The quotes contract: every quote shown has its documented Chinese original and the source it was
 * seen in; its English says whether it is an official or the site's own translation; a recollection
 * whose Chinese wording was never found is a marked paraphrase, never a quotation; and none of the
 * source article's machine English survives. Reads data/ and src/content/ only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS, quote, validateDataset, type Quote } from '../../src/lib/schemas';

const root = new URL('../../', import.meta.url);
const quotes = validateDataset('quotes', JSON.parse(readFileSync(new URL(DATASETS.quotes.file, root), 'utf8')));
const sources = new Map(
  validateDataset('sources', JSON.parse(readFileSync(new URL(DATASETS.sources.file, root), 'utf8'))).map((s) => [s.id, s]),
);
const shown = quotes.filter((q) => q.kind !== 'paraphrase');
const HAN = /\p{Script=Han}/u;

/** Sentences and phrases of the source article's machine translation that once stood in data/quotes.json. */
const MACHINE_ENGLISH = [
  'Two do not worry about three guarantees',
  'first rich and then the rich',
  'Who to support, who to support',
  'how to retreat',
  'help the point and the root',
  'poverty alleviation objects',
  'done at home and in place',
  'Relocation of immigrants',
  'The big industry of day lily',
  "Don't shout big slogans",
  'classified guidance',
  'grenade fleas',
  'Secretaries of the Five Levels',
  'no matter how poor you are, you can\'t be poor in education',
  'precise drip irrigation, and targeted therapy',
  'I am heartbroken',
];

describe('quotes shown as quotations', () => {
  it('are there, and every record is kept (none silently dropped)', () => {
    expect(shown.length).toBeGreaterThanOrEqual(9);
    expect(quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['villager_recalls', 'workshop', 'education', 'whole_process']));
  });
  it.each(shown.map((q) => [q.id, q] as const))('%s has its Chinese original and the Chinese source it was seen in', (_, q) => {
    expect(q.textZh).not.toBeNull();
    expect(q.textZh!).toMatch(HAN);
    expect(q.sourceZh).not.toBeNull();
    expect(sources.has(q.sourceZh!), `${q.id}.sourceZh ${q.sourceZh}`).toBe(true);
    expect(sources.has(q.source), `${q.id}.source ${q.source}`).toBe(true);
    expect(q.status).not.toBe('unverified');
  });
  it.each(shown.map((q) => [q.id, q] as const))('%s says whether its English is official or the site’s own', (_, q) => {
    expect(['official', 'own']).toContain(q.translation);
    expect(q.textEn).not.toMatch(HAN);
    if (q.translation === 'official') {
      expect(q.translationSource).not.toBeNull();
      const s = sources.get(q.translationSource!);
      expect(s, `${q.id}.translationSource ${q.translationSource}`).toBeDefined();
      expect(s!.language).toBe('en');
    } else {
      expect(q.translationSource).toBeNull();
    }
  });
  it('give the occasion in both languages, and the speaker and role', () => {
    for (const q of shown) {
      expect(q.contextEn.length, q.id).toBeGreaterThan(10);
      expect(q.contextZh, q.id).toMatch(HAN);
      expect(q.speakerZh, q.id).toMatch(HAN);
      expect(q.roleZh, q.id).toMatch(HAN);
    }
  });
});

describe('slogans and sayings', () => {
  const SLOGANS = ['两不愁三保障', '先富带后富', '扶持谁、谁来扶、怎么扶、如何退', '五级书记', '手榴弹炸跳蚤', '精准滴灌', '穷根'];
  it.each(SLOGANS)('a quote with %s explains it in one line, in both languages', (slogan) => {
    const qs = shown.filter((q) => q.textZh!.includes(slogan));
    expect(qs.length, slogan).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.glossEn, q.id).not.toBeNull();
      expect(q.glossZh, q.id).toMatch(HAN);
    }
  });
  it('follow the documented wording: 先富带后富 (not 帮), and 再苦不能苦孩子，再穷不能穷教育', () => {
    const all = shown.map((q) => q.textZh!).join('\n');
    expect(all).toContain('先富带后富');
    expect(all).not.toContain('先富帮后富');
    expect(all).toContain('再苦不能苦孩子，再穷不能穷教育');
    expect(all).not.toContain('再穷不能穷孩子');
    // Where the wording differs from what the source article reports, a note says so.
    const workshop = quotes.find((q) => q.id === 'workshop')!;
    expect(workshop.noteEn).toContain('先富帮后富');
    expect(workshop.noteZh).toContain('先富帮后富');
  });
});

describe('a recollection whose Chinese wording was never found', () => {
  const villager = quotes.find((q) => q.id === 'villager_recalls')!;
  it('is an unverified, attributed paraphrase with no Chinese text', () => {
    expect(villager.textZh).toBeNull();
    expect(villager.sourceZh).toBeNull();
    expect(villager.status).toBe('unverified');
    expect(villager.kind).toBe('paraphrase');
    expect(villager.translation).toBeNull();
    expect(villager.paraphraseZh).toMatch(/施成富.*回忆/);
    expect(villager.textEn).toMatch(/recalled/);
    expect(villager.noteEn).toMatch(/not found/);
  });
  it('cannot be made to pass as a quotation: the schema refuses it', () => {
    const asQuote: Quote = { ...villager, kind: 'quote', status: 'official' };
    expect(quote.safeParse(asQuote).success).toBe(false);
    const officialWithoutSource: Quote = { ...quotes.find((q) => q.id === 'workshop')!, translation: 'official', translationSource: null };
    expect(quote.safeParse(officialWithoutSource).success).toBe(false);
    const ownWithoutChineseSource: Quote = { ...quotes.find((q) => q.id === 'workshop')!, sourceZh: null };
    expect(quote.safeParse(ownWithoutChineseSource).success).toBe(false);
  });
});

describe('the source article’s machine English', () => {
  const files = ['data/quotes.json', 'data/places.json', 'data/figures.json'];
  const storyDir = new URL('src/content/story/', root);
  const story = readdirSync(storyDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `src/content/story/${f}`);
  it.each([...files, ...story])('is gone from %s', (f) => {
    const text = readFileSync(new URL(f, root), 'utf8').toLowerCase();
    for (const bad of MACHINE_ENGLISH) expect(text, `${f}: "${bad}"`).not.toContain(bad.toLowerCase());
  });
});
