/**
 * The search page's history (src/scripts/search/history.ts) against a model
 * of the browser's session history: typing never leaves a trail of half
 * queries, and every committed search is one entry Back can return to.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchHistory } from '../../src/scripts/search/history.ts';

/** A session history as the HTML standard describes it: entries and the index of the current one. */
class FakeHistory {
  entries: string[];
  index = 0;
  constructor(start: string) {
    this.entries = [start];
  }
  get length(): number {
    return this.entries.length;
  }
  get current(): string {
    return this.entries[this.index]!;
  }
  pushState(_data: unknown, _unused: string, url: string): void {
    this.entries = [...this.entries.slice(0, this.index + 1), url];
    this.index++;
  }
  replaceState(_data: unknown, _unused: string, url: string): void {
    this.entries[this.index] = url;
  }
  back(): void {
    this.index = Math.max(0, this.index - 1);
  }
}

const START = '/zh-hans/search/';
let fake: FakeHistory;
beforeEach(() => {
  fake = new FakeHistory(START);
  vi.stubGlobal('history', fake);
  vi.stubGlobal('location', {
    get pathname() {
      return fake.current.replace(/\?.*/, '');
    },
    get search() {
      return fake.current.includes('?') ? fake.current.slice(fake.current.indexOf('?')) : '';
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const url = (q: string) => `${START}?q=${encodeURIComponent(q)}`;

describe('search history', () => {
  it('replaces the URL while typing, then keeps the typed search as one entry when it is committed', () => {
    const steps = searchHistory();
    for (const q of ['旅', '旅游']) steps.draft(url(q));
    expect(fake.entries).toEqual([url('旅游')]);
    steps.commit(url('旅游'));
    expect(fake.entries).toEqual([START, url('旅游')]);
  });

  it('gives a draft its own entry before a filter is committed on top of it, so Back shows the unfiltered results', () => {
    const steps = searchHistory();
    steps.draft(url('旅游'));
    steps.commit(`${url('旅游')}&pillar=people`);
    expect(fake.entries).toEqual([START, url('旅游'), `${url('旅游')}&pillar=people`]);
  });

  it('adds nothing when the committed search is the one already shown', () => {
    const steps = searchHistory();
    steps.commit(url('中'));
    steps.commit(url('中'));
    steps.draft(url('中'));
    steps.commit(url('中'));
    expect(fake.entries).toEqual([START, url('中')]);
  });

  it('after Back, commits after the entry shown', () => {
    const steps = searchHistory();
    steps.commit(url('甲'));
    steps.commit(url('乙'));
    fake.back();
    steps.restore();
    steps.draft(url('丙'));
    steps.commit(url('丙'));
    expect(fake.entries).toEqual([START, url('甲'), url('丙')]);
  });

  it('never keeps a superseded draft, adds at most two entries per commit and none per draft, and settles with no repeated neighbours (property)', () => {
    const op = fc.record({ kind: fc.constantFrom('draft', 'commit'), q: fc.constantFrom('', '中', '中医', '中医药', 'zhong') });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        fake = new FakeHistory(START);
        vi.stubGlobal('history', fake);
        const steps = searchHistory();
        const superseded = new Set<string>();
        const kept = new Set<string>([START]);
        let lastDraft: string | null = null;
        for (const { kind, q } of ops) {
          const target = q ? url(q) : START;
          const before = fake.length;
          if (kind === 'draft') {
            if (lastDraft !== null && lastDraft !== target) superseded.add(lastDraft);
            lastDraft = target;
            steps.draft(target);
            expect(fake.length).toBe(before);
          } else {
            if (lastDraft !== null) kept.add(lastDraft);
            lastDraft = null;
            kept.add(target);
            steps.commit(target);
            expect(fake.length - before).toBeLessThanOrEqual(2);
            expect(fake.current).toBe(target);
          }
        }
        // The page commits every draft after a pause; check the history once it has.
        if (lastDraft !== null) {
          kept.add(lastDraft);
          steps.commit(lastDraft);
        }
        // Every entry behind the current one is a search the reader committed or saw settle before committing.
        for (const entry of fake.entries.slice(0, fake.index)) expect(kept.has(entry) || !superseded.has(entry)).toBe(true);
        // No two neighbouring entries are the same search.
        for (let i = 1; i < fake.entries.length; i++) expect(fake.entries[i]).not.toBe(fake.entries[i - 1]);
      }),
      { numRuns: 300 },
    );
  });
});
