/**
 * Builds of the real corpus in a temporary project. The build refuses what
 * would hurt readers: a hand-edited item that breaks the schema (named by
 * file and field), a bad registry entry (named by file and line, whichever
 * part of the build reads it), and a published URL that disappears without a
 * redirect; with the redirect in place it builds and redirects. That passing
 * build is made with a public origin (SITE_URL), and is also the one that
 * shows the origin used everywhere (one full build fewer in the suite).
 */
import { appendFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestCli } from '../../scripts/lib/ingest/cli.ts';
import { makeTempProject, realSources, removeTempProject, run, type RunResult } from '../../scripts/lib/temp-project.ts';
import { publishedTexts, warningsIn } from './built-site.ts';

const ORIGIN = 'https://bri.example.mo';
/** The passing build with a redirect and SITE_URL, made in the test below. */
let built: RunResult | undefined;

let root: string;
beforeAll(async () => {
  root = makeTempProject(realSources());
  const ingest = await runIngestCli([], root);
  expect(ingest.code, ingest.stderr).toBe(0);
  writeFileSync(path.join(root, 'urls.lock'), readFileSync('urls.lock', 'utf8'));
});
afterAll(() => removeTempProject(root));

describe('build guards', () => {
  it('fails on a hand-edited item, naming the file and the field', async () => {
    const item = path.join(root, 'content/items/key-work-2023/1.mdx');
    const original = readFileSync(item, 'utf8');
    writeFileSync(item, original.replace('pillar: finance', 'pillar: 42'));
    const build = await run(root, 'npm', ['run', 'build'], { SKIP_URL_LOCK: '1' });
    writeFileSync(item, original);
    expect(build.code).not.toBe(0);
    const output = build.stdout + build.stderr;
    expect(output).toContain('content/items/key-work-2023/1.mdx');
    expect(output).toMatch(/pillar/);
  });

  it.each([
    ['agencies.yml', 'the content collections'],
    ['zh-hant-overrides.yml', 'conversion'],
    ['redirects.yml', 'the Astro config'],
  ])('fails on a bad entry of %s (read for %s), naming the file and its line', async (name) => {
    const file = path.join(root, 'content/registry', name);
    const original = readFileSync(file, 'utf8');
    // A new last entry without its required fields: its line is the file's last.
    const broken = `${original.trimEnd()}\n- { unexpected: 1 }\n`;
    const line = broken.trimEnd().split('\n').length;
    writeFileSync(file, name === 'redirects.yml' ? '- { unexpected: 1 }\n' : broken);
    const build = await run(root, 'npm', ['run', 'build'], { SKIP_URL_LOCK: '1' });
    writeFileSync(file, original);
    expect(build.code).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(`content/registry/${name}:${name === 'redirects.yml' ? 1 : line}: Field`);
  });

  it('fails when a published URL would disappear, and passes with a redirect to where it moved', async () => {
    // Pretend an earlier release published /zh-hans/old-list/14/.
    appendFileSync(path.join(root, 'urls.lock'), '/zh-hans/old-list/14/\n');
    const missing = await run(root, 'npm', ['run', 'build']);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout + missing.stderr).toContain('/zh-hans/old-list/14/');

    const redirects = path.join(root, 'content/registry/redirects.yml');
    writeFileSync(redirects, '- { from: /zh-hans/old-list/14/, to: /zh-hans/work-list-2024-2028/14/ }\n');
    const moved = await run(root, 'npm', ['run', 'build'], { SITE_URL: ORIGIN });
    expect(moved.code, moved.stdout.slice(-2000)).toBe(0);
    built = moved;
    const page = readFileSync(path.join(root, 'dist/zh-hans/old-list/14/index.html'), 'utf8');
    expect(page).toMatch(/http-equiv="refresh" content="\d+;url=\/zh-hans\/work-list-2024-2028\/14\/"/);
    renameSync(redirects, `${redirects}.done`);
  });
});

describe('a build with SITE_URL (the passing build above)', () => {
  it('uses the origin for canonical links, the sitemap, robots.txt and the open data, never localhost, and prints no warnings', () => {
    expect(built, 'the redirect build above must have passed').toBeDefined();
    expect(warningsIn(built!.stdout + built!.stderr)).toEqual([]);
    const outDir = path.join(root, 'dist');
    const read = (f: string) => readFileSync(path.join(outDir, f), 'utf8');
    const origin = ORIGIN;
    expect(read('zh-hant/arrangement-2018/15/index.html')).toContain(`<link rel="canonical" href="${origin}/zh-hant/arrangement-2018/15/">`);
    expect(read('zh-hant/arrangement-2018/15/index.html')).toContain(`<meta property="og:url" content="${origin}/zh-hant/arrangement-2018/15/">`);
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(300);
    expect(locs.every((l) => /^\/(?:zh-han[st]|pt|en)\//.test(l.slice(origin.length)) && l.startsWith(origin))).toBe(true);
    // Every page the build wrote is listed, once: all but the root (which only offers the others), the 404 and the redirect.
    const pages = (readdirSync(outDir, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('/index.html') && f !== 'zh-hans/old-list/14/index.html')
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
