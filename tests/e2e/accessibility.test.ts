/**
 * Accessibility beyond what axe-core can see (issue 16), in real Chromium:
 * Chinese input methods on the search page, where focus goes when a control
 * disappears, the "/" shortcut, the search page's tab order, the lineage
 * map, contrast computed from styles in both themes, the accessibility tree
 * of the matrix, the chooser and the script switch, and the statement page.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCRIPTS } from '../../src/i18n/scripts.ts';
import { PAUSE } from '../../src/scripts/search/typing.ts';
import { builtPages, launch, pageTypes, waitForSearch } from './browser.ts';
import { expectedIds } from './search-expectations.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;
const consoleMessages: string[] = [];
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(() => browser?.close());

async function open(path: string, options: { dark?: boolean; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.dark ? 'dark' : 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()} (${page.url()})`));
  page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message} (${page.url()})`));
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  // 'load' runs the module scripts; the search app is ready once it has loaded its index.
  if (await page.$('[data-search-app]')) await page.waitForSelector('[data-search-app][data-ready]', { state: 'attached' });
  return page;
}

/** What has focus, described: tag, id, data attributes, href, value. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const attrs = [...el.attributes]
      // Not the data-astro-cid-… marks of scoped styles: they say nothing about the control.
      .filter((a) => ['id', 'href', 'value', 'name'].includes(a.name) || (a.name.startsWith('data-') && !a.name.startsWith('data-astro-cid-')))
      .map((a) => `${a.name}=${a.value}`);
    return `${el.tagName.toLowerCase()}[${attrs.join(' ')}]`;
  });
}

/** Starts recording every status text and every URL the page writes to history. */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { statuses: string[]; urls: string[]; compositions: string[] };
    w.statuses = [];
    w.urls = [];
    w.compositions = [];
    const status = document.querySelector('[data-status]')!;
    new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
        w.urls.push(`${method} ${decodeURIComponent(String(url))}`);
        original(data, unused, url);
      };
    }
    const input = document.querySelector('[data-search-primary]')!;
    for (const type of ['compositionstart', 'compositionend']) input.addEventListener(type, () => w.compositions.push(type));
  });
}

function recorded(page: Page): Promise<{ statuses: string[]; urls: string[]; compositions: string[]; length: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { statuses: string[]; urls: string[]; compositions: string[] };
    return { statuses: [...w.statuses], urls: [...w.urls], compositions: [...w.compositions], length: history.length };
  });
}

// --- contrast, computed as WCAG 2 defines it, independently of the site ---

type Rgba = [number, number, number, number];

/** Parses a computed CSS colour: rgb(), rgba() or color(srgb …). */
function parseColor(css: string): Rgba {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(css);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`Cannot read the colour "${css}"`);
}

