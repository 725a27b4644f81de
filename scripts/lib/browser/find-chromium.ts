/**
 * Finds a Chromium for the browser tests and the benchmark, in this order:
 *
 * 1. `CHROMIUM_PATH`, when set (an error if it names no executable file);
 * 2. an installed Chromium or Chrome at the usual places on Linux and macOS;
 * 3. on Debian as root, Debian's `chromium` package (with `fonts-noto-cjk`, so
 *    Chinese text renders), installed with apt-get from Debian's own archive.
 *
 * Never a browser downloaded from anywhere else: the machines this project is
 * built on reach only the npm registry and Debian's packages, and a Debian
 * package is signed and updated with the system. Where none of these applies,
 * the error is one line saying what to install.
 *
 * Everything the search touches comes in through `FindEnv`, so each branch can
 * be tested with fakes.
 */

/** What the search may look at and do; `systemEnv()` is the real one. */
export interface FindEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** True when `path` is an executable file. */
  isExecutable: (path: string) => boolean;
  /** The effective user id, or undefined where there is none (Windows). */
  uid: number | undefined;
  /** Runs a command to completion, output shown; returns its exit code. */
  run: (command: string, args: string[], env: Record<string, string>) => number;
  /** Where a message for the person running the tests goes. */
  log: (line: string) => void;
}

/** The usual places of an installed Chromium or Chrome, per platform. */
export const KNOWN_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  ],
};

/** Debian's packages that give the tests a browser and Chinese fonts. */
export const DEBIAN_PACKAGES = ['chromium', 'fonts-noto-cjk'];

/** The one line shown when no browser can be found or installed. */
export const NO_BROWSER =
  'No Chromium found: install one (Debian/Ubuntu: `apt-get install chromium fonts-noto-cjk`; macOS: Chrome or Chromium in /Applications) or set CHROMIUM_PATH to its executable.';

/** Returns the first installed browser, or undefined. */
export function findInstalled(env: FindEnv): string | undefined {
  const chosen = env.env['CHROMIUM_PATH'];
  if (chosen) {
    if (!env.isExecutable(chosen)) throw new Error(`CHROMIUM_PATH is set to "${chosen}", which is not an executable file. ${NO_BROWSER}`);
    return chosen;
  }
  return (KNOWN_PATHS[env.platform] ?? []).find((p) => env.isExecutable(p));
}

/** True where Debian's package can be installed here: Linux, root, apt-get present. */
export function canInstallFromDebian(env: FindEnv): boolean {
  return env.platform === 'linux' && env.uid === 0 && env.isExecutable('/usr/bin/apt-get') && env.isExecutable('/usr/bin/dpkg');
}

/**
 * The browser to use: an installed one, else Debian's package installed now.
 * Throws `NO_BROWSER` (one line) when neither is possible.
 */
export function findChromium(env: FindEnv): string {
  const installed = findInstalled(env);
  if (installed) return installed;
  if (!canInstallFromDebian(env)) throw new Error(NO_BROWSER);
  env.log(`No Chromium installed; installing Debian's ${DEBIAN_PACKAGES.join(' and ')} with apt-get (once per machine).`);
  const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    env.run('apt-get', ['update', '-q'], aptEnv) === 0 &&
    env.run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...DEBIAN_PACKAGES], aptEnv) === 0;
  const after = findInstalled(env);
  if (!ok || !after) throw new Error(`apt-get could not install ${DEBIAN_PACKAGES.join(' ')}. ${NO_BROWSER}`);
  return after;
}
