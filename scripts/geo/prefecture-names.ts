/**
 * Property `pf` of the county features: the prefecture name as the project's own tables write it
 * (counties_832.csv, area_prefectures.csv), so a page can name a county's prefecture without
 * trusting the package's file names. Only prefecture files those tables name get one.
 */
import { resolvePrefectureFile, type FileClass } from './join-counties.ts';

export interface PrefectureRow {
  name_zh?: string;
  province_zh?: string;
  prefecture_zh?: string;
}

export interface PrefectureNames {
  byFile: Map<string, string>;
  /** rows whose prefecture names no file, and files written two ways; sorted, unique */
  notes: string[];
}

export function prefectureNames(
  rows: readonly PrefectureRow[],
  provinceCodeByName: ReadonlyMap<string, string>,
  files: Map<string, FileClass>,
): PrefectureNames {
  const byFile = new Map<string, string>();
  const notes: string[] = [];
  for (const row of rows) {
    const pref = String(row.prefecture_zh || '').trim();
    if (!pref || pref === '[]') continue;
    const code = provinceCodeByName.get(String(row.province_zh || '').trim());
    const r = code
      ? resolvePrefectureFile({ id: '', code: '', name_zh: String(row.name_zh || ''), province_zh: row.province_zh ?? '', prefecture_zh: pref }, code, files)
      : { file: null };
    if (!r.file) {
      notes.push(`no prefecture file for ${row.province_zh} ${pref}`);
      continue;
    }
    const known = byFile.get(r.file);
    if (known && known !== pref) notes.push(`${r.file} is written ${known} and ${pref}; kept ${known}`);
    else byFile.set(r.file, pref);
  }
  return { byFile, notes: [...new Set(notes)].sort() };
}
