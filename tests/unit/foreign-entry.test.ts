/** The root's choice of page by browser language, and page titles of the Portuguese and English pages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLE_MAX, pageTitle } from '../../src/i18n/foreign.ts';
import { chooseScript } from '../../src/scripts/choose-script.ts';

describe('chooseScript', () => {
  it('sends Portuguese and English browsers to /pt/ and /en/, Chinese ones to their script', () => {
    expect(chooseScript(null, ['pt-BR'])).toBe('pt');
    expect(chooseScript(null, ['pt-PT', 'en'])).toBe('pt');
    expect(chooseScript(null, ['en-GB'])).toBe('en');
    expect(chooseScript(null, ['fr-FR', 'en-US'])).toBe('en');
    expect(chooseScript(null, ['zh-MO', 'pt-PT'])).toBe('zh-hant');
    expect(chooseScript(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(chooseScript(null, ['fr-FR', 'de'])).toBe('zh-hans');
    expect(chooseScript('zh-hant', ['pt-BR'])).toBe('zh-hant');
  });

  it('follows the first language the site speaks, for any list of languages', () => {
    const tag = fc.constantFrom('pt', 'pt-BR', 'pt-PT', 'PT-br', 'en', 'en-GB', 'en-US', 'zh', 'zh-CN', 'zh-TW', 'zh-Hant', 'zh-MO', 'fr', 'de-DE', 'ja', 'es');
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 6 }), (languages) => {
        // Expected answer computed independently: the first tag whose primary subtag the site speaks.
        const first = languages.find((l) => ['pt', 'en', 'zh'].includes(l.split('-')[0]!.toLowerCase()));
        const primary = first?.split('-')[0]!.toLowerCase();
        const want = !first
          ? 'zh-hans'
          : primary === 'zh'
            ? ['zh-tw', 'zh-hant', 'zh-mo', 'zh-hk'].includes(first.toLowerCase())
              ? 'zh-hant'
              : 'zh-hans'
            : primary;
        expect(chooseScript(null, languages)).toBe(want);
      }),
    );
  });
});

describe('pageTitle', () => {
  it('is never longer than the limit and always starts with the name’s first word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'pt' | 'en'>('pt', 'en'),
        fc.array(fc.stringMatching(/^[A-Za-zçãéí]{1,15}$/), { minLength: 1, maxLength: 20 }),
        (lang, words) => {
          const name = words.join(' ');
          const title = pageTitle(lang, name);
          expect([...title].length).toBeLessThanOrEqual(TITLE_MAX);
          if ([...name].length <= TITLE_MAX) expect(title.startsWith(name)).toBe(true);
          else expect(title.endsWith('…') && name.startsWith(title.slice(0, -1))).toBe(true);
        },
      ),
    );
  });
});
