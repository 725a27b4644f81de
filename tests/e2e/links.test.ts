/**
 * Link check over the built site with linkinator (maintained, checks
 * #fragments): every internal link and anchor on every page of both
 * scripts resolves, and every page has its twin in the other script.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './browser.ts';

const baseUrl = inject('baseUrl');

describe('links', () => {
  it('every internal link and #anchor on every page resolves', async () => {
    const pages = builtPages();
    const checker = new LinkChecker();
    const result = await checker.check({
      path: pages.map((p) => `${baseUrl}${p}`),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Absolute links to the configured SITE_URL (canonical, hreflang) repeat
      // the relative ones checked here; nothing external is fetched.
      linksToSkip: (link) => Promise.resolve(!link.startsWith(baseUrl)),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (from ${l.parent}): ${l.status}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(pages.length);
  });

  it('every page has its twin in the other script', () => {
    const pages = new Set(builtPages());
    const missing = [...pages]
      .filter((p) => p.startsWith('/zh-han'))
      .filter((p) => !pages.has(p.replace(/^\/zh-han([st])/, (_, c: string) => `/zh-han${c === 's' ? 't' : 's'}`)));
    expect(missing).toEqual([]);
  });
});

describe('urls.lock', () => {
  it('every URL ever published still answers 200 from the built site', async () => {
    const { readLock } = await import('../../src/integrations/url-lock.ts');
    const locked = await readLock('urls.lock');
    expect(locked.length).toBeGreaterThan(300);
    const failed: string[] = [];
    for (const url of locked) {
      const response = await fetch(`${baseUrl}${url}`);
      if (response.status !== 200) failed.push(`${url}: ${response.status}`);
    }
    expect(failed).toEqual([]);
  });
});
