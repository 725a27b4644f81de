/** Reading a built site in tests: its published text files, and the warnings its build printed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every text file a reader or a crawler can fetch, with its content. */
export function publishedTexts(dist: string): [string, string][] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => /\.(html|xml|txt|json|csv|js|css)$/.test(f) && !f.startsWith('pagefind'))
    .map((f) => [f, readFileSync(path.join(dist, f), 'utf8')]);
}

/** Lines a build printed as warnings (Astro's and Vite's "[WARN]", npm's "warn"). */
export const warningsIn = (log: string): string[] => log.split('\n').filter((l) => /\[WARN\]|\bwarn(ing)?\b/i.test(l));
