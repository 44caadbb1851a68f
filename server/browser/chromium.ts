/**
 * The Chromium that the PDF report and the browser tests drive through playwright-core. Never a
 * browser downloaded from anywhere but the npm registry. In this order:
 *
 * 1. `CHROMIUM_PATH`, when set (an error if nothing is there: a setting that is wrong is not
 *    silently replaced);
 * 2. a Chrome or Chromium on PATH (`chromium`, `chromium-browser`, `google-chrome-stable`,
 *    `google-chrome`, `chrome`), such as Debian's `chromium` package;
 * 3. the headless shell shipped inside the npm package `@sparticuz/chromium`, a dependency.
 *
 * Why `@sparticuz/chromium` 143: it is the newest line that declares Node 20 (`>=20.11`); 147 and
 * later declare Node 22. Its binary is brotli-compressed in the package; the package unpacks it
 * (with SwiftShader, for WebGL) into the temporary folder that `TMPDIR` names. We run that in a
 * child process with `TMPDIR` set to a folder of our own per version, then rename the folder into
 * place: two processes that unpack at once cannot see each other's half-written files, and a
 * stale `/tmp/chromium` of another version is never picked up. Fonts come from the system's
 * fontconfig (Debian's DejaVu has the umlauts and the UI's symbols); the package's own font folder
 * (Open Sans only) is the fallback where the system has no fontconfig.
 * The package's own flag list is for AWS Lambda (`--single-process`); here Chromium runs in its
 * usual multi-process mode, which playwright needs for several contexts.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export type ChromiumSource = 'CHROMIUM_PATH' | 'PATH' | '@sparticuz/chromium';

export interface ChromiumExecutable {
  path: string;
  source: ChromiumSource;
  /** Flags this build needs beyond the common ones. */
  args: string[];
  /** Environment for the browser process (fontconfig for the packaged build). */
  env?: Record<string, string>;
}

export class ChromiumNotFoundError extends Error {}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * WebGL through SwiftShader: the packaged build has no GPU stack of its own. The page's tiles and
 * its 2D canvases are rasterised by Skia on the CPU, as Chrome does on a machine without a GPU:
 * left on the "GPU" they are Skia drawing through SwiftShader, which cost the map 400–600 ms a
 * frame while zooming on the full default dataset (a trace: the GPU process's raster flushes and
 * context switches), against about 50 ms on the CPU (`npm run bench -- browser`). The page's
 * layers are composited by Skia on the CPU too (`--disable-gpu-compositing`): composited through
 * SwiftShader, the map's eight full-size layers took a zoom frame's mean from 30 to 40 ms and its
 * 95th percentile from 50 to 67 ms (six runs each, 2026-12-05); WebGL itself stays on SwiftShader.
 */
const SWIFTSHADER_ARGS = [
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-gpu-rasterization',
  '--disable-accelerated-2d-canvas',
  '--disable-gpu-compositing',
];

let resolved: Promise<ChromiumExecutable> | null = null;

/** Finds (and, for the packaged build, unpacks once) the Chromium to use. */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumExecutable> {
  if (env !== process.env) return find(env);
  resolved ??= find(env).catch((err: unknown) => {
    resolved = null;
    throw err;
  });
  return resolved;
}

async function find(env: NodeJS.ProcessEnv): Promise<ChromiumExecutable> {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!isExecutable(configured)) throw new ChromiumNotFoundError(`CHROMIUM_PATH is ${configured}, but no executable is there`);
    return { path: configured, source: 'CHROMIUM_PATH', args: ['--disable-gpu'] };
  }
  const onPath = findOnPath(env.PATH ?? '');
  if (onPath) return { path: onPath, source: 'PATH', args: ['--disable-gpu'] };
  return unpackPackaged();
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function findOnPath(searchPath: string): string | null {
  for (const name of SYSTEM_NAMES) {
    for (const dir of searchPath.split(path.delimiter)) {
      if (!dir) continue;
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

const require = createRequire(import.meta.url);

/** The package.json above a package's entry file (the package's exports do not expose it). */
function packageJsonOf(entry: string): string {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate) && (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string }).name === '@sparticuz/chromium')
      return candidate;
  }
  throw new Error(`no package.json above ${entry}`);
}

async function unpackPackaged(): Promise<ChromiumExecutable> {
  let packageJson: string;
  try {
    packageJson = packageJsonOf(require.resolve('@sparticuz/chromium'));
  } catch {
    throw new ChromiumNotFoundError(
      'No Chromium found: CHROMIUM_PATH is not set, none of ' +
        SYSTEM_NAMES.join(', ') +
        ' is on PATH, and the npm package @sparticuz/chromium is not installed (run npm ci)',
    );
  }
  const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string };
  const target = path.join(os.tmpdir(), `jumelage-chromium-${version}`);
  const executable = path.join(target, 'chromium');
  if (!isExecutable(executable)) {
    const partial = fs.mkdtempSync(`${target}.partial-`);
    try {
      await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', "const { default: c } = await import('@sparticuz/chromium'); await c.executablePath();"],
        { cwd: path.dirname(packageJson), env: { ...process.env, TMPDIR: partial }, timeout: 120_000 },
      );
      fs.renameSync(partial, target);
    } catch (err) {
      fs.rmSync(partial, { recursive: true, force: true });
      // another process renamed its copy into place first: use that one
      if (!isExecutable(executable))
        throw new ChromiumNotFoundError(`Could not unpack @sparticuz/chromium ${version} into ${target}: ${(err as Error).message}`);
    }
  }
  const systemFonts = fs.existsSync('/etc/fonts/fonts.conf');
  return {
    path: executable,
    source: '@sparticuz/chromium',
    args: SWIFTSHADER_ARGS,
    ...(systemFonts ? {} : { env: { FONTCONFIG_PATH: path.join(target, 'fonts') } }),
  };
}

/** Launches the resolved Chromium headless, with the flags it needs. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const exe = await resolveChromium();
  return chromium.launch({
    ...options,
    executablePath: exe.path,
    headless: true,
    args: [...COMMON_ARGS, ...exe.args, ...(options.args ?? [])],
    ...(exe.env ? { env: { ...process.env, ...exe.env } as Record<string, string> } : {}),
  });
}
