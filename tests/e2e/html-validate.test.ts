/** HTML validation (html-validate, recommended rules) of every built page, and no inline script or style anywhere. */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './browser.ts';

const pages = builtPages();
const file = (p: string) => `dist${p}${p.endsWith('/') ? 'index.html' : ''}`;

describe('built HTML', () => {
  it('every page is valid HTML', async () => {
    // The same configuration the CLI reads: .htmlvalidate.json.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(file(page));
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(380);
  });

  it('has no inline script, no style element and no style attribute (a strict CSP allows none)', () => {
    const offenders = pages.filter((page) => {
      const html = readFileSync(file(page), 'utf8');
      const inlineScript = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/i.test(html);
      return inlineScript || /<style[\s>]/i.test(html) || /\sstyle="/i.test(html);
    });
    expect(offenders).toEqual([]);
  });

  it('links one stylesheet, the same on every page, that exists (global and component styles bundled: one request, cached)', () => {
    const sheets = new Set(pages.map((p) => [...readFileSync(file(p), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]).join(' ')));
    expect([...sheets]).toHaveLength(1);
    const [sheet] = sheets;
    expect(sheet).toMatch(/^\/_astro\/[^ ]+\.css$/);
    expect(readFileSync(`dist${sheet}`, 'utf8')).toContain('.search-row[data-astro-cid-');
  });

  it('carries the Content Security Policy in every page', () => {
    const missing = pages.filter(
      (p) => !readFileSync(file(p), 'utf8').includes(`http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`),
    );
    expect(missing).toEqual([]);
  });
});
