/**
 * The curated source tables in data/sources/: how to read them and what a valid row is.
 * A row that breaks its schema stops the data build with the file, the row and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { STATUSES, REGIONS, AREA_FACT_METRICS } from '../../src/lib/schemas.ts';
import { FIRST_EXIT_YEAR, LAST_EXIT_YEAR } from '../../src/lib/years.ts';
import { parseCsv } from '../lib/csv.ts';

const EXIT_YEAR_RANGE = `must be ${FIRST_EXIT_YEAR}–${LAST_EXIT_YEAR}`;

export class SourceRowError extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly field: string,
    readonly problem: string,
  ) {
    // Row 1 is the first row under the header, i.e. line 2 of the file.
    super(`${file}, row ${row} (line ${row + 1}), field "${field}": ${problem}`);
    this.name = 'SourceRowError';
  }
}

const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s));
const number = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => /^-?\d+(\.\d+)?$/.test(s), 'must be a number')
  .transform(Number);
const year = number.pipe(z.number().int().min(1978).max(2030));
const sourceId = z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a source id (lower-case letters, digits, hyphens)');
const sourceIds = z
  .string()
  .trim()
  .min(1, 'must name at least one source')
  .transform((s) => s.split(';').map((x) => x.trim()))
  .pipe(z.array(sourceId));
const status = z.enum(STATUSES);
const confidence = z.enum(['high', 'medium', 'low']);
const date = z
  .string()
  .trim()
  .refine((s) => s === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s), 'must be empty or a date YYYY[-MM[-DD]]')
  .transform((s) => (s === '' ? null : s));

export const TABLES = {
  sources: z.object({
    id: sourceId,
    publisher_en: text,
    publisher_zh: text,
    title: optionalText,
    description_en: optionalText,
    description_zh: optionalText,
    date,
    url: z
      .string()
      .trim()
      .refine((s) => s === '' || /^https?:\/\/\S+$/.test(s), 'must be empty or an http(s) URL')
      .transform((s) => (s === '' ? null : s)),
    language: z.enum(['en', 'zh']),
    as_reported_by_en: optionalText,
    as_reported_by_zh: optionalText,
    note_en: optionalText,
    note_zh: optionalText,
  }),
  national_series: z.object({
    year,
    metric: z.enum(['rural_poor', 'rural_poor_rounded', 'incidence', 'poverty_line', 'poor_area_income', 'reduction', 'rural_income']),
    value: number,
    unit: text,
    status,
    source_id: sourceId,
    derived_from: optionalText,
    note: optionalText,
  }),
  regional_poor: z.object({
    year,
    region: z.enum(REGIONS),
    value: number,
    unit: text,
    status,
    source_id: sourceId,
    derived_from: optionalText,
  }),
  provinces: z.object({
    code: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code'),
    name_zh: text,
    short_zh: text,
    name_en: text,
    region: z.enum(REGIONS),
  }),
  counties_832: z.object({
    id: z.string().regex(/^(\d{6}|HX-[A-Z]+)$/, 'must be a 6-digit code or an HX- id'),
    code: z
      .string()
      .refine((s) => s === '' || /^\d{6}$/.test(s), 'must be empty or a 6-digit code')
      .transform((s) => (s === '' ? null : s)),
    name_zh: text,
    province_zh: text,
    prefecture_zh: text,
    region: z.enum(REGIONS),
    exit_year: number.pipe(z.number().int().min(FIRST_EXIT_YEAR, EXIT_YEAR_RANGE).max(LAST_EXIT_YEAR, EXIT_YEAR_RANGE)),
    status,
    source_id: sourceId,
    note: optionalText,
  }),
  contiguous_areas: z.object({
    id: z.string().regex(/^[a-z_]+$/, 'must be a lower-case id'),
    name_zh: text,
    name_en: text,
    name_source_id: sourceId,
    provinces_en: text,
    provinces_status: status,
    n_counties: number.pipe(z.number().int().positive()),
    n_counties_status: status,
    n_counties_source_id: sourceId,
    note: optionalText,
  }),
  area_members: z.object({
    area_id: text,
    county_id: text,
    status,
    confidence,
    source_kind: text,
    source_ids: sourceIds,
    note: optionalText,
  }),
  area_facts: z.object({
    id: z.string().regex(/^[a-z0-9_]+$/, 'must be a lower-case id'),
    area: z.string().regex(/^[a-z_]+$/, 'must be an area id or "all"'),
    metric: z.enum(AREA_FACT_METRICS),
    year: z
      .string()
      .trim()
      .transform((s) => (s === '' ? null : s))
      .pipe(z.null().or(year)),
    value: number,
    unit: text,
    status,
    source_id: sourceId,
    derived_from: optionalText,
    note: optionalText,
    excerpt: text,
  }),
  area_prefectures: z.object({
    area_id: text,
    province_zh: text,
    prefecture_zh: text,
    confidence,
    source_ids: sourceIds,
    note: optionalText,
  }),
  places: z.object({
    id: z.string().regex(/^[a-z_]+$/, 'must be a lower-case id'),
    kind: z.enum(['visit', 'example']),
    date,
    date_status: optionalText,
    name_zh: text,
    name_en: text,
    county_id: optionalText,
    county_zh: text,
    province_code: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code'),
    lat: optionalText,
    lon: optionalText,
    coord_status: z.enum(['county centroid', 'sourced']),
    description_en: text,
    description_zh: text,
    status,
    source_id: sourceId,
    note: optionalText,
  }),
  quotes: z.object({
    id: z.string().regex(/^[a-z_]+$/, 'must be a lower-case id'),
    kind: z.enum(['quote', 'saying', 'paraphrase']),
    speaker_en: text,
    speaker_zh: text,
    role_en: text,
    role_zh: text,
    place_id: optionalText,
    date,
    context_en: text,
    context_zh: text,
    text_zh: optionalText,
    source_zh: optionalText.pipe(sourceId.optional()),
    text_en: text,
    translation: z
      .string()
      .trim()
      .refine((s) => ['', 'official', 'own'].includes(s), 'must be empty, "official" or "own"')
      .transform((s) => (s === '' ? null : (s as 'official' | 'own'))),
    translation_source: optionalText.pipe(sourceId.optional()),
    paraphrase_zh: optionalText,
    gloss_en: optionalText,
    gloss_zh: optionalText,
    note_en: optionalText,
    note_zh: optionalText,
    status,
    source_id: sourceId,
  }),
  figures: z.object({
    id: z.string().regex(/^[a-z0-9_]+$/, 'must be a lower-case id'),
    value: number,
    unit: text,
    qualifier: z.enum(['exact', 'more_than', 'nearly']),
    year,
    label_en: text,
    label_zh: text,
    status,
    source_id: sourceId,
    date: optionalText.pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be empty or a date YYYY[-MM[-DD]]').optional()),
    note: optionalText,
  }),
} as const;
export type TableName = keyof typeof TABLES;
export type TableRow<T extends TableName> = z.infer<(typeof TABLES)[T]>;
export type Tables = { [T in TableName]: TableRow<T>[] };

/** Parses one CSV text against a table schema; throws SourceRowError on the first bad row. */
export function parseTable<T extends TableName>(name: T, csv: string, file = `data/sources/${name}.csv`): TableRow<T>[] {
  const rows = parseCsv(csv);
  const schema = TABLES[name];
  const expected = Object.keys(schema.shape);
  const missing = expected.filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new SourceRowError(file, 0, missing[0]!, 'column missing from the header');
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SourceRowError(file, i + 1, String(issue.path[0] ?? '(row)'), `${issue.message} (got ${JSON.stringify(row[String(issue.path[0])] ?? '')})`);
    }
    return parsed.data as TableRow<T>;
  });
}

export function readTables(root: string): Tables {
  const out = {} as Record<TableName, unknown>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const file = `data/sources/${name}.csv`;
    out[name] = parseTable(name, readFileSync(join(root, file), 'utf8'), file);
  }
  return out as Tables;
}
