/** How datasets are written, shared by the data build (data/*.json) and the site's downloads. */

/** One record per line: deterministic, compact, and readable in a diff. */
export function serializeRecords(records: readonly unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
