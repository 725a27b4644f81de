/** The word-level comparison shows what a later document added and removed. */
import { describe, expect, it } from 'vitest';
import { withoutAgencyList } from '../../src/lib/item-text.ts';
import { diffText } from '../../src/lib/text-diff.ts';
import { generatedItems } from '../helpers/generated.ts';

const itemOf = (doc: string, slug: string) => generatedItems(doc).find((i) => i.data.slug === slug)!;
const text = (doc: string, slug: string) => itemOf(doc, slug).paragraphs.join('\n');
const core = (doc: string, slug: string) => withoutAgencyList(text(doc, slug), itemOf(doc, slug).data.agencyListPrinted);
const kinds = (parts: ReturnType<typeof diffText>, kind: string) =>
  parts
    .filter((p) => p.kind === kind)
    .map((p) => p.text)
    .join('|');

describe('what changed', () => {
  it('rebuilds both texts exactly from its parts', () => {
    const before = text('key-work-2023', '1');
    const after = text('work-list-2024-2028', '14');
    const parts = diffText(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('shows what 2024–2028 added to the 中葡合作发展基金 commitment of 2023', () => {
    const parts = diffText(core('key-work-2023', '1'), core('work-list-2024-2028', '14'));
    const added = kinds(parts, 'added');
    expect(added).toContain('争取更多');
    expect(added).toContain('项目落地');
    expect(added).not.toContain('经济财政司');
    expect(added).toContain('中小型企业');
    expect(kinds(parts, 'removed')).toContain('莲花基金');
    expect(kinds(parts, 'same')).toContain('中葡合作发展基金');
  });

  it('shows what 2023 added to the 友好城市 commitment of 2018', () => {
    const parts = diffText(text('arrangement-2018', '13'), text('key-work-2023', '13'));
    expect(kinds(parts, 'added')).toContain('互免签证');
    expect(kinds(parts, 'same')).toContain('友好城市');
  });

  it('marks nothing when the texts are equal', () => {
    expect(diffText('支持澳门', '支持澳门')).toEqual([{ kind: 'same', text: '支持澳门' }]);
  });
});
