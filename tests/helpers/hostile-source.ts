/**
 * A document whose items are arbitrary strings (MDX, HTML, script, entities),
 * generated with a fixed seed, for the test that documents are only ever text
 * (tests/e2e/synthetic-corpus.test.ts).
 */
import fc from 'fast-check';
import type { SourceFiles } from '../../scripts/lib/temp-project.ts';

const TOKENS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '{alert(3)}',
  '{/* c */}',
  '<b>bold</b>',
  '*em*',
  '_u_',
  '# h',
  '[a](javascript:alert(4))',
  '&amp;',
  '&#60;',
  '&lt;b&gt;',
  '`code`',
  '~~s~~',
  '| t |',
  '\\',
  '"',
  "'",
  '</p>',
  '<!--',
  '-->',
  'export const x = 1',
  'import y from "z"',
  'www.example.com',
  'a@b.c',
  ':::',
  '$$',
  'x',
  '1',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary-ascii', maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) =>
    [...parts.join(' ')]
      .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
      .join('')
      .replace(/ {2,}/g, ' ')
      .trim(),
  )
  .filter((s) => s.length > 0);
/** The hostile strings, one per item of the document. */
export const samples = fc.sample(hostile, { numRuns: 24, seed: 20261124 });
// Each item's text: a Chinese lead-in, then the hostile string after a Latin letter and a space,
// so cleaning (which only touches text next to Chinese) leaves the string as it is.
export const itemText = (s: string): string => `内容：x ${s}`;

const META = `id: hostile-test
order: 99
seed: generated
title: { full: 测试文件, short: null }
translatedTitle: { pt: Documento de teste, en: Test document, sources: { pt: descriptive, en: descriptive } }
label: 测试文件
issuers: [测试]
date: null
years: [2024, 2024]
kind: work-list
agencyStyle: none
structure: numbered-items
`;

/** The document as a source: a heading, then one numbered item per sample. */
export function hostileSource(): SourceFiles {
  const text = ['测试文件', '', '一、机制安排', '', ...samples.flatMap((s, i) => [`${i + 1}. ${itemText(s)}`, ''])].join('\n');
  return { id: 'hostile-test', text, meta: META };
}
