import { describe, expect, it } from 'vitest';
import { DEBIAN_PACKAGES, findChromium, KNOWN_PATHS, NO_BROWSER, type FindEnv } from '../../scripts/lib/browser/find-chromium.ts';

/** A fake machine: the files that exist, who we are, and what apt-get would install. */
function fakeEnv(options: {
  platform?: NodeJS.Platform;
  files?: string[];
  uid?: number;
  env?: Record<string, string>;
  aptInstalls?: string;
  aptFails?: boolean;
}) {
  const files = new Set(options.files ?? []);
  const commands: string[] = [];
  const env: FindEnv = {
    platform: options.platform ?? 'linux',
    env: options.env ?? {},
    uid: options.uid,
    isExecutable: (p) => files.has(p),
    run: (command, args) => {
      commands.push([command, ...args].join(' '));
      if (options.aptFails) return 100;
      if (args[0] === 'install' && options.aptInstalls) files.add(options.aptInstalls);
      return 0;
    },
    log: () => undefined,
  };
  return { env, commands };
}

const DEBIAN_TOOLS = ['/usr/bin/apt-get', '/usr/bin/dpkg'];

describe('finding Chromium', () => {
  it('uses CHROMIUM_PATH first, even when a browser is installed elsewhere', () => {
    const { env, commands } = fakeEnv({ files: ['/opt/my/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/my/chrome' } });
    expect(findChromium(env)).toBe('/opt/my/chrome');
    expect(commands).toEqual([]);
  });

  it('refuses a CHROMIUM_PATH that is not an executable, naming it', () => {
    const { env } = fakeEnv({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nope/chrome' } });
    expect(() => findChromium(env)).toThrow(/CHROMIUM_PATH is set to "\/nope\/chrome"/);
  });

  it.each(KNOWN_PATHS.linux!.map((p) => [p]))('finds an installed browser on Linux at %s', (p) => {
    const { env, commands } = fakeEnv({ files: [p, ...DEBIAN_TOOLS], uid: 0 });
    expect(findChromium(env)).toBe(p);
    expect(commands).toEqual([]);
  });

  it.each(KNOWN_PATHS.darwin!.map((p) => [p]))('finds an installed browser on macOS at %s', (p) => {
    const { env } = fakeEnv({ platform: 'darwin', files: [p] });
    expect(findChromium(env)).toBe(p);
  });

  it('does not take a Linux path on macOS', () => {
    const { env } = fakeEnv({ platform: 'darwin', files: ['/usr/bin/chromium'] });
    expect(() => findChromium(env)).toThrow(NO_BROWSER);
  });

  it("installs Debian's chromium and CJK fonts as root on Debian when none is installed", () => {
    const { env, commands } = fakeEnv({ files: DEBIAN_TOOLS, uid: 0, aptInstalls: '/usr/bin/chromium' });
    expect(findChromium(env)).toBe('/usr/bin/chromium');
    expect(commands).toEqual(['apt-get update -q', `apt-get install -y -q --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}`]);
  });

  it('does not run apt-get when not root, and says in one line what to install', () => {
    const { env, commands } = fakeEnv({ files: DEBIAN_TOOLS, uid: 1000, aptInstalls: '/usr/bin/chromium' });
    expect(() => findChromium(env)).toThrow(NO_BROWSER);
    expect(commands).toEqual([]);
    expect(NO_BROWSER).not.toContain('\n');
  });

  it('does not run apt-get where there is none', () => {
    const { env, commands } = fakeEnv({ uid: 0 });
    expect(() => findChromium(env)).toThrow(NO_BROWSER);
    expect(commands).toEqual([]);
  });

  it('reports a failed apt-get instead of pretending', () => {
    const { env } = fakeEnv({ files: DEBIAN_TOOLS, uid: 0, aptFails: true });
    expect(() => findChromium(env)).toThrow(/apt-get could not install chromium fonts-noto-cjk/);
  });
});
