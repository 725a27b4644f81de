/**
 * Property test of exact matching in the real browser: random strings of one
 * to four characters drawn from the documents' own characters (most of them
 * combinations the documents never use, some taken from the texts), in both
 * scripts, typed on both sites. The results must be exactly the items the
 * export says hold the query (see search-expectations.ts), the empty set
 * included. Queries run one after another in one page through its own form,
 * so the test costs a page load per site, not per case.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toSimplified } from '../../src/lib/convert.ts';
import { toTraditional } from '../../src/registry/conversion.ts';
import { launch } from './browser.ts';
import { data, expectedIds } from './search-expectations.ts';

const baseUrl = inject('baseUrl');
const CASES_PER_SITE = 300;
const SEED = Number(process.env['SEARCH_SEED'] ?? Date.now() % 2 ** 31);
const LANG = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } as const;
type Script = keyof typeof LANG;

/** The searchable characters (letters, digits, Han) of every item's text in a script. */
function alphabet(lang: 'zh-Hans' | 'zh-Hant'): string[] {
  return [...new Set(data.items.flatMap((i) => i.text[lang].match(/[\p{L}\p{N}]/gu) ?? []))].sort();
}

/** Queries: random characters of the texts (mostly absent combinations), and slices of the texts. */
function queryArbitrary(lang: 'zh-Hans' | 'zh-Hant'): fc.Arbitrary<string> {
  const chars = alphabet(lang);
  const random = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  const slice = fc
    .tuple(fc.constantFrom(...data.items.map((i) => [...i.text[lang]])), fc.nat(), fc.integer({ min: 1, max: 4 }))
    .map(([text, at, n]) => text.slice(at % text.length, (at % text.length) + n).join(''))
    .filter((q) => /^[\p{L}\p{N}]+$/u.test(q));
  return fc.oneof({ arbitrary: random, weight: 3 }, { arbitrary: slice, weight: 2 });
}

/** Simplified → Traditional character pairs the site's own parallel texts use (借 → 藉 in 借助). */
const corpusForms = new Set(
  [...data.items.map((i) => i.text), ...data.documents.map((d) => d.title)].flatMap((text) => {
    const [s, t] = [[...text['zh-Hans']], [...text['zh-Hant']]];
    return s.length === t.length ? s.map((c, k) => c + t[k]) : [];
  }),
);

/** Whether `reading` is the typed text in the site's forms: each character the same, its conversion, or a form the texts use for it. */
function isReading(typed: string, reading: string): boolean {
  const [t, r] = [[...typed], [...reading]];
  return (
    t.length === r.length &&
    t.every((c, k) => c === r[k] || toSimplified(c) === toSimplified(r[k]!) || corpusForms.has(toSimplified(c) + r[k]) || corpusForms.has(c + r[k]))
  );
}

/** Runs each query through the page's own form and returns every result's item id, per query. */
async function runQueries(page: Page, queries: string[]): Promise<{ ids: string[]; readAs: string }[]> {
  return page.evaluate(async (qs) => {
    const input = document.querySelector<HTMLInputElement>('[data-search-primary]')!;
    const form = input.form!;
    const list = document.querySelector('[data-results]')!;
    const more = document.querySelector<HTMLButtonElement>('[data-more]')!;
    const until = async (ok: () => boolean) => {
      while (!ok()) await new Promise((r) => setTimeout(r, 2));
    };
    const readAs = document.querySelector<HTMLElement>('[data-read-as]')!;
    const out: { ids: string[]; readAs: string }[] = [];
    for (const q of qs) {
      input.value = q;
      form.requestSubmit();
      await until(() => list.getAttribute('aria-busy') === 'false');
      while (!more.hidden) {
        const before = list.children.length;
        more.click();
        await until(() => list.children.length > before || more.hidden === true);
      }
      const ids = [...list.querySelectorAll('li > a')]
        .map((a) =>
          a
            .getAttribute('href')!
            .replace(/^\/zh-han[st]\//, '')
            .replace(/\/$/, ''),
        )
        .sort();
      out.push({ ids, readAs: readAs.dataset['query'] ?? '' });
    }
    return out;
  }, queries);
}

let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  browser = await launch();
  console.log(`search property test: seed ${SEED} (rerun with SEARCH_SEED=${SEED}), ${CASES_PER_SITE} cases per site`);
});
afterAll(() => browser?.close());

describe('exact matching, property-based', () => {
  for (const script of ['zh-hans', 'zh-hant'] as const satisfies readonly Script[]) {
    it(`${script}: random queries in either script return exactly the items that hold them`, async () => {
      const other = script === 'zh-hans' ? 'zh-Hant' : 'zh-Hans';
      const own = (q: string) => (script === 'zh-hant' ? toTraditional(q) : toSimplified(q));
      const cases = fc
        .sample(fc.tuple(fc.boolean(), queryArbitrary(LANG[script]), queryArbitrary(other)), {
          seed: SEED + (script === 'zh-hant' ? 1 : 0),
          numRuns: CASES_PER_SITE,
        })
        .map(([typedOwn, a, b]) => (typedOwn ? { typed: a, query: a } : { typed: b, query: own(b) }));
      const page = await browser.newPage();
      await page.goto(`${baseUrl}/${script}/search/`);
      await page.waitForSelector('[data-search-app][data-ready]');
      const got = await runQueries(
        page,
        cases.map((c) => c.typed),
      );
      await page.close();
      let empty = 0;
      let differentReadings = 0;
      cases.forEach((c, i) => {
        const { ids, readAs } = got[i]!;
        // A character with two Traditional forms (签: 簽 or 籤) may be read either way, as long as
        // the reading is the typed text in the site's script; matching is then checked exactly.
        const query = readAs;
        const where = `query “${c.typed}” (read as “${readAs}”) on ${script}, seed ${SEED}`;
        expect(isReading(c.typed, readAs), where).toBe(true);
        if (readAs !== c.query) differentReadings++;
        const want = expectedIds(query, LANG[script]);
        if (want.length === 0) empty++;
        expect(ids, where).toEqual(want);
      });
      console.log(`${script}: ${cases.length} cases, ${empty} with no result, ${differentReadings} read with another of two forms than opencc's`);
      // The property must cover both kinds of answer.
      expect(empty).toBeGreaterThan(CASES_PER_SITE / 10);
      expect(cases.length - empty).toBeGreaterThan(CASES_PER_SITE / 10);
    });
  }
});
