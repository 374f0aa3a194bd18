// The vnu gate: the W3C Nu Html Checker (the `vnu-jar` package) beside html-validate.
// One JVM checks every HTML file of the site, and the SVG files it serves, in one run;
// one check per file, failing with file:line:column and the checker's message.
// The checker catches what html-validate does not (e.g. a module script after </html>,
// where the checker stops reading; aria-labelledby on <pre>; SVG attribute values).
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileToUrlPath, type Reporter } from './common.ts';

const GATE = 'vnu';

/** vnu's JSON message (https://github.com/validator/validator/wiki/Output-»-JSON) */
interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
}

/** The path of vnu.jar inside node_modules/vnu-jar, or null when the package is not installed. */
export function vnuJarPath(): string | null {
  try {
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    return existsSync(jar) ? jar : null;
  } catch {
    return null;
  }
}

/** $JAVA_HOME/bin/java, or `java` on PATH, or null. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : null, 'java'].filter((c): c is string => !!c);
  for (const java of candidates) {
    const r = spawnSync(java, ['-version'], { stdio: 'ignore', env });
    if (!r.error && r.status === 0) return java;
  }
  return null;
}

/** file:/abs/path (vnu writes file: URLs with one slash, percent-encoded) → absolute path */
function urlToPath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  try {
    return fileURLToPath(url.replace(/^file:\/*/, 'file:///'));
  } catch {
    return null;
  }
}

function run(java: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string; error: Error | null }> {
  return new Promise((resolve) => {
    execFile(java, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env }, (error, stdout, stderr) => resolve({ stdout, stderr, error }));
  });
}

interface VnuGate {
  root: string;
  htmlFiles: string[];
  /** every file of the site (relative); its *.svg are checked too */
  files: string[];
  reporter: Reporter;
  /** the environment `java` is looked up in (default: this process's; the self-test passes one without it) */
  env?: NodeJS.ProcessEnv;
}

/** Runs the Nu Html Checker once over every HTML and SVG file; one check per file. */
export async function gateVnu({ root, htmlFiles, files, reporter, env }: VnuGate): Promise<void> {
  const java = findJava(env);
  if (!java) {
    reporter.fail(GATE, 'java', [
      'no `java` on PATH: install a Java runtime (JRE 11 or newer, e.g. `apt-get install default-jre-headless`) to run the Nu Html Checker',
    ]);
    return;
  }
  const jar = vnuJarPath();
  if (!jar) {
    reporter.fail(GATE, 'vnu.jar', ['node_modules/vnu-jar/build/dist/vnu.jar is missing: run `npm ci`']);
    return;
  }
  const svgFiles = files.filter((f) => /\.svg$/i.test(f));
  const targets = [...htmlFiles, ...svgFiles];
  if (!targets.length) return;
  const args = [
    '-Xss1024k', // deep documents (the county map) overflow the default stack
    '-jar',
    jar,
    '--format',
    'json',
    '--errors-only',
    '--exit-zero-always',
    '--stdout',
    ...(svgFiles.length ? ['--also-check-svg'] : []),
    ...targets.map((f) => path.join(root, f)),
  ];
  const t0 = Date.now();
  const res = await run(java, args, env ?? process.env);
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(res.stdout) as { messages: VnuMessage[] }).messages;
    if (!Array.isArray(messages)) throw new Error('no messages array');
  } catch (err) {
    const why = (res.stderr || res.error?.message || String(err)).trim().split('\n').slice(0, 8);
    reporter.fail(GATE, 'vnu.jar', ['the checker gave no JSON report', ...why]);
    return;
  }
  const byFile = new Map<string, string[]>(targets.map((f) => [f, []]));
  const unplaced: string[] = [];
  for (const m of messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue; // --errors-only: no info or warnings
    const abs = m.url ? urlToPath(m.url) : null;
    const rel = abs ? path.relative(root, abs).split(path.sep).join('/') : null;
    const line = m.lastLine ?? m.firstLine ?? '?';
    const col = m.firstColumn ?? m.lastColumn ?? '?';
    const text = `${m.type === 'non-document-error' ? 'could not check: ' : m.subType === 'fatal' ? 'fatal: ' : ''}${(m.message ?? '').replace(/\s+/g, ' ').trim()}`;
    if (rel && byFile.has(rel)) byFile.get(rel)!.push(`${rel}:${line}:${col} ${text}`);
    else unplaced.push(`${m.url ?? '(no file)'}:${line}:${col} ${text}`);
  }
  for (const [rel, problems] of byFile) reporter.check(GATE, /\.html?$/i.test(rel) ? fileToUrlPath(rel) : `/${rel}`, problems);
  if (unplaced.length) reporter.fail(GATE, 'vnu.jar', unplaced);
  reporter.info(`vnu: ${htmlFiles.length} HTML and ${svgFiles.length} SVG file(s) checked in one JVM in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
