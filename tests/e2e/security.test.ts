/** Security headers for static hosts, and the policy enforced in a real browser on every page type and a search. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, pageTypes, watchConsole } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('security', () => {
  it('writes a _headers file with the policy, nosniff, referrer policy and frame-ancestors', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toContain("Content-Security-Policy: default-src 'self'");
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).not.toContain('unsafe-inline');
  });

  it('serves pages with those headers', async () => {
    const response = await fetch(`${baseUrl}/zh-hans/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('runs every page type and a search under the enforced policy with an empty console', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages = watchConsole(page);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      for (const path of Object.values(pageTypes(script))) await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      await page.goto(`${baseUrl}/${script}/search/?q=${encodeURIComponent(script === 'zh-hans' ? '中醫藥' : '中医药')}`);
      await page.waitForSelector('[data-results] > li');
    }
    expect(violations).toEqual([]);
    expect(messages).toEqual([]);
    await context.close();
  });

  it('blocks an inline script if one were injected (the policy is really enforced)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages = watchConsole(page);
    await page.goto(`${baseUrl}/zh-hans/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(messages.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });
});
