import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes several files so that a failure leaves every previous output untouched:
 * all contents go to temp files first, and only when every one is written are they renamed.
 */
export function writeAllAtomically(root: string, files: { path: string; content: string }[]): void {
  const temps: { tmp: string; dest: string }[] = [];
  try {
    for (const f of files) {
      const dest = join(root, f.path);
      mkdirSync(dirname(dest), { recursive: true });
      const tmp = `${dest}.tmp-${process.pid}`;
      writeFileSync(tmp, f.content);
      temps.push({ tmp, dest });
    }
  } catch (e) {
    for (const t of temps) rmSync(t.tmp, { force: true });
    throw e;
  }
  for (const t of temps) renameSync(t.tmp, t.dest);
}
