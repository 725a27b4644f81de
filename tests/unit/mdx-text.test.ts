/** Any text goes through the MDX writer and back unchanged: nothing in it is read as syntax. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mdxToParagraphs, paragraphsToMdx } from '../../src/lib/mdx-text.ts';

// Paragraph text as ingestion produces it: no line breaks, no leading or
// trailing white space, not empty. The alphabet leans on MDX, Markdown and
// HTML syntax so that the interesting cases come up often.
const SYNTAX = [
  '{',
  '}',
  '<',
  '>',
  '/',
  '*',
  '_',
  '#',
  '[',
  ']',
  '(',
  ')',
  '!',
  '`',
  '~',
  '|',
  '\\',
  '&',
  ';',
  '=',
  '"',
  "'",
  '-',
  '+',
  '.',
  ':',
  '1',
  ' ',
  'a',
  'x',
  'script',
  '中',
  '医',
  '“',
  '”',
  '。',
  '&amp;',
  '&#60;',
  '<br>',
  '{1+1}',
  'www.example.com',
  'http://x.y',
  '- ',
  '1. ',
  '# ',
  '> ',
  '```',
  '~~',
];
const paragraph = fc
  .array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ unit: 'grapheme', maxLength: 3 })), { minLength: 1, maxLength: 30 })
  .map((parts) =>
    parts
      .join('')
      .replace(/[\r\n\t\v\f]/g, ' ')
      .trim(),
  )
  .filter((text) => text.length > 0);

describe('MDX body text', () => {
  it('round-trips arbitrary text, MDX syntax included', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        expect(mdxToParagraphs(paragraphsToMdx(paragraphs))).toEqual(paragraphs);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps characters that would otherwise be syntax', () => {
    const text = '{danger} <b>x</b> *a* _b_ # c [d](e) 1. f &amp; `g`';
    expect(mdxToParagraphs(paragraphsToMdx([text]))).toEqual([text]);
  });

  it('refuses a paragraph with a line break', () => {
    expect(() => paragraphsToMdx(['a\nb'])).toThrow('must not contain a line break');
  });
});
