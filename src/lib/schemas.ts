/**
 * The data contract: zod schemas for every derived file in data/.
 * The data build (scripts/build-data.ts) validates what it writes with these,
 * and the site validates what it reads (src/lib/data.ts), so a file that drifts
 * from the contract fails both, naming the file, the record and the field.
 */
import { z } from 'zod';
import { FIRST_EXIT_YEAR, LAST_EXIT_YEAR } from './years.ts';
import { STATUSES, type Status } from './status.ts';

export { STATUSES, type Status };
export const status = z.enum(STATUSES);

export const REGIONS = ['east', 'central', 'west'] as const;
export const region = z.enum(REGIONS);
export type Region = z.infer<typeof region>;

const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id (lower-case letters, digits, hyphens)');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** A derived value must say what it is derived from, and only a derived one (zod refine arguments). */
const DERIVED_SAYS_FROM_WHAT: [(v: { status: string; derivedFrom?: string }) => boolean, { message: string; path: string[] }] = [
  (v) => (v.status === 'derived') === (v.derivedFrom !== undefined),
  { message: 'a derived value must say what it is derived from (derivedFrom), and only a derived one', path: ['derivedFrom'] },
];

/** A single sourced value. `derivedFrom` is required exactly when status is "derived". */
const sourcedFields = {
  value: z.number().finite(),
  unit: z.string().min(1),
  status,
  source: sourceId,
  derivedFrom: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
};
export const sourcedValue = z
  .object(sourcedFields)
  .strict()
  .refine(...DERIVED_SAYS_FROM_WHAT);
export type SourcedValue = z.infer<typeof sourcedValue>;

/** A text written for each edition: `en` for the English one, `zh` for the Chinese ones. */
export const localizedText = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * A source. `title` is the title as published, in the source's `language`; an item cited without
 * a title of its own has a `description` instead, the site's words in each edition ("[report of …]").
 * Publisher, reprint and note are given per edition.
 */
export const source = z
  .object({
    id: sourceId,
    publisher: localizedText,
    title: z.string().min(1).nullable(),
    description: localizedText.nullable(),
    date: isoDate.nullable(),
    url: z.string().url().nullable(),
    language: z.enum(['en', 'zh']),
    asReportedBy: localizedText.nullable(),
    note: localizedText.nullable(),
  })
  .strict()
  .refine((s) => s.title !== null || s.description !== null, { message: 'a source needs a title or a description', path: ['title'] });
export type Source = z.infer<typeof source>;

export const nationalYear = z
  .object({
    year: z.number().int().min(1978).max(2020),
    ruralPoor: sourcedValue.nullable(),
    ruralPoorRounded: sourcedValue.nullable(),
    incidence: sourcedValue.nullable(),
    povertyLine: sourcedValue.nullable(),
    poorAreaIncome: sourcedValue.nullable(),
    reduction: sourcedValue.nullable(),
    /** Per-capita disposable income of all rural residents nationally (yuan, current prices), the comparator for poorAreaIncome. */
    ruralIncome: sourcedValue.nullable().optional(),
  })
  .strict();
export type NationalYear = z.infer<typeof nationalYear>;

export const regionalRow = z.object({ year: z.number().int().min(2016).max(2019), region, poor: sourcedValue }).strict();
export type RegionalRow = z.infer<typeof regionalRow>;

export const province = z
  .object({
    code: z.string().regex(/^\d{2}$/),
    nameZh: z.string().min(2),
    shortZh: z.string().min(1),
    nameEn: z.string().min(2),
    region,
    counties: z.number().int().min(0),
  })
  .strict();
export type Province = z.infer<typeof province>;

export const areaMembership = z.object({ area: z.string(), status, confidence: z.enum(['high', 'medium', 'low']) }).strict();

export const county = z
  .object({
    id: z.string().regex(/^(\d{6}|HX-[A-Z]+)$/, 'a 6-digit county code or an HX- id'),
    code: z
      .string()
      .regex(/^\d{6}$/)
      .nullable(),
    nameZh: z.string().min(2),
    nameEn: z.string().min(2),
    /** toneless hanyu pinyin of nameZh, syllables space-separated ("lin quan xian"): the finder's search key */
    pinyin: z.string().regex(/^[a-zü]+( [a-zü]+)+$/, 'toneless pinyin syllables, lower case, one space apart'),
    province: z.string().regex(/^\d{2}$/),
    prefectureZh: z.string().min(2),
    prefectureEn: z.string().min(2),
    region,
    exitYear: z.number().int().min(FIRST_EXIT_YEAR).max(LAST_EXIT_YEAR),
    status,
    source: sourceId,
    areas: z.array(areaMembership),
    note: z.string().min(1).optional(),
  })
  .strict();