/** `top` painted with opacity `alpha` (times its own alpha) over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba, alpha = 1): Rgba {
  const a = top[3] * alpha;
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('input methods on the search page', () => {
  it('searches nothing, announces nothing and records no history while pinyin “zhong” is composed, and searches 中 once it is chosen', async () => {
    const page = await open('/zh-hans/search/');
    await page.waitForSelector('[data-search-app][data-ready]');
    await page.focus('#search-page-input');
    await record(page);
    const { length: before } = await recorded(page);
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['z', 'zh', 'zho', 'zhon', 'zhong']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(80);
    }
    // Longer than both pauses: a composition that stays open is still not a query.
    await page.waitForTimeout(PAUSE.commit + 500);
    const during = await recorded(page);
    expect(during.compositions).toEqual(['compositionstart']);
    expect(await page.inputValue('#search-page-input')).toBe('zhong');
    expect(during.statuses).toEqual([]);
    expect(during.urls).toEqual([]);
    expect(during.length).toBe(before);
    expect(page.url()).toBe(`${baseUrl}/zh-hans/search/`);
    expect(await page.locator('[data-results] > li').count()).toBe(0);

    await cdp.send('Input.insertText', { text: '中' });
    expect(await page.inputValue('#search-page-input')).toBe('中');
    const status = await waitForSearch(page);
    expect(status).toBe(`找到 ${expectedIds('中', 'zh-Hans').length} 项`);
    await page.waitForTimeout(PAUSE.commit + 300);
    const after = await recorded(page);
    expect(after.compositions).toEqual(['compositionstart', 'compositionend']);
    expect(after.statuses.filter((s) => s !== '')).toEqual([status]);
    // Every URL written holds the chosen 中, never the pinyin (a replaceState back to the page's own URL restores the entry before the new one).
    expect(after.urls.some((u) => u.includes('zhong'))).toBe(false);
    expect(after.urls.filter((u) => u.startsWith('pushState')).every((u) => u.includes('q=中'))).toBe(true);
    // The committed search is one history entry, however long it took to type.
    expect(after.length).toBe(before + 1);
  });

  it('leaves the arrow keys to the input method while it composes', async () => {
    const page = await open('/zh-hans/search/?q=中医药');
    await waitForSearch(page);
    await page.focus('#search-page-input');
    await page.fill('#search-page-input', '');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    // An input method's candidate window takes arrows as keydowns flagged isComposing.
    await page.evaluate(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true, isComposing: true }));
    });
    expect(await focused(page)).toMatch(/^input\[id=search-page-input/);
    await cdp.send('Input.insertText', { text: '中' });
  });

  it('replaces the URL while typing and adds one history entry when Enter commits the search', async () => {
    const page = await open('/zh-hans/search/');
    await page.waitForSelector('[data-search-app][data-ready]');
    await page.focus('#search-page-input');
    const before = await page.evaluate(() => history.length);
    await page.keyboard.insertText('旅');
    await page.keyboard.insertText('游');
    await page.waitForURL(/q=%E6%97%85%E6%B8%B8/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.keyboard.press('Enter');
    await waitForSearch(page);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await page.waitForURL(`${baseUrl}/zh-hans/search/`);
  });
});

describe('focus when a control disappears', () => {
  it('moves focus from “清除全部筛选” to the status line, which announces the new count; the next Tab goes to the results', async () => {
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent('合作')}`);
    await waitForSearch(page);
    await page.locator('[data-filter-groups] input:not(:disabled)').first().check();
    await page.waitForURL(/&/);
    await waitForSearch(page);
    await page.focus('[data-clear]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-clear]') as HTMLElement).hidden);
    const status = await waitForSearch(page);
    expect(status).toBe(`找到 ${expectedIds('合作', 'zh-Hans').length} 项`);
    expect(await focused(page)).toBe('p[data-status=]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null)).toBe(true);
  });

  it('moves focus to the first new result after each “显示更多结果”, the last one too, and announces “已显示 40 / N 项”', async () => {
    const query = ['合作', '澳门', '发展'].find((q) => expectedIds(q, 'zh-Hans').length > 40)!;
    const total = expectedIds(query, 'zh-Hans').length;
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent(query)}`);
    await waitForSearch(page);
    let shown = 20;
    while (shown < total) {
      await page.focus('[data-more]');
      await page.keyboard.press('Enter');
      const next = Math.min(shown + 20, total);
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length === n, next);
      await page.waitForFunction((s) => document.querySelector('[data-status]')?.textContent === s, `已显示 ${next} / ${total} 项`);
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
      expect(href).toBe(await page.locator('[data-results] > li > a').nth(shown).getAttribute('href'));
      shown = next;
    }
    expect(await page.isHidden('[data-more]')).toBe(true);
    expect(await focused(page)).toMatch(/^a\[href=\/zh-hans\//);
  });
});

describe('the “/” shortcut', () => {
  it('types “/” into a text field, does nothing on a link, and focuses the search box only from the page itself', async () => {
    const page = await open('/zh-hans/work-list-2024-2028/14/');
    await page.focus('#site-search');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search')).toBe('a/b');
    const link = page.locator('nav a').nth(1);
    await link.focus();
    await page.keyboard.press('/');
    expect(await focused(page)).toBe(`a[href=${await link.getAttribute('href')}]`);
    await page.click('h1');
    await page.keyboard.press('/');
    expect(await focused(page)).toMatch(/^input\[id=site-search/);
  });

  it('can be turned off on the accessibility page, and on again', async () => {
    const page = await open('/zh-hans/accessibility/');
    await page.uncheck('input[data-shortcut-toggle]');
    await page.goto(`${baseUrl}/zh-hans/work-list-2024-2028/14/`);
    await page.keyboard.press('/');
    expect(await focused(page)).toBe('body');
    await page.goto(`${baseUrl}/zh-hans/accessibility/`);
    expect(await page.isChecked('input[data-shortcut-toggle]')).toBe(false);
    await page.check('input[data-shortcut-toggle]');
    await page.goto(`${baseUrl}/zh-hans/work-list-2024-2028/14/`);
    await page.keyboard.press('/');
    expect(await focused(page)).toMatch(/^input\[id=site-search/);
  });

  it('is documented on the search page and the accessibility page, in both scripts', () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      for (const path of [`/${script}/search/`, `/${script}/accessibility/`]) {
        const html = readFileSync(`dist${path}index.html`, 'utf8');
        expect(html, path).toMatch(/按 \/ 鍵|按 \/ 键/);
      }
    }
  });
});

describe('the search page’s tab order', () => {
  it('reaches the filters before the results, skips values with no result, and puts “清除全部筛选” one Shift+Tab from the first value', async () => {
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent('合作')}`);
    await waitForSearch(page);
    await page.focus('#search-page-input');
    const order: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      order.push(now);
      if (now.startsWith('a[href=/zh-hans/') && (await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null))) break;
    }
    const firstBox = order.findIndex((f) => f.startsWith('input[name='));
    const firstResult = order.length - 1;
    expect(firstBox).toBeGreaterThanOrEqual(0);
    expect(firstBox).toBeLessThan(4);
    expect(firstBox).toBeLessThan(firstResult);
    const disabled = await page.$$eval('[data-filter-groups] input:disabled', (boxes) =>
      boxes.map((b) => `input[name=${(b as HTMLInputElement).name} value=${(b as HTMLInputElement).value}]`),
    );
    expect(order.filter((f) => disabled.includes(f))).toEqual([]);

    await page.locator('[data-filter-groups] input:not(:disabled)').first().check();
    await waitForSearch(page);
    await page.locator('[data-filter-groups] input').first().focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button[data-clear=]');
  });

  it('has a link from the search box straight to the results', async () => {
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent('合作')}`);
    await waitForSearch(page);
    await page.focus('#search-page-input');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a[href=#results-heading]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null)).toBe(true);
  });

  it('cannot tick a filter value that has no result: every value showing (0) is disabled, every other one is not', async () => {
    const page = await open(`/zh-hans/search/?q=${encodeURIComponent('中医药')}`);
    await waitForSearch(page);
    const boxes = await page.$$eval('[data-filter-groups] label', (labels) =>
      labels.map((l) => ({
        count: l.querySelector('.count')!.textContent,
        disabled: l.querySelector('input')!.disabled,
        checked: l.querySelector('input')!.checked,
      })),
    );
    expect(boxes.some((b) => b.count === '(0)')).toBe(true);
    expect(boxes.some((b) => b.count !== '(0)')).toBe(true);
    for (const b of boxes) expect(b.disabled).toBe(b.count === '(0)' && !b.checked);
  });
});

describe('the lineage map', () => {
  it('keeps its dots out of the tab order, so the table is a few Tabs from the top, and a link skips the drawing', async () => {
    const page = await open('/zh-hans/overview/lineage/');
    const dots = await page.$$eval('svg a', (links) => links.map((a) => (a as unknown as HTMLElement).tabIndex));
    expect(dots.length).toBeGreaterThan(100);
    expect(dots.every((t) => t < 0)).toBe(true);
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('.lineage-table') !== null))) {
      await page.keyboard.press('Tab');
      tabs++;
      expect(tabs).toBeLessThan(30);
    }
    await page.goto(`${baseUrl}/zh-hans/overview/lineage/`);
    const skip = page.locator('main a[href="#lineage-text"]');
    await skip.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.lineage-table') !== null)).toBe(true);
  });

  it('does not repeat itself to a screen reader: the drawing is hidden, its caption says it once, the table carries the content', async () => {
    const page = await open('/zh-hans/overview/lineage/');
    expect(await page.getAttribute('figure svg', 'aria-hidden')).toBe('true');
    const snapshot = await page.locator('figure').ariaSnapshot();
    const caption = (await page.textContent('figcaption'))!.trim();
    expect(snapshot.split(caption).length - 1).toBe(1);
    expect(snapshot).not.toContain('link');
  });

  for (const dark of [false, true]) {
    it(`draws its connector lines at 3:1 or more against the page and every band (${dark ? 'dark' : 'light'} mode)`, async () => {
      const page = await open('/zh-hans/overview/lineage/', { dark });
      const styles = await page.evaluate(() => {
        const opacity = (el: Element | null): number => (el && el instanceof SVGElement ? Number(getComputedStyle(el).opacity) * opacity(el.parentElement) : 1);
        return {
          page: getComputedStyle(document.body).backgroundColor,
          bands: [...document.querySelectorAll('.lineage-map .band')].map((b) => ({
            fill: getComputedStyle(b).fill,
            opacity: Number(getComputedStyle(b).fillOpacity),
          })),
          lines: [...document.querySelectorAll('.lineage-map .links path')].map((p) => ({
            stroke: getComputedStyle(p).stroke,
            opacity: Number(getComputedStyle(p).strokeOpacity) * opacity(p),
          })),
        };
      });
      expect(styles.lines.length).toBeGreaterThan(50);
      const pageBg = parseColor(styles.page);
      const backgrounds = [pageBg, ...styles.bands.map((b) => over(parseColor(b.fill), pageBg, b.opacity))];
      for (const line of styles.lines) {
        for (const bg of backgrounds) expect(contrast(over(parseColor(line.stroke), bg, line.opacity), bg)).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('contrast of the search box hint', () => {
  for (const dark of [false, true]) {
    it(`shows the placeholder at 4.5:1 or more in both search boxes (${dark ? 'dark' : 'light'} mode)`, async () => {
      // The header's box on every page but the search page, and the search page's own box.
      for (const [path, id] of [
        ['/zh-hans/', 'site-search'],
        ['/zh-hans/search/', 'search-page-input'],
      ] as const) {
        const page = await open(path, { dark });
        const { color, opacity, background } = await page.evaluate((id) => {
          const input = document.getElementById(id)!;
          const placeholder = getComputedStyle(input, '::placeholder');
          return { color: placeholder.color, opacity: Number(placeholder.opacity), background: getComputedStyle(input).backgroundColor };
        }, id);
        const bg = parseColor(background);
        expect(contrast(over(parseColor(color), bg, opacity), bg), id).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

describe('text spacing (WCAG 1.4.12)', () => {
  const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

  it('refuses a text-spacing style added to the page, as the statement says (the strict style-src)', async () => {
    // Not through open(): the refusal is logged to the console on purpose.
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => refused.push(m.text()));
    await page.goto(`${baseUrl}/zh-hans/work-list-2024-2028/14/`, { waitUntil: 'load' });
    await expect(page.addStyleTag({ content: SPACING })).rejects.toThrow();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).letterSpacing)).toBe('normal');
    expect(refused.join('\n')).toMatch(/Content Security Policy/);
  });

  it.each(['/zh-hans/work-list-2024-2028/14/', '/zh-hant/search/', '/zh-hans/overview/matrix/', '/zh-hant/places/lusophone/'])(
    '%s stays readable with the spacing of WCAG 1.4.12 at 360 px (applied as a user style sheet would be)',
    async (path) => {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      if (path.endsWith('/search/')) await page.waitForSelector('[data-search-app][data-ready]', { state: 'attached' });
      await page.addStyleTag({ content: SPACING });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // No text is cut off: every element that clips its content fits it.
      const clipped = await page.$$eval('main *', (els) =>
        els
          .filter((el) => {
            const style = getComputedStyle(el);
            return style.overflow === 'hidden' && !el.classList.contains('visually-hidden') && el.scrollHeight > el.clientHeight + 1;
          })
          .map((el) => el.tagName),
      );
      expect(clipped).toEqual([]);
    },
  );
});

describe('the accessibility tree', () => {
  it('reads every empty cell of the agency × pillar matrix as “0”', async () => {
    const page = await open('/zh-hans/overview/matrix/');
    const empty = await page.locator('.matrix td[class^=heat-]:not(:has(a))').count();
    expect(empty).toBeGreaterThan(0);
    const snapshot = await page.locator('.matrix').ariaSnapshot();
    expect(snapshot.split('\n').filter((l) => /^\s*- cell\s*$/.test(l))).toEqual([]);
    expect(snapshot.split('\n').filter((l) => /^\s*- cell "0"$/.test(l)).length).toBe(empty);
  });

  it.each([
    ['the chooser', '/'],
    ['the 404 page', '/404.html'],
  ])('%s has one h1, with each script’s words in its own language', async (_name, path) => {
    const page = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('h1').count()).toBe(1);
    const parts = await page.$$eval('h1 [lang]', (spans) => spans.map((s) => s.getAttribute('lang')));
    expect(parts).toEqual(SCRIPTS.map((s) => s.lang));
  });

  it.each(SCRIPTS.map((s) => s.id))('%s: the script switch names the other script in its language and the action in the page’s', async (script) => {
    const other = SCRIPTS.find((s) => s.id !== script)!;
    const page = await open(`/${script}/work-list-2024-2028/14/`);
    const link = page.locator('a[data-script-switch]');
    expect(await link.getAttribute('aria-label')).toBeNull();
    const texts = await link.evaluate((a) => {
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      const out: { text: string; lang: string | null; hidden: boolean }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        out.push({
          text: n.textContent ?? '',
          lang: n.parentElement!.closest('[lang]')!.getAttribute('lang'),
          hidden: n.parentElement!.closest('[aria-hidden=true]') !== null,
        });
      }
      return out;
    });
    const spoken = texts.filter((t) => !t.hidden);
    expect(spoken.find((t) => t.text === other.name)?.lang).toBe(other.lang);
    expect(spoken.filter((t) => t.text !== other.name).every((t) => t.lang === SCRIPTS.find((s) => s.id === script)!.lang)).toBe(true);
    expect(texts.find((t) => t.hidden)?.text).toBe(other.label);
    const snapshot = await link.ariaSnapshot();
    expect(snapshot).toContain(other.name);
  });
});

describe('the accessibility statement', () => {
  it.each(SCRIPTS.map((s) => [s.id, s.lang] as const))(
    '%s: says what was tested, the known limits (text spacing and CSP) and how to report a problem',
    async (script, lang) => {
      const page = await open(`/${script}/accessibility/`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('main h1').count()).toBe(1);
      expect(await page.$$eval('main h2', (h) => h.length)).toBeGreaterThanOrEqual(5);
      const text = (await page.textContent('main'))!;
      for (const word of ['WCAG', '2.2 AA', 'axe-core', 'Chromium', 'JavaScript']) expect(text).toContain(word);
      expect(text).toMatch(/内容安全策略|內容安全策略/);
    },
  );

  it('is linked from the footer of every page of the site', () => {
    const pages = builtPages().filter((p) => p.startsWith('/zh-han'));
    expect(pages.length).toBeGreaterThan(300);
    for (const path of pages) {
      const html = readFileSync(`dist${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
      const script = path.slice(1, 8);
      expect(html, path).toContain(`href="/${script}/accessibility/"`);
    }
  });

  it('is one of the page types every page test covers', () => {
    expect(Object.values(pageTypes('zh-hant'))).toContain('/zh-hant/accessibility/');
  });
});

describe('console', () => {
  it('stays empty through every test above', () => {
    expect(consoleMessages).toEqual([]);
  });
});
