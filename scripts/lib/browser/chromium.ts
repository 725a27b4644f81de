/**
 * Chromium for the browser tests and the benchmark: found (or installed from
 * Debian) by `find-chromium.ts`, started headless with this machine's flags.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { findChromium, type FindEnv } from './find-chromium.ts';

/** Chromium's flags here: headless as root (no sandbox), no GPU, no background network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The real machine, for `findChromium`. */
export function systemEnv(): FindEnv {
  return {
    platform: process.platform,
    env: process.env,
    uid: process.getuid?.(),
    isExecutable: (p) => {
      try {
        accessSync(p, constants.X_OK);
        return statSync(p).isFile();
      } catch {
        return false;
      }
    },
    run: (command, args, env) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1,
    log: (line) => console.log(line),
  };
}

let found: string | undefined;

/** The browser's executable; installs Debian's package when that is the only way. */
export function chromiumPath(): string {
  found ??= findChromium(systemEnv());
  return found;
}

/** Starts headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