export type County = z.infer<typeof county>;

export const areaMember = z
  .object({
    county: z.string(),
    status,
    confidence: z.enum(['high', 'medium', 'low']),
    sourceKind: z.string().min(1),
    sources: z.array(sourceId).min(1),
    note: z.string().min(1).optional(),
  })
  .strict();
export type AreaMember = z.infer<typeof areaMember>;

export const area = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    nameZh: z.string().min(2),
    nameEn: z.string().min(2),
    nameSource: sourceId,
    provincesEn: z.array(z.string()).min(1),
    provincesStatus: status,
    counties: sourcedValue,
    members: z.array(areaMember),
    /** True when every county of the 2012 list is known (members.length === counties.value). */
    complete: z.boolean(),
    prefectures: z.array(
      z
        .object({
          provinceZh: z.string(),
          prefectureZh: z.string(),
          confidence: z.enum(['high', 'medium', 'low']),
          sources: z.array(sourceId).min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type Area = z.infer<typeof area>;

/** One published figure on a contiguous area (or on all 14 together: area "all"). */
export const AREA_FACT_METRICS = [
  'land_area',
  'population',
  'rural_population',
  'poor_population',
  'incidence',
  'rural_income',
  'rural_net_income',
  'plan_counties',
  'key_counties',
  'poor_lifted_cumulative',
  'plan_counties_guangxi',
  'poor_population_sichuan_part',
  'incidence_sichuan_part',
] as const;
export const areaFact = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    area: z.string().regex(/^[a-z_]+$/),
    metric: z.enum(AREA_FACT_METRICS),
    /** Year the figure refers to; null where the source states none (plan baselines, land area). */
    year: z.number().int().min(2010).max(2020).nullable(),
    ...sourcedFields,
  })
  .strict()
  .refine(...DERIVED_SAYS_FROM_WHAT);
export type AreaFact = z.infer<typeof areaFact>;

export const place = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    kind: z.enum(['visit', 'example']),
    date: isoDate.nullable(),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    county: z.string().nullable(),
    countyZh: z.string().min(2),
    province: z.string().regex(/^\d{2}$/),
    lon: z.number().min(73).max(136),
    lat: z.number().min(18).max(54),
    coordinates: z.enum(['county centroid', 'sourced']),
    descriptionEn: z.string().min(1),
    descriptionZh: z.string().min(1),
    status,
    source: sourceId,
    note: z.string().min(1).optional(),
  })
  .strict();
export type Place = z.infer<typeof place>;

/**
 * An attributed quote or saying. `textZh` is the documented Chinese original (`sourceZh` says where it
 * was seen); `textEn` is its English: an official rendering (`translation: "official"`, with
 * `translationSource`) or the site's own faithful translation (`"own"`). A record whose Chinese wording
 * was never found has `textZh: null`, `status: "unverified"`, `kind: "paraphrase"`: its `textEn`/`textZh`
 * are then the site's attributed paraphrase, never to be shown as a quotation. Texts are stored without
 * outer quotation marks; quotation marks inside them are single (‘…’), as the page wraps them in “…”.
 */
