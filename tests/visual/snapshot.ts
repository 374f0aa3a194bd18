/**
 * SVG snapshot testing in the manner of Plot's: output is normalized, compared with a committed
 * file, and a mismatch writes <name>-changed.svg beside it for review. A missing snapshot is
 * written on a developer's machine and fails in CI, so CI never passes on a snapshot it made.
 */
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { expect } from 'vitest';

const dir = new URL('./snapshots/', import.meta.url);

export function normalizeSvg(svg: string): string {
  return (
    svg
      // numbers to 1 decimal place, so float noise between platforms cannot fail a snapshot
      .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}

export function expectSnapshot(name: string, svg: string): void {
  const file = new URL(`${name}.svg`, dir);
  const changed = new URL(`${name}-changed.svg`, dir);
  const actual = normalizeSvg(svg);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`snapshot ${name}.svg is missing; run the tests locally and commit it`);
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}.svg differs; see ${name}-changed.svg`).toBe(expected);
}
