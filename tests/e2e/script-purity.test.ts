/**
 * Every built page, not a sample: no Simplified-only character on a
 * Traditional page, no Traditional-only or look-alike character on a
 * Simplified page (text marked with the other `lang`, like the switch, aside).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './browser.ts';
import { readPage, textsByLang } from '../helpers/html.ts';
import { LOOK_ALIKE, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../helpers/scripts-chars.ts';

const pages = builtPages().filter((p) => p.startsWith('/zh-han'));

function offenders(text: string, banned: Set<string>): string[] {
  return [...new Set([...text].filter((c) => banned.has(c) || LOOK_ALIKE.test(c)))];
}

describe('script purity', () => {
  it('covers every page of both scripts', () => {
    expect(pages.filter((p) => p.startsWith('/zh-hans/')).length).toBe(pages.filter((p) => p.startsWith('/zh-hant/')).length);
    expect(pages.length).toBeGreaterThan(300);
  });

  it.each(['zh-Hant', 'zh-Hans'])('every %s page holds only its own script', (lang) => {
    const prefix = `/${lang.toLowerCase()}/`;
    const banned = lang === 'zh-Hant' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
    const problems: string[] = [];
    for (const page of pages.filter((p) => p.startsWith(prefix))) {
      const own = textsByLang(readPage(page))
        .filter((t) => t.lang === lang)
        .map((t) => t.text)
        .join('\n');
      const bad = offenders(own, banned);
      if (bad.length) problems.push(`${page}: ${bad.join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('finds a Simplified-only character when one is there (the check can fail)', () => {
    expect(offenders('澳門特別行政區', SIMPLIFIED_ONLY)).toEqual([]);
    expect(offenders('澳门特別行政區', SIMPLIFIED_ONLY)).toEqual(['门']);
    expect(offenders('澳門', TRADITIONAL_ONLY)).toEqual(['門']);
    expect(offenders('一带一\uf937', TRADITIONAL_ONLY)).toEqual(['\uf937']);
  });
});