export const QUOTE_KINDS = ['quote', 'saying', 'paraphrase'] as const;
export const quote = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    kind: z.enum(QUOTE_KINDS),
    speakerEn: z.string().min(1),
    speakerZh: z.string().min(1),
    roleEn: z.string().min(1),
    roleZh: z.string().min(1),
    place: z.string().nullable(),
    date: isoDate.nullable(),
    /** The occasion (where, when, what), per locale. */
    contextEn: z.string().min(1),
    contextZh: z.string().min(1),
    textZh: z.string().min(1).nullable(),
    sourceZh: sourceId.nullable(),
    textEn: z.string().min(1),
    translation: z.enum(['official', 'own']).nullable(),
    translationSource: sourceId.nullable(),
    /** The site's attributed paraphrase, only for a record whose wording is not documented. */
    paraphraseZh: z.string().min(1).nullable(),
    /** One line for a reader who never heard the slogan or saying. */
    glossEn: z.string().min(1).nullable(),
    glossZh: z.string().min(1).nullable(),
    noteEn: z.string().min(1).nullable(),
    noteZh: z.string().min(1).nullable(),
    status,
    source: sourceId,
  })
  .strict()
  .superRefine((q, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (q.textZh === null) {
      if (q.status !== 'unverified' || q.kind !== 'paraphrase')
        bad('textZh', 'a record without its Chinese original must be status "unverified" and kind "paraphrase"');
      if (q.translation !== null) bad('translation', 'a paraphrase is not a translation');
      if (q.paraphraseZh === null) bad('paraphraseZh', 'a paraphrase needs its Chinese wording (the site’s own)');
    } else {
      if (q.kind === 'paraphrase') bad('kind', 'a record with its Chinese original is a quote or a saying');
      if (q.sourceZh === null) bad('sourceZh', 'the Chinese original needs the source it was seen in');
      if (q.translation === null) bad('translation', 'the English must say whether it is an official or the site’s own translation');
      if (q.paraphraseZh !== null) bad('paraphraseZh', 'only a paraphrase has paraphraseZh');
    }
    if ((q.translation === 'official') !== (q.translationSource !== null))
      bad('translationSource', 'an official translation needs translationSource, and only an official one has it');
    if ((q.glossEn === null) !== (q.glossZh === null)) bad('glossZh', 'a gloss is given in both languages or in neither');
    if ((q.noteEn === null) !== (q.noteZh === null)) bad('noteZh', 'a note is given in both languages or in neither');
  });
export type Quote = z.infer<typeof quote>;

export const QUALIFIERS = ['exact', 'more_than', 'nearly'] as const;
export const figure = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    value: z.number().finite(),
    unit: z.string().min(1),
    qualifier: z.enum(QUALIFIERS),
    year: z.number().int(),
    labelEn: z.string().min(1),
    labelZh: z.string().min(1),
    status,
    source: sourceId,
    /** The day (or month) the figure refers to or was announced on, where the story dates it. */
    date: isoDate.optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type Figure = z.infer<typeof figure>;

/** Every derived file, its path relative to the repo root, and the schema of one record. */
type Keyed = Record<string, unknown>;
const byField = (f: string) => (r: Keyed) => String(r[f]);
export const DATASETS = {
  sources: { file: 'data/sources.json', record: source, key: byField('id') },
  national: { file: 'data/national.json', record: nationalYear, key: byField('year') },
  regional: { file: 'data/regional.json', record: regionalRow, key: (r: Keyed) => `${r.year}-${r.region}` },
  provinces: { file: 'data/provinces.json', record: province, key: byField('code') },
  counties: { file: 'data/counties.json', record: county, key: byField('id') },
  areas: { file: 'data/areas.json', record: area, key: byField('id') },
  areaFacts: { file: 'data/area-facts.json', record: areaFact, key: byField('id') },
  places: { file: 'data/places.json', record: place, key: byField('id') },
  quotes: { file: 'data/quotes.json', record: quote, key: byField('id') },
  figures: { file: 'data/figures.json', record: figure, key: byField('id') },
} as const;
export type DatasetName = keyof typeof DATASETS;
export type DatasetRecord<N extends DatasetName> = z.infer<(typeof DATASETS)[N]['record']>;
/** Every dataset, validated: what `npm run data` builds and what the site reads. */
export type Datasets = { [N in DatasetName]: DatasetRecord<N>[] };

/** Formats a zod issue path ("members", 3, "status") as members[3].status. */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

export class DataContractError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: record ${record}, field "${field}": ${problem}`);
    this.name = 'DataContractError';
  }
}

/** Validates a whole dataset (an array of records) and returns it typed, or throws naming file, record, field. */
export function validateDataset<N extends DatasetName>(name: N, records: unknown): DatasetRecord<N>[] {
  const { file, record, key } = DATASETS[name];
  if (!Array.isArray(records)) throw new DataContractError(file, '(file)', '(root)', 'expected an array of records');
  const seen = new Set<string>();
  return records.map((r, i) => {
    const label = r && typeof r === 'object' ? `${i} (${key(r as Keyed)})` : String(i);
    const parsed = record.safeParse(r);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataContractError(file, label, formatPath(issue.path) || '(record)', issue.message);
    }
    const k = key(parsed.data as Keyed);
    if (seen.has(k)) throw new DataContractError(file, label, '(key)', `duplicate record "${k}"`);
    seen.add(k);
    return parsed.data as DatasetRecord<N>;
  });
}
