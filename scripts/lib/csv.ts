/**
 * The pipeline's one CSV reader: every table in data/sources/ is read through it, so quoting,
 * a byte-order mark and line endings are handled the same way everywhere.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

/** Rows of a CSV text as objects keyed by the header; a leading byte-order mark is ignored. */
export function parseCsv(text: string): Record<string, string>[] {
  return csvParse(text.replace(/^\uFEFF/, '')).map((row) => ({ ...row }) as Record<string, string>);
}

/** Reads and parses one CSV file. */
export function readCsv(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file, 'utf8'));
}
