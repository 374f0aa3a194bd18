/**
 * The pipeline's one CSV reader: every table in data/sources/ is read through it, so quoting,
 * a byte-order mark and line endings are handled the same way everywhere.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

/** Rows keyed by the header, and the header's column names in order. */
export type CsvRows = Record<string, string>[] & { columns: string[] };

/** Rows of a CSV text as objects keyed by the header; a leading byte-order mark is ignored. */
export function parseCsv(text: string): CsvRows {
  const parsed = csvParse(text.replace(/^\uFEFF/, ''));
  return Object.assign(
    parsed.map((row) => ({ ...row }) as Record<string, string>),
    { columns: parsed.columns },
  );
}

/** Reads and parses one CSV file. */
export function readCsv(file: string): CsvRows {
  return parseCsv(readFileSync(file, 'utf8'));
}
