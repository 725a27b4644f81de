/**
 * `urls.lock`: every URL the site has ever published. After a build, each one
 * must still resolve (as a page or as a redirect page); a URL that would
 * disappear fails the build. New URLs must be added with `npm run lock-urls`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtPages } from './built-pages.ts';

/** Published URL paths found in a built site: every HTML page but the 404 page (as `/a/b/`) and the open-data files. */
export async function builtUrls(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true });
  // Files only: data/ holds folders too (data/items/<document>/), which are not URLs.
  const data = entries.map((e) => e.split(path.sep).join('/')).filter((e) => e.startsWith('data/') && !e.endsWith('.html') && /\.[a-z]+$/.test(e));
  return [...builtPages(dist).filter((p) => p !== '/404.html'), ...data.map((e) => `/${e}`)].sort();
}

/** Reads the lock: one path per line, `#` comments allowed. */
export async function readLock(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The lock's text for a list of URLs. */
export function lockText(urls: string[]): string {
  return `# Every URL this site has published. Never remove a line: a moved page needs a\n# redirect in content/registry/redirects.yml. Add new URLs with \`npm run lock-urls\`.\n${[...new Set(urls)].sort().join('\n')}\n`;
}

/** Compares a build with the lock; returns messages, empty when all is well. */
export function checkLock(locked: string[], built: string[]): string[] {
  const have = new Set(built);
  const want = new Set(locked);
  const gone = locked.filter((u) => !have.has(u));
  const unlocked = built.filter((u) => !want.has(u));
  const problems: string[] = [];
  if (gone.length)
    problems.push(`${gone.length} published URL(s) would disappear; add a redirect in content/registry/redirects.yml for each:\n  ${gone.join('\n  ')}`);
  if (unlocked.length)
    problems.push(
      `${unlocked.length} new URL(s) are not in urls.lock; run \`npm run lock-urls\` and commit it:\n  ${unlocked.slice(0, 20).join('\n  ')}${unlocked.length > 20 ? '\n  …' : ''}`,
    );
  return problems;
}

/** Rewrites the lock with what is locked already plus what the build has. */
export async function updateLock(file: string, dist: string): Promise<number> {
  const urls = [...(await readLock(file)), ...(await builtUrls(dist))];
  await writeFile(file, lockText(urls));
  return new Set(urls).size;
}
