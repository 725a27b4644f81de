/**
 * The public origin is one setting (SITE_URL). Without it nothing published
 * says localhost (or any address); with it, canonical links, the sitemap,
 * robots.txt and the open data all use it. And a build prints no warnings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser/chromium.ts';
import { run } from '../../scripts/lib/temp-project.ts';

/** Every text file a reader or a crawler can fetch, with its content. */
function publishedTexts(dist: string): [string, string][] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => /\.(html|xml|txt|json|csv|js|css)$/.test(f) && !f.startsWith('pagefind'))
    .map((f) => [f, readFileSync(path.join(dist, f), 'utf8')]);
}

/** Lines a build printed as warnings (Astro's and Vite's "[WARN]", npm's "warn"). */
const warningsIn = (log: string) => log.split('\n').filter((l) => /\[WARN\]|\bwarn(ing)?\b/i.test(l));

describe('a build without SITE_URL', () => {
  const files = publishedTexts('dist');

  it('publishes no localhost and no loopback address anywhere', () => {
    expect(files.length).toBeGreaterThan(300);
    const leaks = files.filter(([, text]) => /localhost|127\.0\.0\.1|\[::1\]/.test(text)).map(([f]) => f);
    expect(leaks).toEqual([]);
  });

  it('has root-relative canonical and alternate links, and no og:url', () => {
    const page = readFileSync('dist/zh-hant/arrangement-2018/15/index.html', 'utf8');
    expect(page).toContain('<link rel="canonical" href="/zh-hant/arrangement-2018/15/">');
    expect(page).toContain('hreflang="zh-Hans" href="/zh-hans/arrangement-2018/15/"');
    expect(page).not.toContain('og:url');
  });

  it('writes an empty sitemap that says why, and robots.txt names none', () => {
    expect(readFileSync('dist/sitemap.xml', 'utf8')).not.toContain('<url>');
    expect(readFileSync('dist/robots.txt', 'utf8')).not.toMatch(/Sitemap:/);
  });

  it('prints no warnings', () => {
    const log = inject('buildLog');
    if (log === null) return expect(process.env['SKIP_BUILD']).toBeTruthy();
    expect(log).toContain('Complete!');
    expect(warningsIn(log)).toEqual([]);
  });
});

describe('a build with SITE_URL', () => {
  const origin = 'https://bri.example.mo';
  const outDir = mkdtempSync(path.join(tmpdir(), 'site-origin-'));
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  });

  it('uses the origin for canonical links, the sitemap, robots.txt and the open data, and never localhost', async () => {
    const build = await run(process.cwd(), 'npx', ['astro', 'build', '--outDir', outDir], {
      SITE_URL: origin,
      SKIP_URL_LOCK: '1',
      ASTRO_CACHE_DIR: `${outDir}-cache`,
    });
    expect(build.code, build.stderr.slice(-2000)).toBe(0);
    expect(warningsIn(build.stdout + build.stderr)).toEqual([]);
    const read = (f: string) => readFileSync(path.join(outDir, f), 'utf8');
    expect(read('zh-hant/arrangement-2018/15/index.html')).toContain(`<link rel="canonical" href="${origin}/zh-hant/arrangement-2018/15/">`);
    expect(read('zh-hant/arrangement-2018/15/index.html')).toContain(`<meta property="og:url" content="${origin}/zh-hant/arrangement-2018/15/">`);
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(300);
    expect(locs.every((l) => /^\/(?:zh-han[st]|pt|en)\//.test(l.slice(origin.length)) && l.startsWith(origin))).toBe(true);
    // Every page the build wrote is listed, once: all but the root (which only offers the others) and the 404.
    const pages = (readdirSync(outDir, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('/index.html'))
      .map((f) => `${origin}/${f.replace(/index\.html$/, '')}`);
    expect([...locs].sort()).toEqual(pages.sort());
    // The Portuguese and English twins are listed, each with every alternate.
    expect(locs).toEqual(expect.arrayContaining([`${origin}/pt/`, `${origin}/en/places/BR/`]));
    expect(read('sitemap.xml')).toContain(`<xhtml:link rel="alternate" hreflang="pt" href="${origin}/pt/places/BR/"/>`);
    const data = JSON.parse(read('data/items.json')) as { items: { urls: Record<string, string> }[] };
    expect(data.items.flatMap((i) => Object.values(i.urls)).every((u) => u.startsWith(`${origin}/`))).toBe(true);
    expect(publishedTexts(outDir).filter(([, text]) => text.includes('localhost'))).toEqual([]);
  });
});

describe('the citation of an item built without SITE_URL', () => {
  it('shows the path without JavaScript, and the address the page is read at with it; "copy link" copies that address', async () => {
    const baseUrl = inject('baseUrl');
    const path = '/zh-hant/arrangement-2018/15/';
    const browser = await launch();
    try {
      const plain = await browser.newContext({ javaScriptEnabled: false });
      const page = await plain.newPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await page.$$eval('[data-page-url]', (els) => els.map((e) => e.textContent))).toEqual([path, path]);
      await plain.close();

      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      const live = await context.newPage();
      await live.goto(`${baseUrl}${path}`);
      expect(await live.$$eval('[data-page-url]', (els) => els.map((e) => e.textContent))).toEqual([`${baseUrl}${path}`, `${baseUrl}${path}`]);
      await live.click('button[data-copy]');
      await live.waitForFunction(() => document.getElementById('copy-status')?.textContent !== '');
      expect(await live.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${path}`);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
