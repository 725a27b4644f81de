/** Search page helpers without a browser: URL state with old name values, closest names, match spans. */
import { describe, expect, it } from 'vitest';
import { matchSpans } from '../../src/lib/search-tokens.ts';
import { stateFromUrl, stateToQuery } from '../../src/scripts/search/state.ts';
import { closestNames } from '../../src/scripts/search/suggest.ts';

describe('URL state', () => {
  const labels = {
    agency: new Map([
      ['商务部', 'mofcom'],
      ['商務部', 'mofcom'],
    ]),
  };
  it('reads ids as they are and old names of either script as ids, once each', () => {
    const state = stateFromUrl('?q=金融&agency=商務部&agency=mofcom&agency=mfa', ['agency', 'year'], labels);
    expect(state).toEqual({ q: '金融', filters: { agency: ['mofcom', 'mfa'], year: [] } });
    expect(stateToQuery(state)).toBe(`q=${encodeURIComponent('金融')}&agency=mofcom&agency=mfa`);
  });
});

describe('closest registry names', () => {
  const options = ['欧盟', '亚洲', '非洲', '商务部', '国家发展改革委'].map((label, i) => ({ key: 'country', value: String(i), label, total: 10 - i }));
  it('ranks names sharing a pair first, then shared characters, then use', () => {
    expect(closestNames('欧洲', options).map((o) => o.label)).toEqual(['欧盟', '亚洲', '非洲']);
    expect(closestNames('发展改革', options).map((o) => o.label)).toEqual(['国家发展改革委']);
    expect(closestNames('量子', options)).toEqual([]);
  });
});

describe('match spans', () => {
  it('skips a registry name inside a longer one of another entity', () => {
    const text = '辐射东南亚、南亚的重要经济支撑带';
    expect(matchSpans(text, ['南亚'], [['南亚', '东南亚']])).toEqual([[6, 8]]);
    expect(matchSpans(text, ['南亚'], [])).toEqual([
      [3, 5],
      [6, 8],
    ]);
    expect(matchSpans(text, ['东南亚', '南亚'], [['南亚', '东南亚']])).toEqual([
      [2, 5],
      [6, 8],
    ]);
  });
});
