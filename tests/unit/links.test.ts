/** Cross-document links in the committed content: symmetric, overrides applied, the evaluation set holds. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateLinks, type EvalSet } from '../../scripts/lib/eval-links.ts';
import { readRegistry } from '../../src/registry/load.ts';
import { generatedDocuments, generatedItems } from '../helpers/generated.ts';

const items = generatedDocuments()
  .flatMap((d) => generatedItems(d.id))
  .map((i) => ({ id: `${i.data.document}/${i.data.slug}`, related: i.data.related }));
const byId = new Map(items.map((i) => [i.id, i]));
const overrides = readRegistry(process.cwd(), 'links');
const evalSet = parseYaml(readFileSync('tests/fixtures/links-eval.yml', 'utf8')) as EvalSet;

describe('links', () => {
  it('are symmetric, with the same score and reasons both ways', () => {
    for (const item of items) {
      for (const r of item.related) {
        const back = byId.get(r.id)!.related.find((x) => x.id === item.id);
        expect(back, `${r.id} → ${item.id}`).toEqual({ ...r, id: item.id });
      }
    }
  });

  it('join only items of different documents, strongest first, each with a reason', () => {
    for (const item of items) {
      const doc = item.id.split('/')[0];
      expect(item.related.every((r) => !r.id.startsWith(`${doc}/`))).toBe(true);
      expect(item.related.map((r) => r.score)).toEqual([...item.related.map((r) => r.score)].sort((a, b) => b - a));
      expect(item.related.every((r) => r.reasons.length > 0)).toBe(true);
    }
  });

  it('apply every added and rejected override from content/registry/links.yml', () => {
    expect(overrides.add.length + overrides.reject.length).toBeGreaterThan(0);
    for (const { pair, reason } of overrides.add) {
      const r = byId.get(pair[0])!.related.find((x) => x.id === pair[1]);
      expect(r).toMatchObject({ override: true, reasons: [reason] });
    }
    for (const { pair } of overrides.reject) expect(byId.get(pair[0])!.related.some((x) => x.id === pair[1])).toBe(false);
  });

  it('find at least 90% of the must-links and none of the forbidden ones', () => {
    const result = evaluateLinks(items, evalSet);
    expect(result.forbidden).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.recallWithoutOverrides).toBeGreaterThanOrEqual(0.9);
  });

  it('link the 中葡合作发展基金 items of 2018, 2023 and 2024–2028', () => {
    const ids = byId.get('key-work-2023/1')!.related.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['arrangement-2018/3', 'work-list-2024-2028/14']));
    expect(byId.get('key-work-2023/1')!.related.find((r) => r.id === 'work-list-2024-2028/14')!.reasons).toContain('中葡合作发展基金');
  });

  it.each([
    ['key-work-2023/2', 'work-list-2024-2028/18'],
    ['arrangement-2018/12', 'work-list-2024-2028/7'],
    ['arrangement-2018/8', 'work-list-2024-2028/2'],
    ['arrangement-2018/2', 'work-list-2024-2028/18'],
    ['key-work-2023/16', 'work-list-2024-2028/35'],
    ['arrangement-2018/15', 'work-list-2024-2028/35'],
  ])('link %s and %s by the linker itself, not by a hand override', (a, b) => {
    const link = byId.get(a)!.related.find((r) => r.id === b);
    expect(link, `${a} – ${b}`).toBeDefined();
    expect(link!.override).toBe(false);
  });

  it('mark links between a document and one it continues as continuations, and the Beijing reply’s links as related', () => {
    const docs = new Map(generatedDocuments().map((d) => [d.id, d]));
    for (const item of items) {
      for (const r of item.related) {
        const [a, b] = [docs.get(item.id.split('/')[0]!)!, docs.get(r.id.split('/')[0]!)!];
        const continues = a.continues.includes(b.id) || b.continues.includes(a.id);
        expect(r.kind, `${item.id} – ${r.id}`).toBe(continues ? 'continuation' : 'related');
      }
    }
    expect(byId.get('beijing-reply-0771/section-2')!.related.every((r) => r.kind === 'related')).toBe(true);
    expect(byId.get('key-work-2023/1')!.related.find((r) => r.id === 'arrangement-2018/3')!.kind).toBe('continuation');
  });
});
