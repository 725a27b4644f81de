/** The pages of a built site, for the URL lock, the browser tests and the benchmark. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page in a built site as a URL path (`/zh-hans/…/`, `/404.html`), sorted; Pagefind's files left out. */
export function builtPages(dist = 'dist'): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .map((e) => e.split(path.sep).join('/'))
    .filter((e) => e.endsWith('.html') && !e.startsWith('pagefind/'))
    .map((e) => `/${e.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
